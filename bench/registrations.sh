#!/usr/bin/env bash
# Convene registration benchmark: registrations through the real HTTP form path (CSRF, form
# parsing, person, registration, seat, outbox row, audit) under wrk, with 0 and with 5,000
# existing registrations on the event; on PostgreSQL also spread over many events; outbox
# dispatch to a local SMTP sink; CSV invitation import.
# Usage: bash bench/registrations.sh     (see bench/README.md for the knobs)
# It reports against the targets and exits 0 whether they are met or not (BENCH_STRICT=1: 2
# when one is missed); it exits 1 when something broke: build, start-up, a non-303 answer, or
# a consistency check on the database after a run (registrations vs 303s, seats vs capacity).
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
TOKENS="${BENCH_TOKENS:-60000}"              # fresh invitations per measured run
EXISTING="${BENCH_EXISTING:-5000}"           # registrations already on the event (2nd run)
IN_USE="${BENCH_IN_USE:-0}"                   # registrations on the side event: a database in use
SPREAD_EVENTS="${BENCH_SPREAD_EVENTS:-50}"   # PostgreSQL "many events" run
CAPACITY="${BENCH_CAPACITY:-100000}"
DISPATCH_MESSAGES="${BENCH_DISPATCH_MESSAGES:-5000}"
IMPORT_ROWS="${BENCH_IMPORT_ROWS:-10000}"
GROWTH_ROWS="${BENCH_GROWTH_ROWS:-20000}"     # rows of each import of the growth part
GROWTH_IMPORTS="${BENCH_GROWTH_IMPORTS:-5}"   # imports into the same event
SMTP_POOL="${BENCH_SMTP_POOL_SIZE:-8}"
MAIL_BATCH="${BENCH_MAIL_BATCH_SIZE:-200}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-60}"
REPEAT="${BENCH_REPEAT:-1}"                  # runs per registration scenario (median reported)
PARTS="${BENCH_PARTS:-registrations dispatch import growth}"
PG_URL="${BENCH_DATABASE_URL:-}"
REG_MAIL="${BENCH_REG_MAIL:-sink}"          # sink | stall (no delivery during registration runs)
SINK_MODE="${BENCH_SINK_MODE:-normal}"       # normal | quickack (dispatch: sink ACKs at once)
PERF="${BENCH_PERF:-0}"                      # 1: perf profile of the server during each run
STRICT="${BENCH_STRICT:-0}"

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$ROOT/$TARGET_DIR" ;; esac
BIN="$TARGET_DIR/release/convene"

# Targets (issue 3).
TARGET_SQLITE_RPS=2000
TARGET_SQLITE_P99_MS=50
TARGET_PG_HOT_RPS=800
TARGET_PG_SPREAD_RPS=1600
TARGET_DROP_PCT=10
TARGET_DISPATCH_RPS=300
TARGET_IMPORT_S=3
TARGET_GROWTH_RATIO=1.5   # last import / first import (issue 18)
TARGET_RSS_MB=64          # server peak RSS in a registration scenario (issue 18)

ADMIN_EMAIL="bench-admin@convene.invalid"
ADMIN_PASSWORD="bench-password-0123456789"

for v in SECONDS_PER_RUN WARMUP_SECONDS CONNECTIONS THREADS TOKENS SPREAD_EVENTS CAPACITY \
    DISPATCH_MESSAGES IMPORT_ROWS GROWTH_ROWS GROWTH_IMPORTS SMTP_POOL MAIL_BATCH START_TIMEOUT REPEAT; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || { echo "bench: $v must be a positive integer (got '${!v}')" >&2; exit 1; }
done
[[ "$EXISTING" =~ ^[0-9]+$ ]] || { echo "bench: BENCH_EXISTING must be an integer" >&2; exit 1; }
for p in $PARTS; do
    case "$p" in registrations | dispatch | import | growth) ;; *) echo "bench: unknown part '$p' in BENCH_PARTS" >&2; exit 1 ;; esac
done
[[ "$REG_MAIL" == sink || "$REG_MAIL" == stall ]] || { echo "bench: BENCH_REG_MAIL must be sink or stall" >&2; exit 1; }
[[ "$SINK_MODE" == normal || "$SINK_MODE" == quickack ]] || { echo "bench: BENCH_SINK_MODE must be normal or quickack" >&2; exit 1; }
want() { [[ " $PARTS " == *" $1 "* ]]; }

unset DATABASE_URL RUST_LOG
export CONVENE_ENV=development
export CONVENE__LOG__FILTER=warn
export CONVENE__DATABASE__SEED_DEMO=false
# The link pages are rate limited per client address; every wrk request comes from 127.0.0.1.
export CONVENE__REGISTRATION__LINK_REQUESTS_PER_MINUTE=100000000

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
PY="$ROOT/bench/bench_data.py"
BROKEN=0   # consistency checks that failed (exit 1 after the summary)

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
# Current database of a scenario: DB_KIND sqlite|pg, DB_URL (app form), DB_FILE (SQLite path).
DB_KIND=""; DB_URL=""; DB_FILE=""
db_env() { # the variable the app reads its database from
    if [[ "$DB_KIND" == sqlite ]]; then echo "CONVENE__DATABASE__URL=$DB_URL"; else echo "DATABASE_URL=$DB_URL"; fi
}
# autovacuum_now: vacuums and analyses the tables PostgreSQL's autovacuum would (50 rows
# changed since their last analysis), as it would have done in a database in use. A table still
# empty is left unanalysed, as autovacuum leaves it: analysed while empty, PostgreSQL plans
# its foreign-key checks as sequential scans and keeps those plans while the run fills it.
autovacuum_now() {
    local tables
    tables="$(sql "SELECT string_agg(quote_ident(relname), ', ') FROM pg_stat_user_tables
                   WHERE n_mod_since_analyze >= 50")"
    [[ -z "$tables" ]] || sql "VACUUM ANALYZE $tables" >/dev/null
}

