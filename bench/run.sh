#!/usr/bin/env bash
# Convene benchmark: release build, cold start, throughput/latency of two pages, memory.
# Usage: bash bench/run.sh            (see bench/README.md for the knobs)
# It reports against the targets and exits 0 whether they are met or not;
# it exits non-zero when something broke (build, start-up, sign-in, wrk, non-2xx/3xx responses).
set -euo pipefail
shopt -s inherit_errexit

export LC_ALL=C

# ---------------------------------------------------------------------------------------------
# Settings
# ---------------------------------------------------------------------------------------------
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
COLD_RUNS="${BENCH_COLD_RUNS:-3}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-60}"   # seconds to wait for /healthz
PG_URL="${BENCH_DATABASE_URL:-}"
STRICT="${BENCH_STRICT:-0}"                  # 1: exit 2 when a target is missed

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$ROOT/$TARGET_DIR" ;; esac
BIN="$TARGET_DIR/release/convene"

# Targets (issue): public event page >= 20,000 req/s, p99 < 15 ms; cold start < 1.5 s;
# RSS < 60 MB under load.
TARGET_RPS=20000
TARGET_P99_MS=15
TARGET_COLD_S=1.5
TARGET_RSS_MB=60

ADMIN_EMAIL="bench-admin@convene.invalid"
ADMIN_PASSWORD="bench-password-0123456789"

for v in SECONDS_PER_RUN WARMUP_SECONDS CONNECTIONS THREADS COLD_RUNS START_TIMEOUT; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || { echo "bench: $v must be a positive integer (got '${!v}')" >&2; exit 1; }
done

# Quiet, deterministic server configuration; nothing inherited may redirect the SQLite runs.
unset DATABASE_URL RUST_LOG
export CONVENE_ENV=development
export CONVENE__LOG__FILTER=warn

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

