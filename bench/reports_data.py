#!/usr/bin/env python3
"""Data of bench/reports.sh, written straight into a migrated database (the benchmark times
the reports, not the forms). Standard library only; PostgreSQL through `psql` and COPY.

  reports_data.py --db URL [--people 5000] [--days 5] [--events 100] [--per-event 400] [--event-days 5]

(a) one published 1540 event with PEOPLE confirmed participants (plus 10 % on the waiting list
    or cancelled, and a personal invitation each) over DAYS days: each participant is scanned in
    on ~85 % of the days, some leave (exit) and ~2 % of entries are undone — about 25,000 rows
    of attendance for 5,000 people over 5 days;
(b) the SALW programme: EVENTS published events with PER-EVENT participants scanned in on each
    of EVENT-DAYS days — 200,000 rows of attendance by default — and certificates for 60 %.

Participants come from the 193 Member States (seeds/member-states.csv), with mixed genders,
organisation types and roles. Prints "big_event_id" to stdout. Deterministic (fixed seed).
URL is sqlite:///abs/path.db[?...] or postgres://...
"""

import argparse
import csv
import datetime as dt
import io
import os
import random
import sqlite3
import subprocess
import sys

NOW = "2026-11-27T10:00:00+00:00"
GENDERS = ["woman"] * 40 + ["man"] * 55 + ["another"] * 1 + ["undisclosed"] * 4
ORG_TYPES = ["government"] * 70 + ["intergovernmental"] * 8 + ["ngo"] * 10 + ["academia"] * 7 + ["un_entity"] * 5
ROLES = ["delegate"] * 80 + ["head_of_delegation"] * 8 + ["expert"] * 8 + ["observer"] * 4


def countries():
    path = os.path.join(os.path.dirname(__file__), "..", "seeds", "member-states.csv")
    with open(path, newline="", encoding="utf-8") as f:
        return [r["iso3"] for r in csv.DictReader(f) if r["status"] == "member"]


class Data:
    def __init__(self):
        self.tables = {name: [] for name in
                       ("people", "events", "event_sessions", "invitations", "registrations", "attendance_scans",
                        "certificates")}
        self.ids = {name: 0 for name in self.tables}

    def add(self, table, row):
        self.ids[table] += 1
        self.tables[table].append([self.ids[table]] + row)
        return self.ids[table]


COLUMNS = {
    "people": "id, email, given_name, family_name, country_iso3, gender, language, created_at, updated_at",
    "events": "id, title, kind, status, programme_code, unit_code, city, country_iso3, time_zone, start_date, "
              "end_date, date_precision, registration_mode, approval_required, languages, description, revision, "
              "seats_taken, reminders_enabled, created_at, updated_at",
    "event_sessions": "id, event_id, title, kind, starts_at, ends_at",
    "invitations": "id, event_id, person_id, kind, role, state, token_hash, expires_at, language, reminders_sent, "
                   "created_at, updated_at",
    "registrations": "id, event_id, person_id, role, state, holds_seat, given_name, family_name, gender, "
                     "country_iso3, organisation_type, visa_letter, consent_at, manage_token_hash, language, "
                     "created_at, updated_at, checkin_version",
    "attendance_scans": "id, registration_id, event_id, day, session_id, direction, undoes, scanned_at, "
                        "recorded_at, method, idempotency_key",
    "certificates": "id, event_id, registration_id, verification_code, days_attended, days_total, issued_at",
}


