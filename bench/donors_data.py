#!/usr/bin/env python3
"""Data of bench/donors.sh: ten years of one donor's funded activities written straight into a
migrated database: EVENTS events (400) from 2017 to 2026 with REGS registrations (100,000)
of as many people, three entry scans per registration (300,000 attendance rows), a
certificate for every other registration, ten yearly USD contributions, an allocation and two
budget lines per event, a donor contact and a live donor session whose token is printed on
stdout (the benchmark's cookie). Set-based SQL, so loading takes seconds. Standard library
only; PostgreSQL is reached through the `psql` client.

  donors_data.py --db URL [--events N] [--registrations N]
"""

import argparse
import base64
import hashlib
import os
import sqlite3
import subprocess
import sys


def statements(pg, events, regs):
    per_event = regs // events
    now = "'2026-11-27T10:00:00+00:00'"
    far = "'2099-01-01T00:00:00+00:00'"
    if pg:
        nums = f"CREATE TEMP TABLE nums AS SELECT g AS n FROM generate_series(0, {regs * 3}) g;"
        day = lambda base, days: f"(DATE '{base}' + ({days})::int)"
        pad = "lpad(n::text, 64, '0')"
        true = "TRUE"
    else:
        nums = (f"CREATE TEMP TABLE nums AS WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c "
                f"WHERE n < {regs * 3}) SELECT n FROM c;")
        day = lambda base, days: f"date('{base}', '+' || ({days}) || ' days')"
        pad = "printf('%064d', n)"
        true = "1"
    token = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    digest = hashlib.sha256(token.encode()).hexdigest()
    out = [
        nums,
        "CREATE TEMP TABLE states AS SELECT iso3, ROW_NUMBER() OVER (ORDER BY iso3) - 1 AS k FROM countries "
        "WHERE regional_group IS NOT NULL;",
        # Events every ~9 days from January 2017: ten years, past, running and planned.
        "INSERT INTO events (title, kind, status, programme_code, unit_code, city, country_iso3, time_zone, "
        "start_date, end_date, date_precision, capacity, registration_mode, approval_required, languages, "
        "description, revision, seats_taken, reminders_enabled, created_at, updated_at) "
        f"SELECT 'Regional workshop ' || (n + 1), 'workshop', 'published', "
        "CASE n % 3 WHEN 0 THEN '1540' WHEN 1 THEN 'SALW' ELSE 'CONVENTIONAL' END, 'UNREC', 'Lomé', 'TGO', "
        f"'Africa/Lome', {day('2017-01-10', 'n * 9')}, {day('2017-01-12', 'n * 9')}, 'day', {per_event}, "
        f"'invitation', {true}, 'en,fr', 'Capacity-building.', 1, {per_event}, {true}, {now}, {now} "
        f"FROM nums WHERE n < {events};",
        "INSERT INTO people (email, given_name, family_name, organisation, organisation_type, country_iso3, gender, "
        f"language, created_at, updated_at) SELECT 'p' || n || '@bench.invalid', 'Given' || n, 'Family' || n, "
        "'Ministry', CASE n % 4 WHEN 0 THEN 'ngo' WHEN 1 THEN 'intergovernmental' ELSE 'government' END, "
        "(SELECT iso3 FROM states WHERE k = n % 150), CASE n % 5 WHEN 0 THEN 'man' WHEN 1 THEN 'man' "
        f"WHEN 2 THEN 'man' ELSE 'woman' END, 'en', {now}, {now} FROM nums WHERE n < {regs};",
        "INSERT INTO registrations (event_id, person_id, role, state, holds_seat, given_name, family_name, gender, "
        "country_iso3, organisation, organisation_type, visa_letter, consent_at, manage_token_hash, language, "
        f"created_at, updated_at, checkin_version) SELECT n / {per_event} + 1, n + 1, 'delegate', "
        f"CASE WHEN n % 20 = 0 THEN 'cancelled' ELSE 'confirmed' END, {true}, 'Given' || n, 'Family' || n, "
        "CASE n % 5 WHEN 0 THEN 'man' WHEN 1 THEN 'man' WHEN 2 THEN 'man' ELSE 'woman' END, "
        "(SELECT iso3 FROM states WHERE k = n % 150), 'Ministry', "
        "CASE n % 4 WHEN 0 THEN 'ngo' WHEN 1 THEN 'intergovernmental' ELSE 'government' END, "
        f"{'FALSE' if pg else '0'}, {now}, {pad}, 'en', {now}, {now}, 0 FROM nums WHERE n < {regs};",
        "INSERT INTO attendance_scans (registration_id, event_id, day, direction, scanned_at, recorded_at, method, "
        f"idempotency_key) SELECT n / 3 + 1, (n / 3) / {per_event} + 1, "
        f"{day('2017-01-10', f'((n / 3) / {per_event}) * 9 + n % 3')}, 'entry', {now}, {now}, 'qr', 'b' || n "
        f"FROM nums WHERE n < {regs * 3};",
        # The day rows the scan's transaction keeps in the app, one per registration and day.
        "INSERT INTO attendance_days (registration_id, event_id, day, entries) SELECT registration_id, "
        "MIN(event_id), day, COUNT(*) FROM attendance_scans WHERE direction = 'entry' GROUP BY registration_id, day;",
        "INSERT INTO certificates (event_id, registration_id, verification_code, days_attended, days_total, issued_at) "
        f"SELECT n / {per_event} + 1, n + 1, 'C' || n, 3, 3, {now} FROM nums WHERE n < {regs} AND n % 2 = 0;",
        f"INSERT INTO donors (name, kind, country_iso3, created_at, updated_at) VALUES ('Norway', 'government', 'NOR', {now}, {now});",
        "INSERT INTO donor_contacts (donor_id, name, email, language, created_at) "
        f"VALUES (1, 'Bench contact', 'contact@bench.invalid', 'en', {now});",
        # One USD contribution a year, large enough for that year's allocations.
        "INSERT INTO contributions (donor_id, amount_minor, currency, usd_rate_micros, usd_minor, allocated_minor, "
        "pledged_on, received_on, trust_fund, earmark_kind, conditions, period_start, period_end, created_at, updated_at) "
        f"SELECT 1, 500000000, 'USD', 1000000, 500000000, 0, {day('2017-01-01', 'n * 365')}, "
        f"{day('2017-02-01', 'n * 365')}, 'TF-' || (2017 + n), 'unearmarked', '', {day('2017-01-01', 'n * 365')}, "
        f"{day('2017-12-31', 'n * 365')}, {now}, {now} FROM nums WHERE n < 10;",
        "INSERT INTO allocations (contribution_id, event_id, amount_minor, usd_minor, created_at) "
        f"SELECT (n * 9) / 365 + 1, n + 1, 10000000, 10000000, {now} FROM nums WHERE n < {events};",
        "UPDATE contributions SET allocated_minor = (SELECT COALESCE(SUM(amount_minor), 0) FROM allocations "
        "WHERE allocations.contribution_id = contributions.id);",
        "INSERT INTO event_budget_lines (event_id, category, planned_usd_minor, actual_usd_minor, updated_at) "
        f"SELECT n + 1, 'travel', 6000000, 6500000, {now} FROM nums WHERE n < {events};",
        "INSERT INTO event_budget_lines (event_id, category, planned_usd_minor, actual_usd_minor, updated_at) "
        f"SELECT n + 1, 'venue', 3000000, 2500000, {now} FROM nums WHERE n < {events};",
        f"INSERT INTO donor_sessions (id_hash, contact_id, created_at, expires_at) VALUES ('{digest}', 1, {now}, {far});",
    ]
    return out, token


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--events", type=int, default=400)
    p.add_argument("--registrations", type=int, default=100000)
    a = p.parse_args()
    pg = not a.db.startswith("sqlite:")
    stmts, token = statements(pg, a.events, a.registrations)
    sql = "BEGIN;\n" + "\n".join(stmts) + "\nCOMMIT;\n"
    if pg:
        subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", a.db], input=(sql + "ANALYZE;\n").encode(), check=True,
                       stdout=subprocess.DEVNULL)
    else:
        path = "/" + a.db[len("sqlite:"):].lstrip("/").split("?", 1)[0]
        con = sqlite3.connect(path)
        con.executescript(sql + "ANALYZE;\n")
        con.close()
    print(f"[donors_data] {a.events} events, {a.registrations} registrations, {a.registrations * 3} scans",
          file=sys.stderr)
    print(token)


if __name__ == "__main__":
    main()