declare -A RPS P50 P99 RSS_LOAD_KB CPU_US
# run_wrk KEY URL [COOKIE] : warm-up, measured run; records RPS/P50/P99 and peak sampled RSS.
run_wrk() {
    local key="$1" url="$2" cookie="${3:-}" out="$WORK/wrk-$1.txt"
    local -a hdr=()
    [[ -n "$cookie" ]] && hdr=(-H "Cookie: convene_session=$cookie")
    log "$key: warm-up ${WARMUP_SECONDS}s"
    timeout $((WARMUP_SECONDS + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" \
        "${hdr[@]}" "$url" >/dev/null || die "wrk warm-up failed for $url"
    local load
    load="$(cut -d ' ' -f 1 /proc/loadavg)"
    if awk -v l="$load" 'BEGIN { exit !(l > 1.0) }'; then
        log "warning: load average is $load before the run; other work on the machine skews the figures"
    fi
    local cpu0
    cpu0="$(cpu_ticks "$SRV_PID")"
    log "$key: wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency $url"
    timeout $((SECONDS_PER_RUN + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" \
        --latency "${hdr[@]}" "$url" >"$out" 2>&1 &
    local wrk_pid=$! peak=0 cur
    while kill -0 "$wrk_pid" 2>/dev/null; do
        cur="$(rss_kb "$SRV_PID" VmRSS)"
        (( cur > peak )) && peak=$cur
        sleep 0.1
    done
    wait "$wrk_pid" || { cat "$out" >&2; die "wrk failed for $url"; }
    sed 's/^/    /' "$out" >&2
    local cpu1 reqs
    cpu1="$(cpu_ticks "$SRV_PID")"
    reqs="$(awk '/ requests in / { print $1 }' "$out")"

    local rps p50 p99 non2xx errors
    rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
    p50="$(awk '$1 == "50%" { print $2 }' "$out")"
    p99="$(awk '$1 == "99%" { print $2 }' "$out")"
    non2xx="$(awk -F ': *' '/Non-2xx or 3xx responses/ { print $2 + 0 }' "$out")"
    errors="$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out")"
    [[ -n "$rps" && -n "$p50" && -n "$p99" ]] || die "could not parse wrk output for $url"
    if [[ -n "$non2xx" && "$non2xx" != 0 ]]; then
        die "$key: $non2xx non-2xx/3xx responses from $url"
    fi
    if [[ -n "$errors" && "$errors" != 0 ]]; then
        die "$key: $errors socket errors (connect/read/write/timeout) against $url"
    fi
    RPS[$key]="$(awk -v r="$rps" 'BEGIN { printf "%.0f\n", r }')"
    P50[$key]="$(to_ms "$p50")"
    P99[$key]="$(to_ms "$p99")"
    RSS_LOAD_KB[$key]=$peak
    CPU_US[$key]="$(awk -v d=$((cpu1 - cpu0)) -v hz="$CLK_TCK" -v n="${reqs:-0}" \
        'BEGIN { if (n > 0) printf "%.0f\n", d / hz * 1e6 / n; else print "NaN" }')"
    log "$key: ${RPS[$key]} req/s, p50 ${P50[$key]} ms, p99 ${P99[$key]} ms, server CPU ${CPU_US[$key]} µs/request"
}

# bench_pages PREFIX BASE SESSION EVENT_ID : the two page measurements against one server
bench_pages() {
    local prefix="$1" base="$2" session="$3" event_id="$4" code
    local public_url="$base/events/$event_id" org_url="$base/organiser/events"
    code="$(http_code "$public_url")"
    [[ "$code" == 200 ]] || die "GET /events/$event_id answered $code"
    log "public event page /events/$event_id: $(wc -c <"$WORK/body") bytes"
    code="$(http_code "$org_url" -H "Cookie: convene_session=$session")"
    [[ "$code" == 200 ]] || die "GET /organiser/events with the session answered $code (expected 200)"
    log "organiser event list: $(wc -c <"$WORK/body") bytes"

    run_wrk "$prefix-public" "$public_url"
    run_wrk "$prefix-organiser" "$org_url" "$session"

    # A redirect to /sign-in would count as 3xx for wrk: make sure the session is still good.
    code="$(http_code "$org_url" -H "Cookie: convene_session=$session")"
    [[ "$code" == 200 ]] || die "after the run, GET /organiser/events answered $code (session lost?)"
    kill -0 "$SRV_PID" 2>/dev/null || { show_log "$SRV_LOG"; die "server died during the run"; }
}

# ---------------------------------------------------------------------------------------------
# 1. Tools
# ---------------------------------------------------------------------------------------------
ensure_tools

# ---------------------------------------------------------------------------------------------
# 2. Release build
# ---------------------------------------------------------------------------------------------
build_release

log_machine

# ---------------------------------------------------------------------------------------------
# 3. Cold start on an empty SQLite file: process start -> /healthz 200 (migrate + seed included)
# ---------------------------------------------------------------------------------------------
COLD=()
for ((run = 1; run <= COLD_RUNS; run++)); do
    # The previous server is stopped first; the last one stays up for the measurements.
    if ((run > 1)); then stop_server "$SRV_PID"; fi
    db="$WORK/cold-$run/convene.db"
    mkdir -p "$WORK/cold-$run"
    start_server "cold-$run" "CONVENE__DATABASE__URL=sqlite://$db?mode=rwc"
    wait_healthy
    t1="$(now)"
    COLD+=("$(fsub "$t1" "$SRV_T0")")
    log "cold start $run: ${COLD[-1]} s"
done
SQLITE_DB_ENV="CONVENE__DATABASE__URL=sqlite://$db?mode=rwc"
COLD_BEST="$(printf '%s\n' "${COLD[@]}" | sort -n | sed -n 1p)"
COLD_MEDIAN="$(printf '%s\n' "${COLD[@]}" | sort -n | sed -n "$(((COLD_RUNS + 1) / 2))p")"

BASE="http://127.0.0.1:$SRV_PORT"

# ---------------------------------------------------------------------------------------------
# 4. Idle RSS after a light warm-up
# ---------------------------------------------------------------------------------------------
EVENT_ID="$(find_event_id "$BASE")"
for ((i = 0; i < 20; i++)); do
    for path in / "/events/$EVENT_ID" /sign-in /healthz; do
        curl -s -o /dev/null --max-time 5 "$BASE$path" || true
    done
done
sleep 2
IDLE_RSS_KB="$(rss_kb "$SRV_PID" VmRSS)"
log "idle RSS: $(kb_to_mb "$IDLE_RSS_KB") MB"

# ---------------------------------------------------------------------------------------------
# 5. Bench admin + sign-in
# ---------------------------------------------------------------------------------------------
create_admin "$SQLITE_DB_ENV"
SESSION="$(sign_in "$BASE")"
log "signed in as $ADMIN_EMAIL"

# ---------------------------------------------------------------------------------------------
# 6./7. Load: public event page and organiser event list; memory after load
# ---------------------------------------------------------------------------------------------
bench_pages sqlite "$BASE" "$SESSION" "$EVENT_ID"
HWM_KB="$(rss_kb "$SRV_PID" VmHWM)"
AFTER_RSS_KB="$(rss_kb "$SRV_PID" VmRSS)"
LOAD_RSS_KB=$(( RSS_LOAD_KB[sqlite-public] > RSS_LOAD_KB[sqlite-organiser] ? RSS_LOAD_KB[sqlite-public] : RSS_LOAD_KB[sqlite-organiser] ))
stop_server "$SRV_PID"

# ---------------------------------------------------------------------------------------------
# Optional: the same two pages on PostgreSQL
# ---------------------------------------------------------------------------------------------
PG_DONE=0
if [[ -n "$PG_URL" ]]; then
    [[ "$PG_URL" =~ ^postgres(ql)?:// ]] || die "BENCH_DATABASE_URL must be a postgres:// URL"
    log "PostgreSQL: migrate + seed --demo"
    PG_ENV="DATABASE_URL=$PG_URL"
    env "$PG_ENV" "$BIN" migrate >"$WORK/pg-migrate.log" 2>&1 \
        || { show_log "$WORK/pg-migrate.log"; die "convene migrate failed on PostgreSQL"; }
    env "$PG_ENV" "$BIN" seed --demo >"$WORK/pg-seed.log" 2>&1 \
        || { show_log "$WORK/pg-seed.log"; die "convene seed --demo failed on PostgreSQL"; }
    create_admin "$PG_ENV"
    start_server pg "$PG_ENV"
    wait_healthy
    PG_BASE="http://127.0.0.1:$SRV_PORT"
    PG_EVENT_ID="$(find_event_id "$PG_BASE")"
    PG_SESSION="$(sign_in "$PG_BASE")"
    bench_pages pg "$PG_BASE" "$PG_SESSION" "$PG_EVENT_ID"
    PG_HWM_KB="$(rss_kb "$SRV_PID" VmHWM)"
    stop_server "$SRV_PID"
    PG_DONE=1
fi

# ---------------------------------------------------------------------------------------------
# 8. Summary
# ---------------------------------------------------------------------------------------------
echo
echo "Convene benchmark — $(nproc) CPU(s), wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s, loopback"
row "metric" "value" "target" "result"
row "--------------------------------------------------" "--------------" "------------" "------"
verdict "$COLD_MEDIAN" "<" "$TARGET_COLD_S"
row "cold start, SQLite (median of $COLD_RUNS)" "$COLD_MEDIAN s" "< $TARGET_COLD_S s" "$V"
row "cold start runs (best $COLD_BEST s)" "$(IFS=/; echo "${COLD[*]}")" "" ""
verdict "${RPS[sqlite-public]}" ">=" "$TARGET_RPS"
row "public event page, SQLite: req/s" "${RPS[sqlite-public]}" ">= $TARGET_RPS" "$V"
row "public event page, SQLite: p50" "${P50[sqlite-public]} ms" "" ""
verdict "${P99[sqlite-public]}" "<" "$TARGET_P99_MS"
row "public event page, SQLite: p99" "${P99[sqlite-public]} ms" "< $TARGET_P99_MS ms" "$V"
row "public event page, SQLite: server CPU/req" "${CPU_US[sqlite-public]} µs" "" ""
row "organiser event list, SQLite: req/s" "${RPS[sqlite-organiser]}" "" ""
row "organiser event list, SQLite: p50" "${P50[sqlite-organiser]} ms" "" ""
row "organiser event list, SQLite: p99" "${P99[sqlite-organiser]} ms" "" ""
row "organiser event list, SQLite: server CPU/req" "${CPU_US[sqlite-organiser]} µs" "" ""
row "RSS idle" "$(kb_to_mb "$IDLE_RSS_KB") MB" "" ""
verdict "$(kb_to_mb "$LOAD_RSS_KB")" "<" "$TARGET_RSS_MB"
row "RSS under load (max sampled every 0.1 s)" "$(kb_to_mb "$LOAD_RSS_KB") MB" "< $TARGET_RSS_MB MB" "$V"
row "RSS after load (VmRSS)" "$(kb_to_mb "$AFTER_RSS_KB") MB" "" ""
row "peak RSS, whole process life (VmHWM)" "$(kb_to_mb "$HWM_KB") MB" "" ""
if ((PG_DONE)); then
    row "public event page, PostgreSQL: req/s" "${RPS[pg-public]}" "" ""
    row "public event page, PostgreSQL: p50" "${P50[pg-public]} ms" "" ""
    row "public event page, PostgreSQL: p99" "${P99[pg-public]} ms" "" ""
    row "public event page, PostgreSQL: server CPU/req" "${CPU_US[pg-public]} µs" "" ""
    row "organiser event list, PostgreSQL: req/s" "${RPS[pg-organiser]}" "" ""
    row "organiser event list, PostgreSQL: p50" "${P50[pg-organiser]} ms" "" ""
    row "organiser event list, PostgreSQL: p99" "${P99[pg-organiser]} ms" "" ""
    row "organiser event list, PostgreSQL: server CPU/req" "${CPU_US[pg-organiser]} µs" "" ""
    row "peak RSS, PostgreSQL (VmHWM)" "$(kb_to_mb "$PG_HWM_KB") MB" "" ""
fi
echo
if ((MISSED)); then
    echo "$MISSED target(s) missed."
    if [[ "$STRICT" == 1 ]]; then exit 2; fi
else
    echo "All targets met."
fi
exit 0
