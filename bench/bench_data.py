#!/usr/bin/env python3
"""Data helpers of bench/registrations.sh: bulk invitations, pre-registration over HTTP,
queued outbox rows, the CSV of the import benchmark. Standard library only; PostgreSQL is
reached through the `psql` client.

  bench_data.py invitations --db URL --events 3,4 --count N --tokens FILE [--prefix P]
      People + personal invitations (state 'sent', expiring in 30 days), spread round-robin
      over the events, in one transaction; writes one token per line to FILE, line i belonging
      to events[i % len(events)].
  bench_data.py preregister --base URL --csrf VALUE --tokens FILE --count N [--concurrency C]
      Registers the first N tokens of FILE through POST /i/{token} (the real form path); every
      answer must be 303 to /r/...; exits 1 otherwise.
  bench_data.py outbox --db URL --count N
      Queues N messages (state 'queued', due now) whose subject and bodies are copied from the
      newest existing outbox row (a real rendered registration email) when there is one.
  bench_data.py csv --count N --out FILE [--prefix P]
      The import request body {"csv": ..., "confirm": true} with N invitees.

URL is sqlite:///abs/path.db[?...] or postgres://...
"""

import argparse
import base64
import datetime as dt
import hashlib
import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
import urllib.parse


def die(msg):
    print(f"[bench_data] ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def new_token():
    return base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode("ascii")


def token_hash(token):
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def is_sqlite(url):
    return url.startswith("sqlite:")


def sqlite_path(url):
    # sqlite:///abs/path.db?mode=rwc or sqlite://abs/path (the app accepts both)
    rest = url[len("sqlite:"):]
    rest = rest.lstrip("/")
    path = "/" + rest.split("?", 1)[0]
    if not os.path.exists(path):
        die(f"SQLite file not found: {path}")
    return path


def sqlite_ts(t):
    """The text sqlx writes for a DateTime<Utc> on SQLite, e.g. 2026-11-28T00:43:23.692048001+00:00
    (RFC 3339, nine fraction digits, +00:00), read off rows the app wrote. The outbox claim
    compares these as text in SQL, so the shape must match exactly."""
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{t.microsecond * 1000:09d}+00:00"


def pg_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.%f+00")


def psql(url, sql, *extra):
    """Runs SQL through psql (ON_ERROR_STOP, one transaction); returns stdout."""
    cmd = ["psql", url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", *extra]
    env = dict(os.environ, PGOPTIONS="-c client_min_messages=warning")
    r = subprocess.run(cmd, input=sql, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        die(f"psql failed: {r.stderr.strip()[:2000]}")
    return r.stdout


# ------------------------------------------------------------------------------------------
# invitations
# ------------------------------------------------------------------------------------------
def cmd_invitations(a):
    events = [int(e) for e in a.events.split(",") if e]
    if not events:
        die("--events is empty")
    now = dt.datetime.now(dt.timezone.utc)
    expires = now + dt.timedelta(days=30)
    prefix = a.prefix or ("b" + os.urandom(3).hex())
    tokens = [new_token() for _ in range(a.count)]
    rows = []  # (email, event_id, hash)
    for i, t in enumerate(tokens):
        rows.append((f"{prefix}-{i}@bench.convene.invalid", events[i % len(events)], token_hash(t)))

    if is_sqlite(a.db):
        import sqlite3

        con = sqlite3.connect(sqlite_path(a.db), timeout=60, isolation_level=None)
        con.execute("PRAGMA busy_timeout = 60000")
        ts, exp = sqlite_ts(now), sqlite_ts(expires)
        con.execute("BEGIN IMMEDIATE")
        try:
            con.executemany(
                "INSERT INTO people (email, title, given_name, family_name, organisation, organisation_type,"
                " country_iso3, gender, language, created_at, updated_at)"
                " VALUES (?, 'Ms', 'Bench', ?, 'Bench Ministry', 'government', 'SEN', NULL, 'en', ?, ?)",
                ((email, f"Person {i}", ts, ts) for i, (email, _, _) in enumerate(rows)),
            )
            ids = dict(
                con.execute("SELECT email, id FROM people WHERE email LIKE ?", (f"{prefix}-%",)).fetchall()
            )
            con.executemany(
                "INSERT INTO invitations (event_id, person_id, delegation_id, kind, role, state, token_hash,"
                " expires_at, language, sent_at, opened_at, responded_at, decline_reason, reminders_sent,"
                " last_reminded_at, created_at, updated_at)"
                " VALUES (?, ?, NULL, 'personal', 'delegate', 'sent', ?, ?, 'en', ?, NULL, NULL, NULL, 0, NULL, ?, ?)",
                ((ev, ids[email], h, exp, ts, ts, ts) for email, ev, h in rows),
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        con.close()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            data = os.path.join(tmp, "inv.tsv")
            with open(data, "w") as f:
                for i, (email, ev, h) in enumerate(rows):
                    f.write(f"{email}\t{ev}\t{h}\tPerson {i}\n")
            ts, exp = pg_ts(now), pg_ts(expires)
            sql = f"""
BEGIN;
CREATE TEMP TABLE bench_inv (email text, event_id int, token_hash text, family_name text) ON COMMIT DROP;
\\copy bench_inv FROM '{data}'
INSERT INTO people (email, title, given_name, family_name, organisation, organisation_type, country_iso3,
                    gender, language, created_at, updated_at)
  SELECT email, 'Ms', 'Bench', family_name, 'Bench Ministry', 'government', 'SEN', NULL, 'en',
         '{ts}', '{ts}' FROM bench_inv;
INSERT INTO invitations (event_id, person_id, delegation_id, kind, role, state, token_hash, expires_at,
                         language, sent_at, opened_at, responded_at, decline_reason, reminders_sent,
                         last_reminded_at, created_at, updated_at)
  SELECT b.event_id, p.id, NULL, 'personal', 'delegate', 'sent', b.token_hash, '{exp}', 'en', '{ts}',
         NULL, NULL, NULL, 0, NULL, '{ts}', '{ts}'
  FROM bench_inv b JOIN people p ON p.email = b.email;
COMMIT;
ANALYZE people; ANALYZE invitations;
"""
            psql(a.db, sql)

    with open(a.tokens, "w") as f:
        f.write("\n".join(tokens))
        f.write("\n")
    print(f"{len(tokens)} invitations over {len(events)} event(s), prefix {prefix}")


# ------------------------------------------------------------------------------------------
# preregister
# ------------------------------------------------------------------------------------------
FORM = {
    "title": "Ms",
    "given_name": "Bench",
    "family_name": "Person",
    "gender": "woman",
    "country": "SEN",
    "organisation": "Bench Ministry",
    "organisation_type": "government",
    "position": "Officer",
    "consent": "on",
}


def cmd_preregister(a):
    u = urllib.parse.urlsplit(a.base)
    if u.hostname not in ("127.0.0.1", "localhost", "::1"):
        die("only loopback targets are allowed")
    with open(a.tokens) as f:
        tokens = [line.strip() for line in f if line.strip()][: a.count]
    if len(tokens) < a.count:
        die(f"{a.tokens} holds {len(tokens)} tokens, {a.count} needed")
    body = urllib.parse.urlencode({"csrf": a.csrf, **FORM}).encode()
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"convene_csrf={a.csrf}",
    }
    lock = threading.Lock()
    state = {"next": 0, "ok": 0, "bad": []}

    def worker():
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        while True:
            with lock:
                i = state["next"]
                if i >= len(tokens) or len(state["bad"]) > 10:
                    break
                state["next"] = i + 1
            for attempt in range(3):
                try:
                    conn.request("POST", f"/i/{tokens[i]}", body=body, headers=headers)
                    r = conn.getresponse()
                    r.read()
                    break
                except (ConnectionError, http.client.HTTPException, OSError):
                    conn.close()
                    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
                    if attempt == 2:
                        raise
            loc = r.getheader("Location") or ""
            with lock:
                if r.status == 303 and loc.startswith("/r/"):
                    state["ok"] += 1
                else:
                    state["bad"].append((r.status, loc))
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(a.concurrency)]
    t0 = dt.datetime.now()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    secs = (dt.datetime.now() - t0).total_seconds()
    if state["bad"]:
        die(f"{len(state['bad'])} unexpected answers, e.g. {state['bad'][:3]}")
    print(f"{state['ok']} registrations in {secs:.1f} s ({state['ok'] / secs:.0f}/s)")


# ------------------------------------------------------------------------------------------
# outbox
# ------------------------------------------------------------------------------------------
FALLBACK = (
    "Your registration is confirmed",
    "Dear Ms Bench Person,\n\nYour registration is confirmed.\n" + "Lorem ipsum dolor sit amet. " * 40,
    "<html><body><p>Dear Ms Bench Person,</p><p>Your registration is confirmed.</p><p>"
    + "Lorem ipsum dolor sit amet. " * 40
    + "</p></body></html>",
)


def cmd_outbox(a):
    now = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)
    tag = os.urandom(4).hex()
    if is_sqlite(a.db):
        import sqlite3

        con = sqlite3.connect(sqlite_path(a.db), timeout=60, isolation_level=None)
        con.execute("PRAGMA busy_timeout = 60000")
        tpl = con.execute("SELECT subject, text_body, html_body FROM outbox ORDER BY id DESC LIMIT 1").fetchone()
        subject, text, html = tpl or FALLBACK
        ts = sqlite_ts(now)
        con.execute("BEGIN IMMEDIATE")
        con.executemany(
            "INSERT INTO outbox (to_address, to_name, subject, text_body, html_body, message_id, state, attempts,"
            " next_attempt_at, claimed_until, last_error, sent_at, created_at, invitation_id, registration_id)"
            " VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, NULL, NULL, NULL, ?, NULL, NULL)",
            (
                (
                    f"out-{tag}-{i}@bench.convene.invalid",
                    f"Bench Person {i}",
                    subject,
                    text,
                    html,
                    f"<bench.{tag}.{i}@convene.invalid>",
                    ts,
                    ts,
                )
                for i in range(a.count)
            ),
        )
        con.execute("COMMIT")
        con.close()
        source = "copied from the newest outbox row" if tpl else "built-in sample"
    else:
        has = psql(a.db, "SELECT count(*) FROM outbox;").strip()
        ts = pg_ts(now)
        tpl_sql = (
            "(SELECT subject, text_body, html_body FROM outbox ORDER BY id DESC LIMIT 1)"
            if has != "0"
            else "(SELECT {} AS subject, {} AS text_body, {} AS html_body)".format(
                *("$bench$" + s + "$bench$" for s in FALLBACK)
            )
        )
        psql(
            a.db,
            f"""
BEGIN;
INSERT INTO outbox (to_address, to_name, subject, text_body, html_body, message_id, state, attempts,
                    next_attempt_at, claimed_until, last_error, sent_at, created_at, invitation_id, registration_id)
  SELECT 'out-{tag}-' || g || '@bench.convene.invalid', 'Bench Person ' || g, t.subject, t.text_body, t.html_body,
         '<bench.{tag}.' || g || '@convene.invalid>', 'queued', 0, '{ts}', NULL, NULL, NULL, '{ts}', NULL, NULL
  FROM generate_series(1, {a.count}) g, {tpl_sql} t;
COMMIT;
ANALYZE outbox;
""",
        )
        source = "copied from the newest outbox row" if has != "0" else "built-in sample"
    print(f"{a.count} messages queued ({source})")


# ------------------------------------------------------------------------------------------
# csv
# ------------------------------------------------------------------------------------------
def cmd_csv(a):
    prefix = a.prefix or ("csv" + os.urandom(3).hex())
    lines = ["email,title,given_name,family_name,organisation,country,role,language"]
    for i in range(a.count):
        lines.append(f"{prefix}-{i}@bench.convene.invalid,Mr,Invitee,Number {i},Bench Ministry,SEN,delegate,en")
    with open(a.out, "w") as f:
        json.dump({"csv": "\n".join(lines) + "\n", "confirm": True}, f)
    print(f"{a.count} rows, {os.path.getsize(a.out)} bytes")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("invitations")
    p.add_argument("--db", required=True)
    p.add_argument("--events", required=True)
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--tokens", required=True)
    p.add_argument("--prefix")
    p = sub.add_parser("preregister")
    p.add_argument("--base", required=True)
    p.add_argument("--csrf", required=True)
    p.add_argument("--tokens", required=True)
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--concurrency", type=int, default=8)
    p = sub.add_parser("outbox")
    p.add_argument("--db", required=True)
    p.add_argument("--count", type=int, required=True)
    p = sub.add_parser("csv")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--prefix")
    a = ap.parse_args()
    {"invitations": cmd_invitations, "preregister": cmd_preregister, "outbox": cmd_outbox, "csv": cmd_csv}[a.cmd](a)


if __name__ == "__main__":
    main()
