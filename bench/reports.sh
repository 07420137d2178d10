#!/usr/bin/env bash
# Reports benchmark: the release server over a fresh SQLite database (and PostgreSQL when
# BENCH_DATABASE_URL names an empty database) holding (a) one event with 5,000 participants
# over 5 days (~25,000 rows of attendance) and (b) the SALW programme with 200,000 rows of
# attendance over 100 events (bench/reports_data.py). It then times, one request after another
# (BENCH_REPORT_RUNS each, after 3 warm-ups), the per-event report and the programme report
# through the JSON API and as organiser pages, and prints p50 and p99 against the targets:
# per-event report < 100 ms, programme report < 300 ms (p50 judged, p99 shown).
# Usage: CARGO_TARGET_DIR=/tmp/bench-target-reports bash bench/reports.sh
set -euo pipefail
shopt -s inherit_errexit
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$ROOT/$TARGET_DIR" ;; esac
BIN="$TARGET_DIR/release/convene"
START_TIMEOUT="${BENCH_START_TIMEOUT:-60}"
RUNS="${BENCH_REPORT_RUNS:-100}"
PEOPLE="${BENCH_PEOPLE:-5000}"
EVENTS="${BENCH_EVENTS:-100}"
PER_EVENT="${BENCH_PER_EVENT:-400}"
PG_URL="${BENCH_DATABASE_URL:-}"
STRICT="${BENCH_STRICT:-0}"
ADMIN_EMAIL="bench-admin@convene.invalid"
ADMIN_PASSWORD="bench-password-0123456789"

# Targets (issue 5).
TARGET_EVENT_MS=100
TARGET_PROGRAMME_MS=300

for v in RUNS PEOPLE EVENTS PER_EVENT START_TIMEOUT; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || { echo "bench: $v must be a positive integer (got '${!v}')" >&2; exit 1; }
done

unset DATABASE_URL RUST_LOG
export CONVENE_ENV=development
export CONVENE__LOG__FILTER=warn
export CONVENE__DATABASE__SEED_DEMO=false

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

# percentile P FILE: the P-th percentile (nearest rank) of the numbers in FILE.
percentile() {
    sort -n "$2" | awk -v p="$1" '{ a[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; print a[i] }'
}

# timed NAME URL CURL_ARGS...: RUNS sequential GETs after 3 warm-ups; sets P50 and P99 (ms).
timed() {
    local name="$1" url="$2" file="$WORK/times-$1.txt" code i t
    shift 2
    code="$(http_code "$url" "$@")"
    [[ "$code" == 200 ]] || { head -c 400 "$WORK/body" >&2; die "GET $url answered $code"; }
    for i in 1 2; do curl -fs -o /dev/null "$@" "$url" || die "GET $url failed"; done
    : >"$file"
    for ((i = 0; i < RUNS; i++)); do
        t="$(curl -fs -o /dev/null -w '%{time_total}' --max-time 30 "$@" "$url")" || die "GET $url failed"
        awk -v s="$t" 'BEGIN { printf "%.2f\n", s * 1000 }' >>"$file"
    done
    P50="$(percentile 50 "$file")"
    P99="$(percentile 99 "$file")"
    log "$name: p50 $P50 ms, p99 $P99 ms over $RUNS requests"
}

