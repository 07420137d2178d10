#!/usr/bin/env python3
"""Independent check of a calendar file with the `icalendar` package (not our code, not the
`ical` crate): prints a JSON summary for the Rust test to compare, or exits 1 with the reasons.

Checks: CRLF line ends and lines of at most 75 octets; VERSION, PRODID on the calendar; UID,
DTSTAMP, DTSTART on every VEVENT; every DATE-TIME in UTC (no floating time, no TZID without
its VTIMEZONE); DTEND after DTSTART; and no parse errors reported by icalendar."""
import json
import sys
from datetime import date, datetime, timezone

import icalendar


def main(path):
    raw = open(path, "rb").read()
    problems = []
    lines = raw.split(b"\r\n")
    if lines[-1] != b"":
        problems.append("the file does not end with CRLF")
    for n, line in enumerate(lines[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {n}: bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {n}: {len(line)} octets")
    cal = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    for prop in ("VERSION", "PRODID"):
        if prop not in cal:
            problems.append(f"VCALENDAR lacks {prop}")
    zones = {str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
    events = []
    for ev in cal.walk("VEVENT"):
        for err in getattr(ev, "errors", []):
            problems.append(f"parse error: {err}")
        for prop in ("UID", "DTSTAMP", "DTSTART"):
            if prop not in ev:
                problems.append(f"VEVENT {ev.get('UID')} lacks {prop}")
        out = {"uid": str(ev.get("UID")), "summary": str(ev.get("SUMMARY", "")),
               "status": str(ev.get("STATUS", "")), "sequence": int(ev.get("SEQUENCE", 0)),
               "location": str(ev.get("LOCATION", "")), "description": str(ev.get("DESCRIPTION", ""))}
        for prop in ("DTSTART", "DTEND", "DTSTAMP"):
            if prop not in ev:
                continue
            param_tz = ev[prop].params.get("TZID")
            if param_tz and param_tz not in zones:
                problems.append(f"{prop} uses TZID {param_tz} without a VTIMEZONE")
            value = ev.decoded(prop)
            if isinstance(value, datetime):
                if value.tzinfo is None:
                    problems.append(f"{prop} of {out['uid']} is a floating time")
                    continue
                out[prop.lower()] = value.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            elif isinstance(value, date):
                out[prop.lower()] = value.strftime("%Y%m%d")
        if "dtstart" in out and "dtend" in out and out["dtend"] <= out["dtstart"]:
            problems.append(f"{out['uid']}: DTEND is not after DTSTART")
        events.append(out)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(json.dumps({"method": str(cal.get("METHOD", "")), "events": events}))


if __name__ == "__main__":
    main(sys.argv[1])
