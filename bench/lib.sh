# Shared shell helpers of the Convene benchmarks (bench/run.sh, bench/registrations.sh).
# Source it after `set -euo pipefail`; it expects ROOT, BIN, START_TIMEOUT, ADMIN_EMAIL and
# ADMIN_PASSWORD to be set by the caller, and creates WORK (a temporary directory removed on
# exit unless BENCH_KEEP=1) plus an EXIT trap that stops every server started with
# start_server (and every pid in EXTRA_PIDS).
# shellcheck shell=bash disable=SC2034  # globals (SRV_T0, V, CLK_TCK…) are read by the callers

WORK="$(mktemp -d "${TMPDIR:-/tmp}/convene-bench.XXXXXX")"
SERVER_PIDS=()
EXTRA_PIDS=()

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

stop_server() {
    local pid="$1" i
    forget_pid "$pid"
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# forget_pid PID: drops PID from SERVER_PIDS/EXTRA_PIDS once it is stopped, so that the exit
# trap never signals a later process that happens to get the same id.
forget_pid() {
    local p
    local -a keep=()
    for p in "${SERVER_PIDS[@]}"; do [[ "$p" == "$1" ]] || keep+=("$p"); done
    SERVER_PIDS=("${keep[@]}")
    keep=()
    for p in "${EXTRA_PIDS[@]}"; do [[ "$p" == "$1" ]] || keep+=("$p"); done
    EXTRA_PIDS=("${keep[@]}")
}

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    local rc=$? pid
    trap - EXIT INT TERM
    for pid in "${SERVER_PIDS[@]}" "${EXTRA_PIDS[@]}"; do stop_server "$pid"; done
    if declare -F bench_cleanup_hook >/dev/null; then bench_cleanup_hook || true; fi
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

# free_port: a port nobody listens on, below the kernel's ephemeral range (a port of that range
# may be taken by an outgoing connection at any moment, and bind would then fail).
free_port() {
    local i port lo=32768 _hi
    read -r lo _hi </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
    ((lo > 12000)) || lo=32768
    for ((i = 0; i < 200; i++)); do
        port=$((10000 + RANDOM % (lo - 10000)))
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

# thread_ticks PID -> "NAME TICKS" per thread name of the process (utime + stime summed over
# its threads of that name; Linux cuts names to 15 characters)
thread_ticks() {
    local task line name
    local -A ticks=()
    for task in /proc/"$1"/task/*; do
        read -r line <"$task/stat" 2>/dev/null || continue
        name="${line#*(}"
        name="${name%%) *}"
        local -a stat
        read -ra stat <<<"${line##*) }"
        ticks[${name// /_}]=$((${ticks[${name// /_}]:-0} + stat[11] + stat[12]))
    done
    for name in "${!ticks[@]}"; do echo "$name ${ticks[$name]}"; done
}
# thread_share BEFORE AFTER N -> "NAME µs, …" CPU per unit of work (N units) by thread name,
# from two thread_ticks outputs, the busiest first
thread_share() {
    awk -v hz="$CLK_TCK" -v n="$3" '
        FNR == NR { before[$1] = $2; next }
        { d = $2 - before[$1]; if (d > 0 && n > 0) printf "%d %s\n", d / hz * 1e6 / n, $1 }
    ' <(echo "$1") <(echo "$2") | sort -rn | awk '{ printf "%s%s %d µs", (NR > 1 ? ", " : ""), $2, $1 }'
}

# machine_ticks -> "BUSY TOTAL" clock ticks of all CPUs since boot (/proc/stat; busy excludes
# idle and iowait)
machine_ticks() {
    local _cpu user nice system idle iowait irq softirq steal _rest
    read -r _cpu user nice system idle iowait irq softirq steal _rest </proc/stat
    echo "$((user + nice + system + irq + softirq + steal)) $((user + nice + system + idle + iowait + irq + softirq + steal))"
}
# procs_ticks NAME -> utime + stime of every running process called NAME (e.g. postgres)
procs_ticks() {
    local pid sum=0
    for pid in $(pgrep -x "$1" 2>/dev/null); do
        [[ -r "/proc/$pid/stat" ]] && sum=$((sum + $(cpu_ticks "$pid" 2>/dev/null || echo 0)))
    done
    echo "$sum"
}

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

# ensure_tools: wrk (installed with apt-get when missing), curl, cargo unless BENCH_SKIP_BUILD=1.
ensure_tools() {
    if ! command -v wrk >/dev/null 2>&1; then
        log "installing wrk"
        if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi
        { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq wrk >/dev/null; } \
            || die "could not install wrk (apt-get install wrk)"
    fi
    command -v curl >/dev/null 2>&1 || die "curl is required"
    command -v cargo >/dev/null 2>&1 || [[ "${BENCH_SKIP_BUILD:-0}" == 1 ]] || die "cargo is required"
}

# build_release: cargo build --release --bin convene into TARGET_DIR (unless BENCH_SKIP_BUILD=1).
build_release() {
    if [[ "${BENCH_SKIP_BUILD:-0}" == 1 ]]; then
        log "skipping build (BENCH_SKIP_BUILD=1)"
    else
        log "cargo build --release (target dir: $TARGET_DIR)"
        CARGO_TARGET_DIR="$TARGET_DIR" cargo build --release --bin convene || die "release build failed"
    fi
    [[ -x "$BIN" ]] || die "binary not found: $BIN"
}

# log_machine: CPU, RAM and commit in the log.
log_machine() {
    log "machine: $(nproc) CPU(s), $(awk -F ': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
    log "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (+ local changes)')"
}

# Summary table: row METRIC VALUE TARGET RESULT; verdict VALUE OP TARGET (OP: >=, <, <=, ==)
# sets V to PASS/FAIL and counts misses in MISSED.
MISSED=0
row() { printf '%-50s %14s   %-12s %s\n' "$1" "$2" "$3" "$4"; }
verdict() { # no subshell: MISSED must count
    if awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN {
        if (v == "" || v == "NaN") exit 1
        exit !((op == ">=") ? v >= t : (op == "<=") ? v <= t : (op == "==") ? v == t : v < t) }'; then
        V=PASS
    else
        MISSED=$((MISSED + 1)); V=FAIL
    fi
}

# loadavg: the 1-minute load average.
loadavg() { cut -d ' ' -f 1 /proc/loadavg; }