# measure KIND DB_ENV: reference data, the data set, a server, the four timings.
measure() {
    local kind="$1" dbenv="$2" big base token session
    env "$dbenv" "$BIN" migrate up >"$WORK/$kind-migrate.log" 2>&1 || { show_log "$WORK/$kind-migrate.log"; die "migrate failed"; }
    env "$dbenv" "$BIN" seed >"$WORK/$kind-seed.log" 2>&1 || { show_log "$WORK/$kind-seed.log"; die "seed failed"; }
    log "$kind: loading the data set"
    big="$(python3 "$ROOT/bench/reports_data.py" --db "${dbenv#*=}" --people "$PEOPLE" --events "$EVENTS" \
        --per-event "$PER_EVENT")" || die "loading the data set failed"
    start_server "$kind" "$dbenv"
    wait_healthy
    base="http://127.0.0.1:$SRV_PORT"
    create_admin "$dbenv"
    token="$(env "$dbenv" "$BIN" token create --email "$ADMIN_EMAIL" 2>/dev/null)" || die "convene token create failed"
    session="$(sign_in "$base")"

    # The figures must be the data set's, or the timings mean nothing.
    curl -fs -H "Authorization: Bearer $token" "$base/api/v1/events/$big/report" >"$WORK/$kind-event.json"
    curl -fs -H "Authorization: Bearer $token" "$base/api/v1/reports?programme=SALW" >"$WORK/$kind-programme.json"
    python3 - "$WORK/$kind-event.json" "$WORK/$kind-programme.json" "$PEOPLE" "$EVENTS" "$PER_EVENT" <<'EOF' >&2 || die "$kind: unexpected figures"
import json, sys
event, programme = (json.load(open(p)) for p in sys.argv[1:3])
people, events, per_event = map(int, sys.argv[3:6])
o, p = event["outcomes"], programme["outcomes"]
assert o["confirmed"] == people, o["confirmed"]
assert 0.8 * people < o["attended"] <= people, o["attended"]
assert p["events_held"] == events and p["attended"] == events * per_event, (p["events_held"], p["attended"])
print(f"    per-event: {o['confirmed']} confirmed, {o['attended']} attended, {o['states']} States, days "
      f"{[d['attended'] for d in event['days']]}; programme: {p['events_held']} events, {p['attended']} attended, "
      f"{p['states']} States, {p['certificates']} certificates")
EOF

    local load
    load="$(loadavg)"
    log "$kind: load average $load before timing$(awk -v l="$load" 'BEGIN { if (l > 1.0) print " (other work on the machine skews the figures)" }')"
    timed "$kind-event-api" "$base/api/v1/events/$big/report" -H "Authorization: Bearer $token"
    EV_API50[$kind]="$P50"; EV_API99[$kind]="$P99"
    timed "$kind-event-page" "$base/organiser/events/$big/report" -b "convene_session=$session"
    EV_PAGE50[$kind]="$P50"; EV_PAGE99[$kind]="$P99"
    timed "$kind-programme-api" "$base/api/v1/reports?programme=SALW" -H "Authorization: Bearer $token"
    PR_API50[$kind]="$P50"; PR_API99[$kind]="$P99"
    timed "$kind-programme-page" "$base/organiser/reports?programme=SALW" -b "convene_session=$session"
    PR_PAGE50[$kind]="$P50"; PR_PAGE99[$kind]="$P99"
    LOAD[$kind]="$load"
    stop_server "$SRV_PID"
}

declare -A EV_API50 EV_API99 EV_PAGE50 EV_PAGE99 PR_API50 PR_API99 PR_PAGE50 PR_PAGE99 LOAD

ensure_tools
command -v python3 >/dev/null 2>&1 || die "python3 is required"
build_release
log_machine

mkdir -p "$WORK/sqlite"
measure sqlite "DATABASE_URL=sqlite://$WORK/sqlite/convene.db?mode=rwc"
if [[ -n "$PG_URL" ]]; then
    command -v psql >/dev/null 2>&1 || die "psql is required for PostgreSQL"
    tables="$(psql "$PG_URL" -X -At -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" \
        || die "cannot reach PostgreSQL at BENCH_DATABASE_URL"
    [[ "$tables" == 0 ]] || die "BENCH_DATABASE_URL must name an empty database (it has $tables tables)"
    measure postgres "DATABASE_URL=$PG_URL"
fi

echo
row "metric" "value" "target" "result"
for kind in sqlite postgres; do
    [[ -n "${EV_API50[$kind]:-}" ]] || continue
    verdict "${EV_API50[$kind]}" "<" "$TARGET_EVENT_MS"
    row "$kind: event report (API) p50 ms" "${EV_API50[$kind]}" "< $TARGET_EVENT_MS" "$V"
    row "$kind: event report (API) p99 ms" "${EV_API99[$kind]}" "" ""
    verdict "${EV_PAGE50[$kind]}" "<" "$TARGET_EVENT_MS"
    row "$kind: event report (page) p50 ms" "${EV_PAGE50[$kind]}" "< $TARGET_EVENT_MS" "$V"
    row "$kind: event report (page) p99 ms" "${EV_PAGE99[$kind]}" "" ""
    verdict "${PR_API50[$kind]}" "<" "$TARGET_PROGRAMME_MS"
    row "$kind: programme report (API) p50 ms" "${PR_API50[$kind]}" "< $TARGET_PROGRAMME_MS" "$V"
    row "$kind: programme report (API) p99 ms" "${PR_API99[$kind]}" "" ""
    verdict "${PR_PAGE50[$kind]}" "<" "$TARGET_PROGRAMME_MS"
    row "$kind: programme report (page) p50 ms" "${PR_PAGE50[$kind]}" "< $TARGET_PROGRAMME_MS" "$V"
    row "$kind: programme report (page) p99 ms" "${PR_PAGE99[$kind]}" "" ""
    row "$kind: load average before timing" "${LOAD[$kind]}" "" ""
done
if [[ "$STRICT" == 1 && "$MISSED" -gt 0 ]]; then exit 2; fi
exit 0
