#!/usr/bin/env bash
# Times the clinic outcomes API and page on a demo clinic of PATIENTS synthetic patients (demo-data command), on
# PostgreSQL (the local cluster, a fresh database) or H2 (a fresh data folder).
#
#   bench/wrk/outcomes.sh                          # PostgreSQL, 100,000 patients
#   DB=h2 PATIENTS=100000 bench/wrk/outcomes.sh    # H2
#
# It builds nothing (run ./mvnw -q -DskipTests package first). Settings: PATIENTS (100000), SEED (1), REPEATS (15
# timed requests per query after 3 untimed), DURATION (20s of wrk at 4 connections on the main query).
# Prints one line per query:  outcomes db=<db> query=<name> min=<ms> median=<ms> max=<ms>
# and then the load time, the table sizes, and the wrk figures of the main query.
set -euo pipefail

source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"

DB="${DB:-postgresql}"
PATIENTS="${PATIENTS:-100000}"
SEED="${SEED:-1}"
REPEATS="${REPEATS:-15}"
DURATION="${DURATION:-20s}"
RESULTS_DIR="${RESULTS_DIR:-$BENCH_DIR/results/$(date +%Y%m%d-%H%M%S)-outcomes-$DB-$PATIENTS}"
mkdir -p "$RESULTS_DIR"
require wrk curl java
require_jar
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "$DB" == postgresql ]]; then
    fresh_postgres "spinechoice_outcomes_$$"
    trap 'cleanup; drop_db' EXIT
fi

# Loaded before the server starts: an H2 file is open to one process at a time.
snapshot_jar
DATA_DIR="$(mktemp -d -t spinechoice-outcomes-data.XXXXXX)"
export SPINECHOICE_DATA_DIR="$DATA_DIR"
trap 'cleanup; rm -rf -- "$DATA_DIR"; [[ "$DB" != postgresql ]] || drop_db' EXIT
admin() { java -jar "$RUN_JAR" admin "$@"; }

log "loading $PATIENTS demo patients (seed $SEED)"
load_start="$(now_ns)"
java -jar "$RUN_JAR" demo-data --patients "$PATIENTS" --seed "$SEED" >"$RESULTS_DIR/demo-data.txt" 2>"$RESULTS_DIR/demo-data.progress"
load_s="$(( ($(now_ns) - load_start) / 1000000000 ))"
cat "$RESULTS_DIR/demo-data.txt" >&2
echo "bench password 1234" | admin create-user --clinic demo --email bench@demo.test --role clinic-admin --password-stdin >/dev/null
TOKEN="$(admin create-token --email bench@demo.test | tail -1)"

PORT="$(free_port 18090)"
URL="http://127.0.0.1:$PORT"
APP_LOG="$RESULTS_DIR/app.log"
java -jar "$RUN_JAR" --port "$PORT" >"$APP_LOG" 2>&1 &
APP_PID=$!
wait_until_ok "$PORT" /health 120

# A signed-in session for the page: the sign-in form's double-submit token, then the post.
JAR_FILE="$RESULTS_DIR/cookies.txt"
form_token="$(curl -s -c "$JAR_FILE" "$URL/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -o /dev/null -b "$JAR_FILE" -c "$JAR_FILE" --data-urlencode "_csrf=$form_token" \
    --data-urlencode "email=bench@demo.test" --data-urlencode "password=bench password 1234" \
    --data-urlencode "next=/clinic" "$URL/login"

# time_query NAME PATH [api|page]: REPEATS timed requests after 3 untimed ones; prints min, median and max in ms.
time_query() {
    local name="$1" path="$2" kind="${3:-api}" times=() status
    local auth=(-H "Authorization: Bearer $TOKEN")
    [[ "$kind" == page ]] && auth=(-b "$JAR_FILE")
    for _ in 1 2 3; do curl -s -o /dev/null "${auth[@]}" "$URL$path"; done
    for _ in $(seq 1 "$REPEATS"); do
        read -r status seconds < <(curl -s -o "$RESULTS_DIR/$name.body" -w '%{http_code} %{time_total}\n' "${auth[@]}" "$URL$path")
        [[ "$status" == 200 ]] || die "$path answered $status; see $RESULTS_DIR/$name.body"
        times+=("$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')")
    done
    read -r min med max < <(min_median_max "${times[@]}")
    printf 'outcomes db=%s patients=%s query=%s min=%s median=%s max=%s\n' "$DB" "$PATIENTS" "$name" "$min" "$med" "$max"
}

{
    time_query odi-3m "/api/clinic/outcomes?instrument=odi&timepoint=3m"
    time_query nrs-back-12m-claim "/api/clinic/outcomes?instrument=nrs-back&timepoint=12m"
    time_query ndi-6m "/api/clinic/outcomes?instrument=ndi&timepoint=6m"
    time_query zcq-3m-lumbar-2026 "/api/clinic/outcomes?instrument=zcq&timepoint=3m&region=lumbar&from=2026-01-01&to=2026-12-31"
    time_query page-odi "/clinic/outcomes?instrument=odi" page
} | tee "$RESULTS_DIR/summary.txt"

log "wrk $DURATION at 4 connections on the ODI query"
cat >"$RESULTS_DIR/auth.lua" <<EOF
wrk.headers["Authorization"] = "Bearer $TOKEN"
EOF
wrk -t2 -c4 -d"$DURATION" --latency -s "$RESULTS_DIR/auth.lua" "$URL/api/clinic/outcomes?instrument=odi&timepoint=3m" \
    >"$RESULTS_DIR/wrk.txt"
awk '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    END { printf "outcomes-wrk rps=%s p50=%s p99=%s\n", rps, p50, p99 }' "$RESULTS_DIR/wrk.txt" | tee -a "$RESULTS_DIR/summary.txt"
echo "demo-data load: ${load_s}s wall (including JVM start); $(tail -1 "$RESULTS_DIR/demo-data.txt")" | tee -a "$RESULTS_DIR/summary.txt"
