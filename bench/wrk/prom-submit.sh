#!/usr/bin/env bash
# Load-tests PROM submission with its audit entry on PostgreSQL (or H2): POST
# /api/clinic/patients/{id}/prom-responses with a bearer token, every response scored, stored and audited in one
# transaction, all into one clinic (so every write takes that clinic's audit-chain head lock).
#
#   bench/wrk/prom-submit.sh            # PostgreSQL: the local cluster (started if down), a fresh database
#   DB=h2 bench/wrk/prom-submit.sh      # the embedded H2 database in a fresh data folder
#
# It builds nothing (run ./mvnw -q -DskipTests package first). Settings: PATIENTS (200), WARMUP (10s),
# DURATION (30s), THREADS (2), CONNECTIONS (32). Prints one line:
#   prom-submit db=<db> rps=<req/s> stored_per_s=<n> p50=<ms> p99=<ms> non2xx=<n> audit=<intact|BROKEN>
set -euo pipefail

source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"

DB="${DB:-postgresql}"
PATIENTS="${PATIENTS:-200}"
WARMUP="${WARMUP:-10s}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
RESULTS_DIR="${RESULTS_DIR:-$BENCH_DIR/results/$(date +%Y%m%d-%H%M%S)-wrk-prom-submit-$DB}"
mkdir -p "$RESULTS_DIR"
require wrk curl java
require_jar
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "$DB" == postgresql ]]; then
    fresh_postgres "spinechoice_bench_$$"
    trap 'cleanup; drop_db' EXIT
fi

PORT="$(free_port 18080)"
start_app "$PORT" "$RESULTS_DIR/app.log"
export SPINECHOICE_DATA_DIR="$APP_DATA_DIR"
wait_until_ok "$PORT" /health 60
admin() { java -jar "$RUN_JAR" admin "$@"; }
admin create-clinic --id bench --name "Bench clinic" >/dev/null
echo "bench password 1234" | admin create-user --clinic bench --email bench@bench.test --role clinician --password-stdin >/dev/null
API_TOKEN="$(admin create-token --email bench@bench.test | tail -1)"
export API_TOKEN

log "seeding $PATIENTS patients with a course each"
export PATIENTS_FILE="$RESULTS_DIR/patients.txt"
: >"$PATIENTS_FILE"
for i in $(seq 1 "$PATIENTS"); do
    id="$(curl -s -H "Authorization: Bearer $API_TOKEN" -H 'Content-Type: application/json' \
        --data "{\"displayName\":\"Bench $i\",\"birthYear\":1950,\"sex\":\"undisclosed\"}" \
        "http://127.0.0.1:$PORT/api/clinic/patients" | sed 's/.*"id":"\([^"]*\)".*/\1/')"
    echo "$id" >>"$PATIENTS_FILE"
done


URL="http://127.0.0.1:$PORT"
log "warm-up $WARMUP"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/wrk/prom-submit.lua" "$URL" >"$RESULTS_DIR/warmup.txt"
log "measuring $DURATION (-t$THREADS -c$CONNECTIONS)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/wrk/prom-submit.lua" "$URL" >"$RESULTS_DIR/wrk.txt"
cat "$RESULTS_DIR/wrk.txt" >&2

stop_app_keep_data() { kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
stop_app_keep_data
if admin audit-verify >"$RESULTS_DIR/audit.txt" 2>&1; then audit=intact; else audit=BROKEN; fi
cat "$RESULTS_DIR/audit.txt" >&2

awk -v db="$DB" -v audit="$audit" -v dur="$DURATION" '
    function ms(v) {
        if (v ~ /us$/) return sprintf("%.2f", v / 1000);
        if (v ~ /ms$/) return sprintf("%.2f", v + 0);
        if (v ~ /s$/)  return sprintf("%.2f", v * 1000);
        return v;
    }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /requests in/ { total = $1 }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    END {
        seconds = dur; sub(/s$/, "", seconds);
        stored = (total - non2xx) / seconds;
        printf "prom-submit db=%s rps=%s stored_per_s=%.0f p50=%s p99=%s non2xx=%d audit=%s\n",
            db, rps, stored, p50, p99, non2xx + 0, audit
    }' "$RESULTS_DIR/wrk.txt"
