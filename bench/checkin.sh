#!/usr/bin/env bash
# Convene check-in benchmark: the scan endpoint of the JSON API (bearer token, signed code
# verified, registration and today's log read, one row inserted) under wrk, on SQLite and,
# when BENCH_DATABASE_URL names an empty database, on PostgreSQL.
# Usage: bash bench/checkin.sh     (see bench/README.md for the knobs)
# It reports against the targets and exits 0 whether they are met or not (BENCH_STRICT=1: 2
# when one is missed); it exits 1 when something broke: build, start-up, a refused scan, a
# socket error, or rows of the log that do not match the scans answered "recorded".
set -euo pipefail
shopt -s inherit_errexit

export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
PEOPLE="${BENCH_PEOPLE:-2000}"               # confirmed participants of the event
START_TIMEOUT="${BENCH_START_TIMEOUT:-60}"
PG_URL="${BENCH_DATABASE_URL:-}"
KINDS="${BENCH_KINDS:-sqlite postgres}"     # which databases to run on (postgres needs PG_URL)
STRICT="${BENCH_STRICT:-0}"

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$ROOT/$TARGET_DIR" ;; esac
BIN="$TARGET_DIR/release/convene"

# Targets (the check-in issue).
TARGET_RPS=3000
TARGET_P99_MS=20

ADMIN_EMAIL="bench-admin@convene.invalid"
ADMIN_PASSWORD="bench-password-0123456789"
SECRET="bench-only-check-in-key-0123456789abcdef"

for v in SECONDS_PER_RUN WARMUP_SECONDS CONNECTIONS THREADS PEOPLE START_TIMEOUT; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || { echo "bench: $v must be a positive integer (got '${!v}')" >&2; exit 1; }
done

unset DATABASE_URL RUST_LOG
export CONVENE_ENV=development
export CONVENE__LOG__FILTER=warn
export CONVENE__DATABASE__SEED_DEMO=false
export CONVENE__SECURITY__CHECKIN_SECRET="$SECRET"

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

declare -A RPS P50 P99 CPU_US DB_US SHARE

