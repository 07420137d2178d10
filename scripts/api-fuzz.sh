#!/usr/bin/env bash
# Property-based test of the JSON API against its own OpenAPI document: schemathesis (PyPI)
# generates valid and invalid requests for every operation and runs all its checks (status
# codes, content types, response schemas, valid data accepted, invalid data refused, auth
# enforced, unsupported methods answered 405…). Any failure fails the script.
#
# It starts `convene serve` on a fresh SQLite database with the demo data and an admin API
# token, so nothing outside this script is touched. Usage:
#   scripts/api-fuzz.sh                 # builds the debug binary if needed
#   CONVENE_BIN=path/to/convene scripts/api-fuzz.sh
#   API_FUZZ_EXAMPLES=50 scripts/api-fuzz.sh   # examples per operation (default 20)
# A debug build renders the badges of a whole demo event in seconds, more on a busy machine:
# each request may take API_FUZZ_TIMEOUT seconds (default 60; schemathesis' own is 10).
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
if ! command -v st >/dev/null 2>&1 || [[ $(st --version 2>/dev/null) != *"$SCHEMATHESIS_VERSION"* ]]; then
  echo "== installing schemathesis $SCHEMATHESIS_VERSION"
  python3 -m pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

bin=${CONVENE_BIN:-${CARGO_TARGET_DIR:-target}/debug/convene}
if [[ -z ${CONVENE_BIN:-} ]]; then
  cargo build --locked --bin convene
fi

work=$(mktemp -d)
server=""
cleanup() {
  if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export CONVENE_ENV=development
export DATABASE_URL="sqlite://$work/convene.db?mode=rwc"
export CONVENE__MAIL__FILE_DIR="$work/mail"
export CONVENE__LOG__FILTER=warn
# The fuzzer sends many requests from one address: the per-address link limit must not
# turn its checks into 429s (the limit itself is tested in the suite).
export CONVENE__REGISTRATION__LINK_REQUESTS_PER_MINUTE=1000000

"$bin" migrate up >/dev/null
"$bin" seed --demo >/dev/null
"$bin" user create --email fuzz-admin@convene.local --role admin --name "Fuzz Admin" >/dev/null
token=$("$bin" token create --email fuzz-admin@convene.local --label api-fuzz 2>/dev/null)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$bin" serve --bind "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$work/serve.log"; exit 1; }

echo "== schemathesis against http://127.0.0.1:$port/api/v1/openapi.json"
SCHEMATHESIS_HOOKS=api_fuzz_hooks PYTHONPATH=scripts st --config-file scripts/api-fuzz.toml run "http://127.0.0.1:$port/api/v1/openapi.json" \
  --url "http://127.0.0.1:$port" \
  --header "Authorization: Bearer $token" \
  --checks all \
  --max-examples "${API_FUZZ_EXAMPLES:-20}" \
  --seed "${API_FUZZ_SEED:-1}" \
  --workers 2 \
  --request-timeout "${API_FUZZ_TIMEOUT:-60}" \
  --no-color \
  "$@"
