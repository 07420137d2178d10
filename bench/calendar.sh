#!/usr/bin/env bash
# Calendar feed benchmark: the release server over a fresh SQLite database (and PostgreSQL
# when BENCH_DATABASE_URL names an empty database) holding BENCH_FEED_EVENTS published events
# (1,000 by default) with 3 sessions each; then GET /calendar/events.ics, the feed of all of
# them, BENCH_FEED_RUNS times one after another (after 3 warm-up requests), and prints the
# median and 95th-percentile response time (query + render + transfer on loopback) against
# the target: a feed of 1,000 events in < 50 ms.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="$TARGET_DIR/release/convene"
START_TIMEOUT=60
ADMIN_EMAIL="bench@convene.invalid"
ADMIN_PASSWORD="not used by this benchmark"
EVENTS="${BENCH_FEED_EVENTS:-1000}"
RUNS="${BENCH_FEED_RUNS:-30}"
TARGET_MS=50
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

command -v curl >/dev/null 2>&1 || die "curl is required"
build_release
log_machine

# measure NAME DB_URL: loads the data, starts the server, times the feed; prints a table row.
measure() {
    local name="$1" url="$2" times=() t i code bytes median p95
    env DATABASE_URL="$url" CONVENE__LOG__FILTER=warn "$BIN" migrate up >/dev/null
    python3 "$ROOT/bench/calendar_data.py" --db "$url" --events "$EVENTS" --sessions 3
    start_server "$name" DATABASE_URL="$url" CONVENE__LOG__FILTER=warn CONVENE__DATABASE__SEED_DEMO=false
    wait_healthy
    local feed="http://127.0.0.1:$SRV_PORT/calendar/events.ics"
    for i in 1 2 3; do curl -fs -o /dev/null "$feed" || die "GET $feed failed"; done
    code="$(http_code "$feed")"
    [[ "$code" == 200 ]] || die "GET $feed answered $code"
    bytes="$(wc -c <"$WORK/body")"
    [[ "$(grep -c '^BEGIN:VEVENT' "$WORK/body")" -eq $((EVENTS * 4)) ]] \
        || die "the feed does not hold $EVENTS events and their sessions"
    for ((i = 0; i < RUNS; i++)); do
        t="$(curl -fs -o /dev/null -w '%{time_total}' "$feed")"
        times+=("$(awk -v s="$t" 'BEGIN { printf "%.2f\n", s * 1000 }')")
    done
    median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
    p95="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { i = int(NR * 0.95 + 0.5); if (i < 1) i = 1; print a[i] }')"
    verdict "$median" "<" "$TARGET_MS"
    row "feed of $EVENTS events, median ms ($name)" "$median" "< $TARGET_MS" "$V"
    row "feed of $EVENTS events, p95 ms ($name)" "$p95" "" ""
    row "feed size, KiB ($name)" "$(awk -v b="$bytes" 'BEGIN { printf "%.0f\n", b / 1024 }')" "" ""
    stop_server "$SRV_PID"
}

log "load average before: $(loadavg)"
printf '\n'
row "metric" "value" "target" "result"
measure sqlite "sqlite://$WORK/feed.db?mode=rwc"
if [[ -n "${BENCH_DATABASE_URL:-}" ]]; then
    measure postgres "$BENCH_DATABASE_URL"
fi
printf '\n'
log "load average after: $(loadavg)"
(( MISSED == 0 )) || exit 1