# scan_run KEY BASE TOKEN EVENT CODES LABEL SECONDS [--latency]: one wrk run of the scan script.
scan_run() {
    local key="$1" base="$2" token="$3" event="$4" codes="$5" label="$6" secs="$7" out="$WORK/wrk-$1-$6.txt"
    timeout $((secs + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --latency \
        -s "$ROOT/bench/checkin.lua" "$base" -- "$codes" "$token" "$event" "$THREADS" "$label" >"$out" 2>&1 \
        || { cat "$out" >&2; die "wrk failed"; }
    echo "$out"
}

# bench_db KIND DB_ENV : a server over a fresh database, an event with PEOPLE participants,
# a warm-up and a measured run of scans.
bench_db() {
    local kind="$1" dbenv="$2" base token event codes="$WORK/codes-$1.txt" out
    start_server "$kind" "$dbenv"
    wait_healthy
    base="http://127.0.0.1:$SRV_PORT"
    create_admin "$dbenv"
    token="$(env "$dbenv" "$BIN" token create --email "$ADMIN_EMAIL" 2>/dev/null)" || die "convene token create failed"
    log "$kind: registering $PEOPLE participants through the API"
    event="$(python3 "$ROOT/bench/checkin_data.py" setup --base "$base" --token "$token" --secret "$SECRET" \
        --people "$PEOPLE" --codes "$codes")" || die "setting up the event failed"

    log "$kind: warm-up ${WARMUP_SECONDS}s"
    scan_run "$kind" "$base" "$token" "$event" "$codes" warm "$WARMUP_SECONDS" >/dev/null
    local load
    load="$(loadavg)"
    if awk -v l="$load" 'BEGIN { exit !(l > 1.0) }'; then
        log "warning: load average is $load before the run; other work on the machine skews the figures"
    fi
    local cpu0 cpu1 pg0=0 pg1=0
    [[ "$kind" == postgres ]] && pg0="$(procs_ticks postgres)"
    cpu0="$(cpu_ticks "$SRV_PID")"
    log "$kind: wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency -s bench/checkin.lua"
    out="$(scan_run "$kind" "$base" "$token" "$event" "$codes" run "$SECONDS_PER_RUN")"
    cpu1="$(cpu_ticks "$SRV_PID")"
    [[ "$kind" == postgres ]] && pg1="$(procs_ticks postgres)"
    sed 's/^/    /' "$out" >&2

    local rps p50 p99 reqs errors recorded already other
    rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
    p50="$(awk '$1 == "50%" { print $2 }' "$out")"
    p99="$(awk '$1 == "99%" { print $2 }' "$out")"
    reqs="$(awk '/ requests in / { print $1 }' "$out")"
    errors="$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out")"
    read -r recorded already other < <(sed -n 's/^BENCH recorded=\([0-9]*\) already=\([0-9]*\) other=\([0-9]*\)$/\1 \2 \3/p' "$out")
    [[ -n "$rps" && -n "$p99" && -n "${recorded:-}" ]] || die "could not parse wrk output"
    [[ "$other" == 0 ]] || die "$kind: $other scans were neither recorded nor warnings"
    [[ -z "$errors" || "$errors" == 0 ]] || die "$kind: $errors socket errors"

    # The log must hold every scan answered "recorded" (warm-up and run), plus at most the
    # requests still in flight when wrk stopped (one per connection and run: the server
    # handled them, wrk did not wait for their answers).
    local warm_recorded rows total
    warm_recorded="$(sed -n 's/^BENCH recorded=\([0-9]*\) .*/\1/p' "$WORK/wrk-$kind-warm.txt")"
    total=$((warm_recorded + recorded))
    rows="$(curl -s --max-time 60 -H "Authorization: Bearer $token" "$base/api/v1/events/$event/attendance" \
        | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["scans"]))')"
    if (( rows < total || rows > total + 2 * CONNECTIONS )); then
        die "$kind: $rows rows in the log for $total scans answered recorded"
    fi
    log "$kind: $rows rows in the log for $total scans answered recorded (+ those in flight at the end)"

    RPS[$kind]="$(awk -v r="$rps" 'BEGIN { printf "%.0f\n", r }')"
    P50[$kind]="$(to_ms "$p50")"
    P99[$kind]="$(to_ms "$p99")"
    SHARE[$kind]="$(awk -v r="$recorded" -v n="$reqs" 'BEGIN { printf "%.1f\n", 100 * r / n }')"
    CPU_US[$kind]="$(awk -v d=$((cpu1 - cpu0)) -v hz="$CLK_TCK" -v n="${reqs:-0}" \
        'BEGIN { if (n > 0) printf "%.0f\n", d / hz * 1e6 / n; else print "NaN" }')"
    DB_US[$kind]="$(awk -v d=$((pg1 - pg0)) -v hz="$CLK_TCK" -v n="${reqs:-0}" \
        'BEGIN { if (n > 0 && d > 0) printf "%.0f\n", d / hz * 1e6 / n; else print "" }')"
    log "$kind: ${RPS[$kind]} scans/s, p50 ${P50[$kind]} ms, p99 ${P99[$kind]} ms, ${SHARE[$kind]} % new rows, server CPU ${CPU_US[$kind]} µs/scan${DB_US[$kind]:+, PostgreSQL CPU ${DB_US[$kind]} µs/scan}"
    stop_server "$SRV_PID"
}

ensure_tools
command -v python3 >/dev/null 2>&1 || die "python3 is required"
build_release
log_machine

if [[ " $KINDS " == *" sqlite "* ]]; then
    mkdir -p "$WORK/sqlite"
    bench_db sqlite "CONVENE__DATABASE__URL=sqlite://$WORK/sqlite/convene.db?mode=rwc"
fi
if [[ -n "$PG_URL" && " $KINDS " == *" postgres "* ]]; then
    tables="$(psql "$PG_URL" -X -At -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" \
        || die "cannot reach PostgreSQL at BENCH_DATABASE_URL"
    [[ "$tables" == 0 ]] || die "BENCH_DATABASE_URL must name an empty database (it has $tables tables)"
    env DATABASE_URL="$PG_URL" "$BIN" migrate >"$WORK/pg-migrate.log" 2>&1 \
        || { show_log "$WORK/pg-migrate.log"; die "convene migrate failed on PostgreSQL"; }
    bench_db postgres "DATABASE_URL=$PG_URL"
fi

echo
row "metric" "value" "target" "result"
for kind in sqlite postgres; do
    [[ -n "${RPS[$kind]:-}" ]] || continue
    verdict "${RPS[$kind]}" ">=" "$TARGET_RPS"
    row "$kind: check-in scans/s" "${RPS[$kind]}" ">= $TARGET_RPS" "$V"
    verdict "${P99[$kind]}" "<" "$TARGET_P99_MS"
    row "$kind: scan p99 (ms)" "${P99[$kind]}" "< $TARGET_P99_MS" "$V"
    row "$kind: scan p50 (ms)" "${P50[$kind]}" "" ""
    row "$kind: scans that added a row (%)" "${SHARE[$kind]}" "" ""
    row "$kind: server CPU per scan (µs)" "${CPU_US[$kind]}" "" ""
    [[ -z "${DB_US[$kind]:-}" ]] || row "$kind: PostgreSQL CPU per scan (µs)" "${DB_US[$kind]}" "" ""
done
if [[ "$STRICT" == 1 && "$MISSED" -gt 0 ]]; then exit 2; fi
exit 0
