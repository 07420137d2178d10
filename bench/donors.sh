#!/usr/bin/env bash
# Donor dashboard benchmark: the release server over a fresh SQLite database (and PostgreSQL
# when BENCH_DATABASE_URL names an empty database) holding ten years of one donor's funded
# activities (bench/donors_data.py: 400 events, 100,000 registrations, 300,000 attendance
# rows); then GET /donor as the donor's contact: once (that request counts each ended event
# and keeps the counts; its time is shown), twice more to warm up, then BENCH_DONOR_RUNS times
# one after another, and prints p50 and p99 of the response time (query + suppression +
# render + transfer on loopback) against the target: < 150 ms.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/bench-target-donors}"
BIN="$TARGET_DIR/release/convene"
START_TIMEOUT=60
ADMIN_EMAIL="bench@convene.invalid"
ADMIN_PASSWORD="not used by this benchmark"
EVENTS="${BENCH_DONOR_EVENTS:-400}"
REGISTRATIONS="${BENCH_DONOR_REGISTRATIONS:-100000}"
RUNS="${BENCH_DONOR_RUNS:-100}"
TARGET_MS=150
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

command -v curl >/dev/null 2>&1 || die "curl is required"
build_release
log_machine

percentile() { # percentile P < values -> the P-th percentile (nearest rank)
    sort -n | awk -v p="$1" '{ a[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; print a[i] }'
}

# measure NAME DB_URL: loads the data, starts the server, times the dashboard; prints table rows.
measure() {
    local name="$1" url="$2" times=() t i code token p50 p99 page first
    env DATABASE_URL="$url" CONVENE__LOG__FILTER=warn "$BIN" migrate up >/dev/null
    token="$(python3 "$ROOT/bench/donors_data.py" --db "$url" --events "$EVENTS" --registrations "$REGISTRATIONS")"
    start_server "$name" DATABASE_URL="$url" CONVENE__LOG__FILTER=warn CONVENE__DATABASE__SEED_DEMO=false
    wait_healthy
    page="http://127.0.0.1:$SRV_PORT/donor"
    # The first request counts every ended event and keeps the counts (event_figures).
    first="$(curl -fs -o /dev/null -b "convene_donor=$token" -w '%{time_total}' "$page")" || die "GET $page failed"
    first="$(awk -v s="$first" 'BEGIN { printf "%.2f\n", s * 1000 }')"
    for i in 1 2; do curl -fs -o /dev/null -b "convene_donor=$token" "$page" || die "GET $page failed"; done
    code="$(http_code "$page" -b "convene_donor=$token")"
    [[ "$code" == 200 ]] || die "GET $page answered $code"
    grep -q "Regional workshop $EVENTS<" "$WORK/body" || die "the dashboard does not list the $EVENTS events"
    for ((i = 0; i < RUNS; i++)); do
        t="$(curl -fs -o /dev/null -b "convene_donor=$token" -w '%{time_total}' "$page")"
        times+=("$(awk -v s="$t" 'BEGIN { printf "%.2f\n", s * 1000 }')")
    done
    p50="$(printf '%s\n' "${times[@]}" | percentile 50)"
    p99="$(printf '%s\n' "${times[@]}" | percentile 99)"
    verdict "$p99" "<" "$TARGET_MS"
    row "first request, counts computed, ms ($name)" "$first" "" ""
    row "donor dashboard p50 ms ($name)" "$p50" "" ""
    row "donor dashboard p99 ms ($name)" "$p99" "< $TARGET_MS" "$V"
    row "dashboard size, KiB ($name)" "$(awk -v b="$(wc -c <"$WORK/body")" 'BEGIN { printf "%.0f\n", b / 1024 }')" "" ""
    stop_server "$SRV_PID"
}

log "load average before: $(loadavg)"
printf '\n'
row "metric" "value" "target" "result"
measure sqlite "sqlite://$WORK/donors.db?mode=rwc"
if [[ -n "${BENCH_DATABASE_URL:-}" ]]; then
    measure postgres "$BENCH_DATABASE_URL"
fi
printf '\n'
log "load average after: $(loadavg)"
(( MISSED == 0 )) || exit 1