sql() { # sql "QUERY" -> rows, fields separated by |
    if [[ "$DB_KIND" == sqlite ]]; then
        sqlite3 -batch -noheader -cmd ".timeout 30000" "$DB_FILE" "$1"
    else
        psql "$DB_URL" -X -q -At -v ON_ERROR_STOP=1 -c "$1"
    fi
}

# fresh_db KIND NAME: an empty database for a scenario (SQLite: a new file; PostgreSQL: the
# throwaway database of BENCH_DATABASE_URL with every table dropped, then `convene migrate`).
fresh_db() {
    DB_KIND="$1"
    if [[ "$DB_KIND" == sqlite ]]; then
        mkdir -p "$WORK/$2"
        DB_FILE="$WORK/$2/convene.db"
        DB_URL="sqlite://$DB_FILE?mode=rwc"
    else
        DB_FILE=""
        DB_URL="$PG_URL"
        local tables
        tables="$(psql "$PG_URL" -X -At -c "SELECT string_agg(tablename, ' ') FROM pg_tables WHERE schemaname = 'public'")" \
            || die "cannot reach PostgreSQL at BENCH_DATABASE_URL"
        if [[ -n "$tables" && " $tables " != *" seaql_migrations "* ]]; then
            die "BENCH_DATABASE_URL holds tables that are not Convene's ($tables): point it at a throwaway database"
        fi
        PGOPTIONS="-c client_min_messages=warning" psql "$PG_URL" -X -q -v ON_ERROR_STOP=1 >/dev/null <<'SQL' || die "could not empty the PostgreSQL database"
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE 'DROP TABLE IF EXISTS public.' || quote_ident(r.tablename) || ' CASCADE';
  END LOOP;
END $$;
SQL
        env "$(db_env)" "$BIN" migrate >"$WORK/pg-migrate.log" 2>&1 \
            || { show_log "$WORK/pg-migrate.log"; die "convene migrate failed on PostgreSQL"; }
    fi
}

SINK_PID=""; SINK_PORT=""; SINK_STATS=""
start_sink() { # start_sink NAME [normal|quickack|stall]: a fresh SMTP sink (counts from zero)
    local -a mode=()
    case "${2:-normal}" in quickack) mode=(--quickack) ;; stall) mode=(--stall) ;; esac
    if [[ -n "$SINK_PID" ]]; then stop_server "$SINK_PID"; fi
    SINK_PORT="$(free_port)"
    SINK_STATS="$WORK/sink-$1.stats"
    python3 "$ROOT/bench/smtp_sink.py" --port "$SINK_PORT" --stats "$SINK_STATS" "${mode[@]}" >"$WORK/sink-$1.log" 2>&1 &
    SINK_PID=$!
    EXTRA_PIDS+=("$SINK_PID")
    local i
    for ((i = 0; i < 500; i++)); do
        [[ -s "$SINK_STATS" ]] && return 0
        kill -0 "$SINK_PID" 2>/dev/null || { show_log "$WORK/sink-$1.log"; die "the SMTP sink did not start"; }
        sleep 0.02
    done
    die "the SMTP sink did not start within 10 s"
}
# read_sink: SINK_COUNT, SINK_FIRST, SINK_LAST (epoch seconds or empty), SINK_CONNS; no fork.
SINK_COUNT=0; SINK_FIRST=""; SINK_LAST=""; SINK_CONNS=0
read_sink() {
    local _bytes _max
    read -r SINK_COUNT _bytes SINK_FIRST SINK_LAST SINK_CONNS _max <"$SINK_STATS" || true
    [[ "$SINK_COUNT" =~ ^[0-9]+$ ]] || SINK_COUNT=0
    [[ "$SINK_FIRST" == - ]] && SINK_FIRST=""
    [[ "$SINK_LAST" == - ]] && SINK_LAST=""
    return 0
}

mail_env() {
    printf '%s\n' CONVENE__MAIL__TRANSPORT=smtp CONVENE__MAIL__SMTP_HOST=127.0.0.1 \
        "CONVENE__MAIL__SMTP_PORT=$SINK_PORT" CONVENE__MAIL__SMTP_TLS=none \
        "CONVENE__MAIL__SMTP_POOL_SIZE=$SMTP_POOL" "CONVENE__MAIL__BATCH_SIZE=$MAIL_BATCH"
}

# app NAME: starts `convene serve` on the current database with mail to the current sink.
app() {
    local -a envs
    mapfile -t envs < <(db_env; mail_env)
    start_server "$1" "${envs[@]}"
    wait_healthy
    BASE="http://127.0.0.1:$SRV_PORT"
}

