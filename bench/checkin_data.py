#!/usr/bin/env python3
"""Data helper of bench/checkin.sh: an event and its confirmed participants through the JSON
API, and their check-in codes. Standard library only.

  checkin_data.py setup --base URL --token T --secret S --people N --codes FILE
      Creates and publishes an event (capacity N), registers N people through
      POST /api/v1/events/{id}/registrations, writes their check-in codes (one per line) to
      FILE and prints the event id. The codes are computed here with the server's key (the
      bench sets security.checkin_secret), exactly as the QR codes carry them.
"""

import argparse
import base64
import hashlib
import hmac
import http.client
import json
import sys
import urllib.parse


def die(msg):
    print(f"[checkin_data] ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def code(secret, registration, event, version=1):
    msg = f"CK1|{registration}|{event}|{version}".encode()
    tag = hmac.new(secret.encode(), msg, hashlib.sha256).digest()
    return f"CK1.{registration}.{event}.{version}." + base64.urlsafe_b64encode(tag).decode().rstrip("=")


def setup(args):
    url = urllib.parse.urlparse(args.base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {"Authorization": f"Bearer {args.token}", "Content-Type": "application/json"}

    def post(path, body):
        conn.request("POST", path, json.dumps(body), headers)
        r = conn.getresponse()
        data = r.read()
        if r.status not in (200, 201):
            die(f"POST {path} answered {r.status}: {data[:300]!r}")
        return json.loads(data) if data else {}

    event = post("/api/v1/events", {
        "title": "Check-in benchmark workshop", "kind": "workshop", "programme": "1540", "unit": "UNREC",
        "city": "Lomé", "country": "TGO", "time_zone": "Africa/Lome", "date_precision": "day",
        "start_date": "2030-12-08", "end_date": "2030-12-10", "registration_mode": "invitation",
        "capacity": args.people, "languages": ["en"],
    })
    event_id = event["id"]
    post(f"/api/v1/events/{event_id}/publish", {})
    with open(args.codes, "w") as out:
        for i in range(args.people):
            r = post(f"/api/v1/events/{event_id}/registrations", {
                "email": f"bench.{i}@checkin.invalid", "given_name": "Bench", "family_name": f"Person {i}",
                "gender": "woman", "country": "SEN",
            })
            if r.get("state") != "confirmed":
                die(f"registration {i} is {r.get('state')}, not confirmed")
            out.write(code(args.secret, r["id"], event_id) + "\n")
    print(event_id)


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("setup")
    s.add_argument("--base", required=True)
    s.add_argument("--token", required=True)
    s.add_argument("--secret", required=True)
    s.add_argument("--people", type=int, required=True)
    s.add_argument("--codes", required=True)
    args = p.parse_args()
    setup(args)


if __name__ == "__main__":
    main()
