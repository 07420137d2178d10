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

WORK="$(mktemp -d "${TMPDIR:-/tmp}/convene-bench.XXXXXX")"
SERVER_PIDS=()

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

stop_server() {
    local pid="$1" i
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    local rc=$? pid
    trap - EXIT INT TERM
    for pid in "${SERVER_PIDS[@]}"; do stop_server "$pid"; done
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
        log "keeping $WORK (BENCH_KEEP=1)"
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now() { # seconds since the epoch, microsecond resolution, no fork
    if [[ -n "${EPOCHREALTIME:-}" ]]; then printf '%s\n' "$EPOCHREALTIME"; else date +%s.%N; fi
}
fsub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", a - b }'; }

free_port() {
    local i port
    for ((i = 0; i < 200; i++)); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free TCP port found on 127.0.0.1"
}

# rss_kb PID FIELD -> value in kB of VmRSS / VmHWM from /proc/PID/status
rss_kb() {
    local key value _unit
    while read -r key value _unit; do
        if [[ "$key" == "$2:" ]]; then echo "$value"; return 0; fi
    done <"/proc/$1/status"
    echo 0
}
# cpu_ticks PID -> utime + stime of the process, in clock ticks
cpu_ticks() {
    local line
    read -r line <"/proc/$1/stat"
    local -a stat
    read -ra stat <<<"${line##*) }"
    echo $((stat[11] + stat[12]))
}
CLK_TCK="$(getconf CLK_TCK 2>/dev/null || echo 100)"

kb_to_mb() { awk -v k="$1" 'BEGIN { printf "%.1f\n", k / 1024 }'; }

show_log() {
    local f="$1"
    [[ -s "$f" ]] || return 0
    echo "----- last lines of $f -----" >&2
    tail -n 30 "$f" >&2 || true
    echo "-----" >&2
}

# start_server NAME DB_ENV... : starts `convene serve` in $WORK/NAME, sets SRV_PID/SRV_PORT/SRV_LOG.
start_server() {
    local name="$1"; shift
    local dir="$WORK/$name"
    mkdir -p "$dir/mail"
    SRV_PORT="$(free_port)"
    SRV_LOG="$dir/server.log"
    SRV_T0="$(now)"
    env "$@" CONVENE__MAIL__FILE_DIR="$dir/mail" \
        "$BIN" serve --bind "127.0.0.1:$SRV_PORT" >"$SRV_LOG" 2>&1 &
    SRV_PID=$!
    SERVER_PIDS+=("$SRV_PID")
}

# wait_healthy: polls /healthz of the last started server every ~10 ms (bounded).
wait_healthy() {
    local deadline i
    deadline=$(awk -v t="$(now)" -v d="$START_TIMEOUT" 'BEGIN { printf "%d\n", t + d }')
    for ((i = 0; i < START_TIMEOUT * 200; i++)); do
        if curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$SRV_PORT/healthz"; then
            return 0
        fi
        if ! kill -0 "$SRV_PID" 2>/dev/null; then
            show_log "$SRV_LOG"
            die "server (pid $SRV_PID) exited before /healthz answered 200"
        fi
        (( ${EPOCHSECONDS:-$(date +%s)} <= deadline )) || break
        sleep 0.01
    done
    show_log "$SRV_LOG"
    die "/healthz did not answer 200 within ${START_TIMEOUT}s"
}

http_code() { # http_code URL [curl args...] -> status code, body in $WORK/body
    local url="$1"; shift
    curl -s -o "$WORK/body" -w '%{http_code}' --max-time 10 "$@" "$url" || echo "000"
}

# find_event_id BASE -> first /events/ID linked from the home page
find_event_id() {
    local base="$1" code id
    if [[ -n "${BENCH_EVENT_ID:-}" ]]; then echo "$BENCH_EVENT_ID"; return 0; fi
    code="$(http_code "$base/")"
    [[ "$code" == 200 ]] || die "GET / answered $code"
    id="$(grep -o 'href="/events/[^"/?#]*"' "$WORK/body" | sed -n '1s|href="/events/\([^"]*\)"|\1|p')"
    [[ -n "$id" ]] || die "no href=\"/events/ID\" link on the home page (is the demo data loaded?)"
    echo "$id"
}

