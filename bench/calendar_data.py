#!/usr/bin/env python3
"""Data of bench/calendar.sh: N published events (each with S sessions) written straight
into a migrated database, so the feed benchmark measures the feed, not the forms.
Standard library only; PostgreSQL is reached through the `psql` client.

  calendar_data.py --db URL --events N [--sessions S]

URL is sqlite:///abs/path.db[?...] or postgres://...
"""

import argparse
import datetime as dt
import sqlite3
import subprocess
import sys

PROGRAMMES = ["1540", "BWC", "CHEMBIO", "CONVENTIONAL", "CTBT", "EDUCATION", "MACHINERY", "MISSILES",
              "NPT", "REGIONAL", "SALW", "TRANSPARENCY"]
PLACES = [("UNREC", "Lomé", "TGO", "Africa/Lome", 0), ("UNRCPD", "Kathmandu", "NPL", "Asia/Kathmandu", 345),
          ("GENEVA", "Geneva", "CHE", "Europe/Zurich", 60), ("NY", "New York", "USA", "America/New_York", -300),
          ("UNLIREC", "Lima", "PER", "America/Lima", -300)]


def q(text):
    return "'" + text.replace("'", "''") + "'"


def statements(events, sessions):
    now = "2026-11-27T10:00:00+00:00"
    first = dt.date(2027, 1, 4)
    out = []
    for i in range(events):
        unit, city, country, zone, offset = PLACES[i % len(PLACES)]
        start = first + dt.timedelta(days=(i * 3) % 700)
        end = start + dt.timedelta(days=2)
        title = f"Regional workshop {i + 1}: border controls, export licensing; \"1540\" follow-up"
        out.append(
            "INSERT INTO events (title, kind, status, programme_code, unit_code, venue_name, city, country_iso3, "
            "time_zone, start_date, end_date, date_precision, capacity, registration_mode, approval_required, "
            "languages, description, revision, seats_taken, created_at, updated_at) VALUES ("
            f"{q(title)}, 'workshop', 'published', {q(PROGRAMMES[i % len(PROGRAMMES)])}, {q(unit)}, "
            f"'Conference centre, hall B', {q(city)}, {q(country)}, {q(zone)}, {q(start.isoformat())}, "
            f"{q(end.isoformat())}, 'day', 60, 'invitation', TRUE, 'en,fr', "
            f"{q('Capacity-building for officials of the region.' + chr(10) + 'Travel is funded by an extrabudgetary contribution.')}, "
            f"1, 0, {q(now)}, {q(now)});")
        for s in range(sessions):
            day = start + dt.timedelta(days=s % 3)
            local = dt.datetime.combine(day, dt.time(9 + 2 * (s // 3), 0))
            utc = local - dt.timedelta(minutes=offset)
            fmt = "%Y-%m-%dT%H:%M:%S+00:00"
            out.append(
                "INSERT INTO event_sessions (event_id, title, kind, starts_at, ends_at, room) VALUES ("
                f"(SELECT MAX(id) FROM events), {q(f'Session {s + 1}, day {s % 3 + 1}')}, 'plenary', "
                f"{q(utc.strftime(fmt))}, {q((utc + dt.timedelta(minutes=90)).strftime(fmt))}, 'Room 1');")
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--events", type=int, required=True)
    p.add_argument("--sessions", type=int, default=3)
    a = p.parse_args()
    sql = "BEGIN;\n" + "\n".join(statements(a.events, a.sessions)) + "\nCOMMIT;\n"
    if a.db.startswith("sqlite:"):
        path = "/" + a.db[len("sqlite:"):].lstrip("/").split("?", 1)[0]
        con = sqlite3.connect(path)
        con.executescript(sql)
        con.close()
    else:
        subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", a.db], input=sql.encode(), check=True,
                       stdout=subprocess.DEVNULL)
    print(f"[calendar_data] {a.events} events, {a.events * a.sessions} sessions", file=sys.stderr)


if __name__ == "__main__":
    main()