API_TOKEN=""
api_token() { # admin user + API token on the current database (the server may be running)
    create_admin "$(db_env)"
    API_TOKEN="$(env "$(db_env)" "$BIN" token create --email "$ADMIN_EMAIL" --label bench 2>"$WORK/token.log")" \
        || { show_log "$WORK/token.log"; die "convene token create failed"; }
    [[ -n "$API_TOKEN" ]] || die "convene token create printed no token"
}
api() { # api METHOD PATH [JSON|@FILE] -> HTTP status; body in $WORK/body
    local -a data=()
    [[ $# -ge 3 ]] && data=(--data-binary "$3")
    curl -s -o "$WORK/body" -w '%{http_code}' --max-time 120 -X "$1" \
        -H "Authorization: Bearer $API_TOKEN" -H 'Content-Type: application/json' "${data[@]}" "$BASE$2" || echo 000
}
json_field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$WORK/body" "$1"; }

# create_events N -> space-separated ids of N new published events with capacity CAPACITY
create_events() {
    local n="$1" i code id ids=() start end
    start="$(date -u -d '+30 days' +%F)"; end="$(date -u -d '+32 days' +%F)"
    for ((i = 1; i <= n; i++)); do
        code="$(api POST /api/v1/events "{\"title\":\"Bench workshop $i\",\"kind\":\"workshop\",\"programme\":\"1540\",\"unit\":\"UNREC\",\"city\":\"Lomé\",\"country\":\"TGO\",\"time_zone\":\"Africa/Lome\",\"start_date\":\"$start\",\"end_date\":\"$end\",\"capacity\":$CAPACITY,\"registration_mode\":\"invitation\",\"languages\":[\"en\"]}")"
        [[ "$code" == 201 || "$code" == 200 ]] || { head -c 600 "$WORK/body" >&2; die "POST /api/v1/events answered $code"; }
        id="$(json_field id)"
        code="$(api POST "/api/v1/events/$id/publish")"
        [[ "$code" == 200 || "$code" == 204 ]] || { head -c 600 "$WORK/body" >&2; die "publish of event $id answered $code"; }
        ids+=("$id")
    done
    echo "${ids[*]}"
}

CSRF=""
get_csrf() { # CSRF double-submit value: the convene_csrf cookie equals the form's csrf field
    local jar="$WORK/csrf-jar" code cookie
    rm -f "$jar"
    code="$(http_code "$BASE/sign-in" -c "$jar")"
    [[ "$code" == 200 ]] || die "GET /sign-in answered $code"
    CSRF="$(grep -o '<input[^>]*name="csrf"[^>]*>' "$WORK/body" | sed -n '1s/.*value="\([^"]*\)".*/\1/p')"
    cookie="$(awk -F '\t' '$6 == "convene_csrf" { v = $7 } END { print v }' "$jar")"
    [[ -n "$CSRF" && "$CSRF" == "$cookie" ]] || die "no csrf field equal to the convene_csrf cookie on /sign-in"
}

# smoke EVENT: one registration by curl (303 to /r/…, manage page 200) on a side event.
smoke() {
    local ev="$1" tok loc code
    python3 "$PY" invitations --db "$DB_URL" --events "$ev" --count 1 --tokens "$WORK/smoke-tokens" >/dev/null
    tok="$(head -n 1 "$WORK/smoke-tokens")"
    code="$(curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' --max-time 30 \
        -H "Cookie: convene_csrf=$CSRF" --data "csrf=$CSRF&title=Ms&given_name=Smoke&family_name=Test&gender=woman&country=SEN&organisation=Bench+Ministry&organisation_type=government&position=Officer&consent=on" \
        "$BASE/i/$tok" || echo 000)"
    loc="$(awk 'tolower($1) == "location:" { print $2 }' "$WORK/headers" | tr -d '\r')"
    [[ "$code" == 303 && "$loc" == /r/* ]] \
        || { sed -n '1,30p' "$WORK/body" >&2; die "smoke registration: POST /i/TOKEN answered $code (Location '$loc'), expected 303 to /r/…"; }
    code="$(http_code "$BASE$loc")"
    [[ "$code" == 200 ]] || die "smoke registration: GET of the manage link answered $code"
}

pending_mail() { sql "SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending')"; }
wait_mail_drained() { # wait_mail_drained MAX_SECONDS -> 0 when nothing is left to send
    local i n
    for ((i = 0; i < $1 * 5; i++)); do
        n="$(pending_mail)"
        [[ "$n" == 0 ]] && return 0
        sleep 0.2
    done
    log "warning: $n message(s) still queued after $1 s"
    return 1
}

in_list() { local IFS=,; echo "$*"; }

declare -A RPS P50 P99 CPU_US LOADAVG NOTE BUSY SHARE PG_US MAIL_LAG ALL_US HWM
# reg_run KEY LABEL KIND NEVENTS EXISTING: one registration measurement on a fresh database.
reg_run() {
    local key="$1" label="$2" kind="$3" nevents="$4" existing="$5"
    log "== $label"
    fresh_db "$kind" "$key"
    start_sink "$key" "$REG_MAIL"
    app "$key"
    api_token
    local -a events
    local ids
    ids="$(create_events "$nevents")"
    read -ra events <<<"$ids"
    local side
    side="$(create_events 1)"
    local evlist
    evlist="$(in_list "${events[@]}")"
    log "events: $evlist (side event for the smoke test: $side)"
    get_csrf
    smoke "$side"

    if ((existing > 0)); then
        python3 "$PY" invitations --db "$DB_URL" --events "$evlist" --count "$existing" --tokens "$WORK/$key-pre-tokens" >&2
        log "pre-registering $existing through POST /i/{token}"
        python3 "$PY" preregister --base "$BASE" --csrf="$CSRF" --tokens "$WORK/$key-pre-tokens" --count "$existing" >&2 \
            || die "pre-registration failed"
        local have
        have="$(sql "SELECT count(*) FROM registrations WHERE event_id IN ($evlist)")"
        [[ "$have" == "$existing" ]] || die "after pre-registration the events hold $have registrations, expected $existing"
    fi
    if ((IN_USE > 0)); then
        # Earlier events' registrations, as in any office's database after its first event.
        python3 "$PY" invitations --db "$DB_URL" --events "$side" --count "$IN_USE" --tokens "$WORK/$key-side-tokens" >&2
        log "pre-registering $IN_USE on the side event $side (a database in use)"
        python3 "$PY" preregister --base "$BASE" --csrf="$CSRF" --tokens "$WORK/$key-side-tokens" --count "$IN_USE" >&2 \
            || die "pre-registration on the side event failed"
    fi
    python3 "$PY" invitations --db "$DB_URL" --events "$evlist" --count "$TOKENS" --tokens "$WORK/$key-tokens" >&2
    [[ "$kind" == sqlite ]] || autovacuum_now
    if [[ "$REG_MAIL" == sink ]]; then
        log "waiting for the outbox to drain before the run"
        wait_mail_drained 300 || NOTE[$key]="outbox not drained before the run"
    fi

    log "$key: warm-up ${WARMUP_SECONDS}s (GET /events/${events[0]})"
    timeout $((WARMUP_SECONDS + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" \
        "$BASE/events/${events[0]}" >/dev/null || die "wrk warm-up failed"

    local out="$WORK/wrk-$key.txt" cpu0 cpu1 load
    load="$(loadavg)"
    LOADAVG[$key]="$load"
    if awk -v l="$load" 'BEGIN { exit !(l > 1.0) }'; then
        log "warning: load average is $load before the run; other work on the machine skews the figures"
    fi
    local m0 m1 pg0=0 pg1=0
    m0="$(machine_ticks)"
    [[ "$kind" == pg ]] && pg0="$(procs_ticks postgres)"
    cpu0="$(cpu_ticks "$SRV_PID")"
    local threads0 threads1
    threads0="$(thread_ticks "$SRV_PID")"
    read_sink
    local mail0="$SINK_COUNT"
    log "$key: wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency -s bench/register.lua $BASE"
    local perf_pid=""
    if [[ "$PERF" == 1 ]]; then
        perf record -q -F 499 -g -p "$SRV_PID" -o "$WORK/perf-$key.data" -- sleep "$SECONDS_PER_RUN" \
            >"$WORK/perf-$key.log" 2>&1 &
        perf_pid=$!
    fi
    timeout $((SECONDS_PER_RUN + 60)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency \
        -s "$ROOT/bench/register.lua" "$BASE" -- "$WORK/$key-tokens" "$CSRF" "$THREADS" >"$out" 2>&1 \
        || { cat "$out" >&2; die "wrk failed"; }
    cpu1="$(cpu_ticks "$SRV_PID")"
    threads1="$(thread_ticks "$SRV_PID")"
    [[ "$kind" == pg ]] && pg1="$(procs_ticks postgres)"
    m1="$(machine_ticks)"
    local stopped_at="$EPOCHREALTIME"
    read_sink
    local mail_during=$((SINK_COUNT - mail0))
    if [[ -n "$perf_pid" ]]; then
        wait "$perf_pid" || true
        perf report -i "$WORK/perf-$key.data" --no-children --sort dso,symbol --stdio 2>/dev/null \
            | grep -v '^$' | head -n 200 >"$WORK/perf-$key.txt" || true
        log "$key: perf profile in $WORK/perf-$key.txt (BENCH_KEEP=1 keeps it)"
    fi
    sed 's/^/    /' "$out" >&2

    local rps p50 p99 line
    rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
    p50="$(awk '$1 == "50%" { print $2 }' "$out")"
    p99="$(awk '$1 == "99%" { print $2 }' "$out")"
    line="$(grep '^BENCH ' "$out" || true)"
    [[ -n "$rps" && -n "$p50" && -n "$p99" && -n "$line" ]] || die "could not parse wrk output ($out)"
    local issued received registered duplicate other exhausted codes
    for kv in ${line#BENCH }; do
        case "$kv" in
            issued=*) issued="${kv#*=}" ;; received=*) received="${kv#*=}" ;;
            registered=*) registered="${kv#*=}" ;; duplicate=*) duplicate="${kv#*=}" ;;
            other=*) other="${kv#*=}" ;; exhausted=*) exhausted="${kv#*=}" ;; codes=*) codes="${kv#*=}" ;;
        esac
    done
    RPS[$key]="$(awk -v r="$rps" 'BEGIN { printf "%.0f\n", r }')"
    P50[$key]="$(to_ms "$p50")"
    P99[$key]="$(to_ms "$p99")"
    CPU_US[$key]="$(awk -v d=$((cpu1 - cpu0)) -v hz="$CLK_TCK" -v n="$registered" \
        'BEGIN { if (n > 0) printf "%.0f\n", d / hz * 1e6 / n; else print "NaN" }')"
    # Machine: share of both CPUs busy during the run, and how it splits.
    local mb mt
    read -r mb mt <<<"$(awk -v a="$m0" -v b="$m1" 'BEGIN { split(a, x, " "); split(b, y, " "); print y[1] - x[1], y[2] - x[2] }')"
    BUSY[$key]="$(awk -v b="$mb" -v t="$mt" 'BEGIN { if (t > 0) printf "%.0f\n", b / t * 100; else print "NaN" }')"
    SHARE[$key]="$(awk -v s=$((cpu1 - cpu0)) -v p=$((pg1 - pg0)) -v b="$mb" 'BEGIN {
        if (b <= 0) { print "NaN"; exit }
        if (p > 0) printf "server %.0f %%, postgres %.0f %%, rest %.0f %%\n", s / b * 100, p / b * 100, (b - s - p) / b * 100
        else printf "server %.0f %%, rest %.0f %%\n", s / b * 100, (b - s) / b * 100 }')"
    if [[ "$kind" == pg ]]; then
        PG_US[$key]="$(awk -v d=$((pg1 - pg0)) -v hz="$CLK_TCK" -v n="$registered" \
            'BEGIN { if (n > 0) printf "%.0f\n", d / hz * 1e6 / n; else print "NaN" }')"
    fi

    # Let in-flight requests (cut off when wrk stopped) finish, then check the database.
    local i n prev=-1
    for ((i = 0; i < 150; i++)); do
        n="$(sql "SELECT count(*) FROM registrations WHERE event_id IN ($evlist)")"
        [[ "$n" == "$prev" ]] && break
        prev="$n"
        sleep 0.2
    done
    kill -0 "$SRV_PID" 2>/dev/null || { show_log "$SRV_LOG"; die "server died during the run"; }
    local cut=$((issued - received)) extra=$((n - existing - registered))
    local over seats_bad outbox audit problems=""
    # The checks join tables the run has just filled: without fresh statistics they take minutes.
    [[ "$DB_KIND" == sqlite ]] || autovacuum_now
    over="$(sql "SELECT count(*) FROM events WHERE capacity IS NOT NULL AND seats_taken > capacity")"
    seats_bad="$(sql "SELECT count(*) FROM events e WHERE e.id IN ($evlist) AND e.seats_taken <> (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.holds_seat)")"
    outbox="$(sql "SELECT count(*) FROM outbox WHERE registration_id IN (SELECT id FROM registrations WHERE event_id IN ($evlist))")"
    audit="$(sql "SELECT count(*) FROM audit_log WHERE action = 'registration.create' AND entity = 'registration' AND entity_id IN (SELECT CAST(id AS VARCHAR) FROM registrations WHERE event_id IN ($evlist))")"
    ((other == 0)) || problems+=" $other non-303 answers ($codes);"
    ((duplicate == 0)) || problems+=" $duplicate 303s not to /r/ (duplicates);"
    ((exhausted == 0)) || problems+=" $exhausted requests without a fresh token (raise BENCH_TOKENS);"
    ((extra >= 0 && extra <= cut)) || problems+=" $n registrations for $existing + $registered 303s (up to $cut cut off by wrk's stop);"
    [[ "$over" == 0 ]] || problems+=" $over event(s) with seats_taken > capacity;"
    [[ "$seats_bad" == 0 ]] || problems+=" $seats_bad event(s) whose seats_taken differs from the seat-holding registrations;"
    [[ "$outbox" == "$n" ]] || problems+=" $outbox outbox rows for $n registrations;"
    [[ "$audit" == "$n" ]] || problems+=" $audit audit entries for $n registrations;"
    log "$key: ${RPS[$key]} registrations/s, p50 ${P50[$key]} ms, p99 ${P99[$key]} ms, server CPU ${CPU_US[$key]} µs/registration${PG_US[$key]:+, postgres CPU ${PG_US[$key]} µs/registration}; CPUs ${BUSY[$key]} % busy (${SHARE[$key]})"
    log "$key: server CPU/registration by thread: $(thread_share "$threads0" "$threads1" "$registered")"
    log "$key: database: $n registrations on the event(s) = $existing before + $registered 303s + $extra finished after wrk stopped ($cut cut off); outbox rows $outbox; audit entries $audit; events over capacity $over"
    if [[ "$REG_MAIL" == sink ]]; then
        # The dispatcher yields to requests, so much of the run's email goes out after it.
        wait_mail_drained 600 || problems+=" emails still queued 600 s after the run;"
        local lag cpu2
        lag="$(awk -v a="$stopped_at" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f\n", b - a }')"
        cpu2="$(cpu_ticks "$SRV_PID")"
        read_sink
        MAIL_LAG[$key]="$lag"
        ALL_US[$key]="$(awk -v d=$((cpu2 - cpu0)) -v hz="$CLK_TCK" -v n="$n" -v e="$existing" \
            'BEGIN { if (n - e > 0) printf "%.0f\n", d / hz * 1e6 / (n - e); else print "NaN" }')"
        log "$key: emails: $mail_during delivered during the run, all $((SINK_COUNT - mail0)) by $lag s after it; server CPU with their delivery ${ALL_US[$key]} µs/registration"
    fi
    if [[ -n "$problems" ]]; then
        log "$key: CHECK FAILED:$problems"
        NOTE[$key]="${NOTE[$key]:+${NOTE[$key]}; }CHECK FAILED:$problems"
        BROKEN=$((BROKEN + 1))
    fi
    # The server's peak RSS over its whole life: start-up, pre-registration, the run and the
    # delivery of its emails.
    HWM[$key]="$(kb_to_mb "$(rss_kb "$SRV_PID" VmHWM)")"
    log "$key: server peak RSS (VmHWM) ${HWM[$key]} MiB"
    stop_server "$SRV_PID"
}

median() { # median [PRINTF_FORMAT] < numbers
    sort -n | awk -v f="${1:-%.0f}" '{ v[NR] = $1 } END {
        if (NR == 0) exit
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf f "\n", m }'
}
declare -A RUNS
# aggregate BASE: medians of the runs BASE#1…BASE#REPEAT into RPS[BASE] etc.
aggregate() {
    local base="$1" r k
    local -a keys=()
    for ((r = 1; r <= REPEAT; r++)); do
        k="$base#$r"
        [[ -n "${RPS[$k]:-}" ]] && keys+=("$k")
    done
    ((${#keys[@]})) || return 0
    local -a rps=() p50=() p99=() cpu=() load=() notes=() busy=() pgus=() lag=() allus=()
    for k in "${keys[@]}"; do
        rps+=("${RPS[$k]}"); p50+=("${P50[$k]}"); p99+=("${P99[$k]}"); cpu+=("${CPU_US[$k]}"); load+=("${LOADAVG[$k]}")
        busy+=("${BUSY[$k]}"); [[ -n "${PG_US[$k]:-}" ]] && pgus+=("${PG_US[$k]}")
        [[ -n "${MAIL_LAG[$k]:-}" ]] && lag+=("${MAIL_LAG[$k]}") && allus+=("${ALL_US[$k]}")
        [[ -n "${NOTE[$k]:-}" ]] && notes+=("run ${k##*#}: ${NOTE[$k]}")
    done
    RPS[$base]="$(printf '%s\n' "${rps[@]}" | median)"
    P50[$base]="$(printf '%s\n' "${p50[@]}" | median %.2f)"
    P99[$base]="$(printf '%s\n' "${p99[@]}" | median %.2f)"
    CPU_US[$base]="$(printf '%s\n' "${cpu[@]}" | median)"
    BUSY[$base]="$(IFS=/; echo "${busy[*]}")"
    if ((${#pgus[@]})); then PG_US[$base]="$(printf '%s\n' "${pgus[@]}" | median)"; fi
    if ((${#lag[@]})); then
        MAIL_LAG[$base]="$(IFS=/; echo "${lag[*]}")"
        ALL_US[$base]="$(printf '%s\n' "${allus[@]}" | median)"
    fi
    RUNS[$base]="$(IFS=/; echo "${rps[*]}")"
    HWM[$base]="$(for k in "${keys[@]}"; do echo "${HWM[$k]:-0}"; done | sort -n | tail -n 1)"
    LOADAVG[$base]="$(IFS=/; echo "${load[*]}")"
    if ((${#notes[@]})); then NOTE[$base]="$(IFS=';'; echo "${notes[*]}")"; fi
    return 0
}

declare -A DISPATCH_RATE DISPATCH_WALL
# dispatch_run KEY KIND: N queued messages, then the app starts and sends them to the sink.
dispatch_run() {
    local key="$1" kind="$2"
    log "== dispatch of $DISPATCH_MESSAGES queued messages ($kind, pool $SMTP_POOL, batch $MAIL_BATCH)"
    fresh_db "$kind" "$key"
    start_sink "$key-setup"
    app "$key-setup"
    api_token
    local ev
    ev="$(create_events 1)"
    get_csrf
    smoke "$ev"   # one real registration email: the template of the queued rows
    wait_mail_drained 30 || true
    stop_server "$SRV_PID"
    python3 "$PY" outbox --db "$DB_URL" --count "$DISPATCH_MESSAGES" >&2
    [[ "$kind" == sqlite ]] || sql "VACUUM ANALYZE outbox" >/dev/null
    start_sink "$key" "$SINK_MODE"
    local t0 t1 i n=0 pending=1 limit load
    load="$(loadavg)"
    LOADAVG[$key]="$load"
    limit=$((DISPATCH_MESSAGES / 20 + 120))   # seconds; 20 messages/s would be far below target
    t0="$(now)"
    app "$key"
    for ((i = 0; i < limit * 20; i++)); do
        read_sink
        n="$SINK_COUNT"
        if ((n >= DISPATCH_MESSAGES)); then
            pending="$(pending_mail)"
            [[ "$pending" == 0 ]] && break
        fi
        sleep 0.05
    done
    t1="$(now)"
    env "$(db_env)" "$BIN" outbox status 2>&1 | sed 's/^/    outbox status: /' >&2 || true
    local first last sent
    read_sink
    n="$SINK_COUNT"; first="$SINK_FIRST"; last="$SINK_LAST"
    sent="$(sql "SELECT count(*) FROM outbox WHERE state = 'sent'")"
    if ((n < DISPATCH_MESSAGES)) || [[ "$pending" != 0 ]]; then
        NOTE[$key]="CHECK FAILED: after ${limit}s the sink had $n of $DISPATCH_MESSAGES, $pending still pending"
        BROKEN=$((BROKEN + 1))
        log "$key: ${NOTE[$key]}"
    fi
    DISPATCH_RATE[$key]="$(awk -v n="$n" -v a="$first" -v b="$t1" 'BEGIN { if (a != "" && b > a) printf "%.0f\n", n / (b - a); else print "NaN" }')"
    DISPATCH_WALL[$key]="$(fsub "$t1" "$t0")"
    log "$key: sink received $n messages (first→last $(awk -v a="$first" -v b="$last" 'BEGIN { printf "%.2f", b - a }') s over $SINK_CONNS connection(s)); $sent rows marked sent; ${DISPATCH_RATE[$key]} messages/s from the first delivery until all were marked sent; ${DISPATCH_WALL[$key]} s from process start"
    # The server stays up for the import part.
}

declare -A IMPORT_S IMPORT_ROWS_Q IMPORT_STATUS IMPORT_SENT_RATE IMPORT_CPU
# import_run KEY: POST /api/v1/events/{id}/invitations/import with IMPORT_ROWS rows (server up).
import_run() {
    local key="$1" ev code
    log "== CSV import of $IMPORT_ROWS invitations"
    ev="$(create_events 1)"
    code="$(api GET "/api/v1/events/$ev")"
    [[ "$code" == 200 ]] || die "GET /api/v1/events/$ev answered $code"
    python3 "$PY" csv --count "$IMPORT_ROWS" --out "$WORK/$key-import.json" >&2
    local before t0 t1
    before="$(sql "SELECT count(*) FROM outbox")"
    LOADAVG[$key]="$(loadavg)"
    local cpu0 cpu1
    cpu0="$(cpu_ticks "$SRV_PID")"
    t0="$(now)"
    code="$(api POST "/api/v1/events/$ev/invitations/import" "@$WORK/$key-import.json")"
    t1="$(now)"
    cpu1="$(cpu_ticks "$SRV_PID")"
    IMPORT_CPU[$key]="$(awk -v d=$((cpu1 - cpu0)) -v hz="$CLK_TCK" 'BEGIN { printf "%.2f\n", d / hz }')"
    if [[ "$code" == 404 ]]; then
        IMPORT_STATUS[$key]="SKIPPED: endpoint not available (404)"
        log "$key: SKIPPED: endpoint not available (404)"
        return 0
    fi
    if [[ ! "$code" =~ ^2 ]]; then
        IMPORT_STATUS[$key]="FAILED: HTTP $code"
        log "$key: import answered $code: $(head -c 600 "$WORK/body")"
        BROKEN=$((BROKEN + 1))
        return 0
    fi
    IMPORT_STATUS[$key]="ok"
    IMPORT_S[$key]="$(fsub "$t1" "$t0")"
    local invs rows
    invs="$(sql "SELECT count(*) FROM invitations WHERE event_id = $ev")"
    rows="$(sql "SELECT count(*) FROM outbox WHERE invitation_id IN (SELECT id FROM invitations WHERE event_id = $ev)")"
    IMPORT_ROWS_Q[$key]="$rows"
    log "$key: import answered $code in ${IMPORT_S[$key]} s (server CPU ${IMPORT_CPU[$key]} s): $invs invitations, $rows outbox rows ($(($(sql "SELECT count(*) FROM outbox") - before)) new outbox rows in all)"
    if [[ "$invs" != "$IMPORT_ROWS" || "$rows" != "$IMPORT_ROWS" ]]; then
        IMPORT_STATUS[$key]="CHECK FAILED: $invs invitations, $rows outbox rows for $IMPORT_ROWS CSV rows"
        BROKEN=$((BROKEN + 1))
    fi
    # How fast the dispatcher then sends them (the server was started with the sink).
    local i pending=1 limit=$((IMPORT_ROWS / 20 + 120))
    for ((i = 0; i < limit * 5; i++)); do
        # Nothing else is pending on this server (the dispatch part drained), and this form of
        # the query stays on the (state, next_attempt_at) index even on a just-filled table.
        pending="$(pending_mail)"
        [[ "$pending" == 0 ]] && break
        sleep 0.2
    done
    local t2
    t2="$(now)"
    if [[ "$pending" == 0 ]]; then
        IMPORT_SENT_RATE[$key]="$(awk -v n="$rows" -v a="$t1" -v b="$t2" 'BEGIN { printf "%.0f\n", n / (b - a) }')"
        log "$key: the $rows invitation emails were sent $(fsub "$t2" "$t1") s after the import answered (${IMPORT_SENT_RATE[$key]} messages/s)"
    fi
}

declare -A GROWTH_S GROWTH_STATUS
# growth_run KEY KIND: GROWTH_IMPORTS imports of GROWTH_ROWS new addresses each into one event,
# on a fresh database and server whose mail server never answers (no delivery competes with
# the imports): does an import slow down as the event's invitations grow?
growth_run() {
    local key="$1" kind="$2" ev code i t0 t1 invs
    log "== $kind: $GROWTH_IMPORTS imports of $GROWTH_ROWS invitations into one event"
    fresh_db "$kind" "$key"
    start_sink "$key" stall
    app "$key"
    api_token
    ev="$(create_events 1)"
    GROWTH_STATUS[$key]="ok"
    for ((i = 1; i <= GROWTH_IMPORTS; i++)); do
        python3 "$PY" csv --count "$GROWTH_ROWS" --prefix "growth$i" --out "$WORK/$key-$i.json" >&2
        t0="$(now)"
        code="$(api POST "/api/v1/events/$ev/invitations/import" "@$WORK/$key-$i.json")"
        t1="$(now)"
        if [[ ! "$code" =~ ^2 ]]; then
            GROWTH_STATUS[$key]="FAILED: import $i answered HTTP $code"
            log "$key: import $i answered $code: $(head -c 600 "$WORK/body")"
            BROKEN=$((BROKEN + 1))
            break
        fi
        GROWTH_S[$key#$i]="$(fsub "$t1" "$t0")"
        invs="$(sql "SELECT count(*) FROM invitations WHERE event_id = $ev")"
        log "$key: import $i answered $code in ${GROWTH_S[$key#$i]} s; the event has $invs invitations"
        if [[ "$invs" != "$((i * GROWTH_ROWS))" ]]; then
            GROWTH_STATUS[$key]="CHECK FAILED: $invs invitations after import $i"
            BROKEN=$((BROKEN + 1))
            break
        fi
    done
    stop_server "$SRV_PID"
}

# ---------------------------------------------------------------------------------------------
# Run
# ---------------------------------------------------------------------------------------------
ensure_tools
command -v python3 >/dev/null 2>&1 || die "python3 is required"
command -v sqlite3 >/dev/null 2>&1 || die "the sqlite3 command-line shell is required (apt-get install sqlite3)"
if [[ -n "$PG_URL" ]]; then
    [[ "$PG_URL" =~ ^postgres(ql)?:// ]] || die "BENCH_DATABASE_URL must be a postgres:// URL"
    command -v psql >/dev/null 2>&1 || die "psql is required for BENCH_DATABASE_URL"
fi
build_release
log_machine
LOAD_START="$(cat /proc/loadavg)"
log "load average at start: $LOAD_START"

KINDS=(sqlite)
[[ -n "$PG_URL" ]] && KINDS+=(pg)
# BENCH_KINDS narrows the run to some databases, e.g. "pg".
[[ -n "${BENCH_KINDS:-}" ]] && read -r -a KINDS <<<"$BENCH_KINDS"
for kind in "${KINDS[@]}"; do
    if want registrations; then
        # Runs alternate (0 before, 5,000 before, …) so that drifting load hits both alike.
        for ((r = 1; r <= REPEAT; r++)); do
            reg_run "$kind-hot-0#$r" "$kind: 1 event, 0 registrations before (run $r/$REPEAT)" "$kind" 1 0
            if ((EXISTING > 0)); then
                reg_run "$kind-hot-existing#$r" "$kind: 1 event, $EXISTING registrations before (run $r/$REPEAT)" \
                    "$kind" 1 "$EXISTING"
            fi
            if [[ "$kind" == pg ]]; then
                reg_run "pg-spread#$r" "pg: $SPREAD_EVENTS events, tokens round-robin (run $r/$REPEAT)" pg \
                    "$SPREAD_EVENTS" 0
            fi
        done
        for base in "$kind-hot-0" "$kind-hot-existing" pg-spread; do aggregate "$base"; done
    fi
    if want dispatch || want import; then
        if want dispatch; then
            dispatch_run "$kind-dispatch" "$kind"
        else
            fresh_db "$kind" "$kind-import"
            start_sink "$kind-import"
            app "$kind-import"
            api_token
        fi
        want import && import_run "$kind-import"
        stop_server "$SRV_PID"
    fi
    want growth && growth_run "$kind-growth" "$kind"
done
LOAD_END="$(cat /proc/loadavg)"

# ---------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------
name() { [[ "$1" == sqlite ]] && echo SQLite || echo PostgreSQL; }
drop_pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0) printf "%.1f\n", (a - b) / a * 100; else print "NaN" }'; }

echo
echo "Convene registration benchmark — $(nproc) CPU(s), wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s, loopback"
echo "load average: at start $LOAD_START; at end $LOAD_END"
row "metric" "value" "target" "result"
row "--------------------------------------------------" "--------------" "------------" "------"
for kind in "${KINDS[@]}"; do
    N="$(name "$kind")"
    if want registrations; then
        if [[ "$kind" == sqlite ]]; then T_RPS=$TARGET_SQLITE_RPS; else T_RPS=$TARGET_PG_HOT_RPS; fi
        keys=("$kind-hot-0" "$kind-hot-existing")
        [[ "$kind" == pg ]] && keys+=(pg-spread)
        for k in "${keys[@]}"; do
            [[ -n "${RPS[$k]:-}" ]] || continue
            case "$k" in
                *-hot-0) what="$N, 1 event, 0 before" ;;
                *-hot-existing) what="$N, 1 event, $EXISTING before" ;;
                *) what="$N, $SPREAD_EVENTS events"; T_RPS=$TARGET_PG_SPREAD_RPS ;;
            esac
            verdict "${RPS[$k]}" ">=" "$T_RPS"
            if ((REPEAT > 1)); then
                row "$what: registrations/s (median)" "${RPS[$k]}" ">= $T_RPS" "$V"
                row "$what: runs" "${RUNS[$k]}" "" ""
            else
                row "$what: registrations/s" "${RPS[$k]}" ">= $T_RPS" "$V"
            fi
            row "$what: p50" "${P50[$k]} ms" "" ""
            if [[ "$kind" == sqlite ]]; then
                verdict "${P99[$k]}" "<" "$TARGET_SQLITE_P99_MS"
                row "$what: p99" "${P99[$k]} ms" "< $TARGET_SQLITE_P99_MS ms" "$V"
            else
                row "$what: p99" "${P99[$k]} ms" "" ""
            fi
            row "$what: server CPU/registration" "${CPU_US[$k]} µs" "" ""
            [[ -n "${PG_US[$k]:-}" ]] && row "$what: PostgreSQL CPU/registration" "${PG_US[$k]} µs" "" ""
            if [[ -n "${MAIL_LAG[$k]:-}" ]]; then
                row "$what: all emails delivered, s after the run" "${MAIL_LAG[$k]}" "" ""
                row "$what: server CPU/registration with its email" "${ALL_US[$k]} µs" "" ""
            fi
            verdict "${HWM[$k]}" "<=" "$TARGET_RSS_MB"
            row "$what: server peak RSS (VmHWM)" "${HWM[$k]} MiB" "<= $TARGET_RSS_MB MiB" "$V"
            row "$what: load average before" "${LOADAVG[$k]}" "" ""
            row "$what: CPUs busy during the run" "${BUSY[$k]} %" "" ""
            [[ -n "${NOTE[$k]:-}" ]] && row "$what: ${NOTE[$k]}" "" "" "BROKEN"
        done
        if [[ -n "${RPS[$kind-hot-0]:-}" && -n "${RPS[$kind-hot-existing]:-}" ]]; then
            d="$(drop_pct "${RPS[$kind-hot-0]}" "${RPS[$kind-hot-existing]}")"
            verdict "$d" "<=" "$TARGET_DROP_PCT"
            row "$N: throughput drop at $EXISTING before" "$d %" "<= $TARGET_DROP_PCT %" "$V"
            row "$N: server CPU/registration change" \
                "$(awk -v a="${CPU_US[$kind-hot-0]}" -v b="${CPU_US[$kind-hot-existing]}" 'BEGIN { if (a > 0) printf "%+.1f %%", (b - a) / a * 100; else print "NaN" }')" "" ""
        fi
    fi
    if want dispatch && [[ -n "${DISPATCH_RATE[$kind-dispatch]:-}" ]]; then
        verdict "${DISPATCH_RATE[$kind-dispatch]}" ">=" "$TARGET_DISPATCH_RPS"
        row "$N: dispatch to SMTP sink, messages/s" "${DISPATCH_RATE[$kind-dispatch]}" ">= $TARGET_DISPATCH_RPS" "$V"
        row "$N: dispatch, $DISPATCH_MESSAGES messages from process start" "${DISPATCH_WALL[$kind-dispatch]} s" "" ""
        [[ -n "${NOTE[$kind-dispatch]:-}" ]] && row "$N: dispatch: ${NOTE[$kind-dispatch]}" "" "" "BROKEN"
    fi
    if want import; then
        k="$kind-import"
        case "${IMPORT_STATUS[$k]:-}" in
            ok)
                verdict "${IMPORT_S[$k]}" "<" "$TARGET_IMPORT_S"
                row "$N: import $IMPORT_ROWS invitations (CSV), seconds" "${IMPORT_S[$k]} s" "< $TARGET_IMPORT_S s" "$V"
                row "$N: import: server CPU during the request" "${IMPORT_CPU[$k]} s" "" ""
                row "$N: import: outbox rows queued" "${IMPORT_ROWS_Q[$k]}" "$IMPORT_ROWS" ""
                [[ -n "${IMPORT_SENT_RATE[$k]:-}" ]] && row "$N: import: then sent, messages/s" "${IMPORT_SENT_RATE[$k]}" "" ""
                ;;
            "") ;;
            *) row "$N: import $IMPORT_ROWS invitations (CSV)" "${IMPORT_STATUS[$k]}" "< $TARGET_IMPORT_S s" "" ;;
        esac
    fi
    if want growth; then
        k="$kind-growth"
        for ((i = 1; i <= GROWTH_IMPORTS; i++)); do
            [[ -n "${GROWTH_S[$k#$i]:-}" ]] && row "$N: import $i of $GROWTH_IMPORTS ($GROWTH_ROWS rows, one event), seconds" "${GROWTH_S[$k#$i]} s" "" ""
        done
        if [[ -n "${GROWTH_S[$k#$GROWTH_IMPORTS]:-}" ]]; then
            ratio="$(awk -v a="${GROWTH_S[$k#1]}" -v b="${GROWTH_S[$k#$GROWTH_IMPORTS]}" 'BEGIN { printf "%.2f\n", b / a }')"
            verdict "$ratio" "<=" "$TARGET_GROWTH_RATIO"
            row "$N: import $GROWTH_IMPORTS / import 1" "$ratio" "<= $TARGET_GROWTH_RATIO" "$V"
        fi
        [[ "${GROWTH_STATUS[$k]:-ok}" == ok ]] || row "$N: growth: ${GROWTH_STATUS[$k]}" "" "" "BROKEN"
    fi
done
echo
if ((BROKEN)); then
    echo "$BROKEN consistency check(s) failed: the figures above are not valid (see the log)."
    exit 1
fi
if ((MISSED)); then
    echo "$MISSED target(s) missed."
    if [[ "$STRICT" == 1 ]]; then exit 2; fi
else
    echo "All targets met."
fi
exit 0