# create_admin DB_ENV... : `convene user create` (tolerates an existing user on reruns)
create_admin() {
    local out="$WORK/user-create.log"
    if ! printf '%s\n' "$ADMIN_PASSWORD" | env "$@" "$BIN" user create \
        --email "$ADMIN_EMAIL" --role admin --password-stdin >"$out" 2>&1; then
        log "warning: 'convene user create' failed (user may already exist); trying to sign in anyway:"
        sed 's/^/    /' "$out" >&2 || true
    fi
}

# sign_in BASE -> value of the convene_session cookie
sign_in() {
    local base="$1" jar="$WORK/cookies.$RANDOM" code csrf session
    code="$(http_code "$base/sign-in" -c "$jar")"
    [[ "$code" == 200 ]] || die "GET /sign-in answered $code"
    csrf="$(grep -o '<input[^>]*name="csrf"[^>]*>' "$WORK/body" \
        | sed -n '1s/.*value="\([^"]*\)".*/\1/p')"
    [[ -n "$csrf" ]] || die "no hidden csrf input on /sign-in"
    code="$(curl -s -o "$WORK/body" -w '%{http_code}' --max-time 30 -b "$jar" -c "$jar" \
        -H "Origin: $base" -H "Referer: $base/sign-in" \
        --data-urlencode "csrf=$csrf" --data-urlencode "email=$ADMIN_EMAIL" \
        --data-urlencode "password=$ADMIN_PASSWORD" "$base/sign-in" || echo 000)"
    [[ "$code" == 303 ]] || { sed -n '1,20p' "$WORK/body" >&2 || true; die "POST /sign-in answered $code (expected 303)"; }
    session="$(awk -F '\t' '$6 == "convene_session" { v = $7 } END { print v }' "$jar")"
    [[ -n "$session" ]] || die "POST /sign-in set no convene_session cookie"
    echo "$session"
}

to_ms() { # wrk duration (123.45us | 1.23ms | 1.02s | 1.00m) -> milliseconds
    awk -v d="$1" 'BEGIN {
        n = d; sub(/[a-z]+$/, "", n); u = d; sub(/^[0-9.]+/, "", u)
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1
        if (f < 0 || n == "") { print "NaN"; exit }
        printf "%.2f\n", n * f }'
}

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
if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk"
    if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi
    { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq wrk >/dev/null; } \
        || die "could not install wrk (apt-get install wrk)"
fi
command -v curl >/dev/null 2>&1 || die "curl is required"
command -v cargo >/dev/null 2>&1 || [[ "${BENCH_SKIP_BUILD:-0}" == 1 ]] || die "cargo is required"

# ---------------------------------------------------------------------------------------------
# 2. Release build
# ---------------------------------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-0}" == 1 ]]; then
    log "skipping build (BENCH_SKIP_BUILD=1)"
else
    log "cargo build --release (target dir: $TARGET_DIR)"
    CARGO_TARGET_DIR="$TARGET_DIR" cargo build --release --bin convene || die "release build failed"
fi
[[ -x "$BIN" ]] || die "binary not found: $BIN"

log "machine: $(nproc) CPU(s), $(awk -F ': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
log "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (+ local changes)')"

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
MISSED=0
row() { printf '%-50s %14s   %-12s %s\n' "$1" "$2" "$3" "$4"; }
verdict() { # verdict VALUE OP TARGET -> sets V to PASS/FAIL (no subshell: MISSED must count)
    if awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { exit !((op == ">=") ? v >= t : v < t) }'; then
        V=PASS
    else
        MISSED=$((MISSED + 1)); V=FAIL
    fi
}

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