def event(d, title, programme, start, days):
    end = start + dt.timedelta(days=days - 1)
    eid = d.add("events", [title, "workshop", "published", programme, "UNREC", "Lomé", "TGO", "UTC",
                           start.isoformat(), end.isoformat(), "day", "invitation", True, "en,fr", "Benchmark event.", 1, 0, False,
                           NOW, NOW])
    sessions = []
    for i in range(days):
        at = dt.datetime.combine(start + dt.timedelta(days=i), dt.time(9, 0))
        sessions.append(d.add("event_sessions", [eid, f"Plenary, day {i + 1}", "plenary",
                                                 at.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                                                 (at + dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S+00:00")]))
    return eid, sessions


def register(d, rnd, states, eid, pid, state):
    gender = rnd.choice(GENDERS)
    return d.add("registrations", [eid, pid, rnd.choice(ROLES), state, state == "confirmed", f"Given{pid}",
                                   f"Family{pid}", gender, rnd.choice(states), rnd.choice(ORG_TYPES), False, NOW,
                                   f"h{eid}-{pid}", "en", NOW, NOW, 1])


def scans(d, rnd, rid, eid, start, days, sessions, presence, exits, undos):
    for i in range(days):
        if rnd.random() >= presence:
            continue
        day = start + dt.timedelta(days=i)
        at = dt.datetime.combine(day, dt.time(8, 30)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        sid = d.add("attendance_scans", [rid, eid, day.isoformat(), sessions[i], "entry", None, at, at, "qr",
                                         f"k{d.ids['attendance_scans'] + 1}"])
        if rnd.random() < undos:
            d.add("attendance_scans", [rid, eid, day.isoformat(), None, "undo", sid, at, at, "qr",
                                       f"k{d.ids['attendance_scans'] + 1}"])
        elif rnd.random() < exits:
            d.add("attendance_scans", [rid, eid, day.isoformat(), None, "exit", None, at, at, "qr",
                                       f"k{d.ids['attendance_scans'] + 1}"])


def build(a):
    rnd = random.Random(1540)
    states = countries()
    d = Data()
    people = max(a.people, a.per_event) + a.people // 10
    for p in range(1, people + 1):
        d.add("people", [f"p{p}@bench.invalid", f"Given{p}", f"Family{p}", None, None, "en", NOW, NOW])

    # (a) one big event.
    start = dt.date(2027, 3, 1)
    big, sessions = event(d, "Big workshop (benchmark)", "1540", start, a.days)
    for p in range(1, a.people + a.people // 10 + 1):
        d.add("invitations", [big, p, "personal", "delegate", "registered", f"i{big}-{p}", NOW, "en", 0, NOW, NOW])
        state = "confirmed" if p <= a.people else rnd.choice(["waitlisted", "cancelled"])
        rid = register(d, rnd, states, big, p, state)
        if state == "confirmed":
            scans(d, rnd, rid, big, start, a.days, sessions, 0.85, 0.12, 0.02)

    # (b) a programme of many events.
    first = dt.date(2026, 1, 5)
    for e in range(a.events):
        start = first + dt.timedelta(days=7 * e)
        eid, sessions = event(d, f"SALW course {e + 1} (benchmark)", "SALW", start, a.event_days)
        for k in range(a.per_event):
            pid = (e * a.per_event + k) % people + 1
            rid = register(d, rnd, states, eid, pid, "confirmed")
            scans(d, rnd, rid, eid, start, a.event_days, sessions, 1.0, 0.0, 0.0)
            if k % 5 < 3:
                d.add("certificates", [eid, rid, f"c{rid}", a.event_days, a.event_days, NOW])
    return d, big

# The day rows the scan's transaction keeps in the app (attendance_days), derived from the log.
DAYS_SQL = ("INSERT INTO attendance_days (registration_id, event_id, day, entries) "
            "SELECT s.registration_id, MIN(s.event_id), s.day, COUNT(*) FROM attendance_scans s "
            "WHERE s.direction = 'entry' AND NOT EXISTS (SELECT 1 FROM attendance_scans u WHERE u.undoes = s.id) "
            "GROUP BY s.registration_id, s.day")


def load_sqlite(path, d):
    con = sqlite3.connect(path)
    con.execute("BEGIN")
    for table, rows in d.tables.items():
        cols = COLUMNS[table]
        marks = ", ".join("?" * len(cols.split(",")))
        con.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                        [[int(v) if isinstance(v, bool) else v for v in r] for r in rows])
    con.execute(DAYS_SQL)
    con.commit()
    con.execute("ANALYZE")
    con.close()


def load_postgres(url, d):
    script = io.StringIO()
    script.write("BEGIN;\n")
    for table, rows in d.tables.items():
        script.write(f"COPY {table} ({COLUMNS[table]}) FROM STDIN WITH (FORMAT csv);\n")
        w = csv.writer(script, lineterminator="\n")
        for r in rows:
            w.writerow(["" if v is None else ("t" if v is True else "f" if v is False else v) for v in r])
        script.write("\\.\n")
        script.write(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {max(d.ids[table], 1)});\n")
    script.write(DAYS_SQL + ";\nCOMMIT;\nANALYZE;\n")
    subprocess.run(["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", url], input=script.getvalue().encode(), check=True,
                   stdout=subprocess.DEVNULL)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--people", type=int, default=5000)
    p.add_argument("--days", type=int, default=5)
    p.add_argument("--events", type=int, default=100)
    p.add_argument("--per-event", type=int, default=400)
    p.add_argument("--event-days", type=int, default=5)
    a = p.parse_args()
    d, big = build(a)
    if a.db.startswith("sqlite:"):
        load_sqlite("/" + a.db[len("sqlite:"):].lstrip("/").split("?", 1)[0], d)
    else:
        load_postgres(a.db, d)
    big_scans = sum(1 for r in d.tables["attendance_scans"] if r[2] == big)
    print(f"[reports_data] big event {big}: {a.people} confirmed, {big_scans} attendance rows; "
          f"SALW: {a.events} events, {a.events * a.per_event} registrations, "
          f"{len(d.tables['attendance_scans']) - big_scans} attendance rows, "
          f"{len(d.tables['certificates'])} certificates", file=sys.stderr)
    print(big)


if __name__ == "__main__":
    main()
