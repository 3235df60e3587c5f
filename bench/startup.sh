#!/usr/bin/env bash
# Start-up time and memory of the SpineChoice jar, over RUNS runs (default 5).
#
#   bench/startup.sh
#
# Each run:
#   1. waits for the (shared) machine to be quiet (see wait_for_quiet in lib.sh);
#   2. starts (a copy of) app/target/spinechoice.jar on a free port and a fresh temporary data folder;
#   3. polls GET /health and GET /options/prolotherapy with curl every 20 ms and records the
#      milliseconds from launch to the first 200 of each;
#   4. reads VmRSS from /proc/PID/status right after both answered 200 ("RSS after start");
#   5. loads the app with wrk (-t2 -c32, LOAD_DURATION each, default 20s) on the option page and
#      then on /api/options, and reads VmRSS again ("RSS after load");
#   6. stops the app (SIGTERM) and deletes its data folder.
# A run whose start-up shared the CPU with another process (named via /proc, see other_cpu in
# lib.sh) is discarded and timed again, up to ATTEMPTS (3) times. It then prints min/median/max of
# each figure. It builds nothing (build the jar first, or use
# bench/run-all.sh) and starts nothing else. Traffic goes to 127.0.0.1 only.
#
# Settings (environment): RUNS (5), LOAD_DURATION (20s), START_TIMEOUT (60 seconds), ATTEMPTS (3),
# RESULTS_DIR (default bench/results/<timestamp>-startup): raw per-run output, app logs, wrk output.
set -euo pipefail

source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

RUNS="${RUNS:-5}"
LOAD_DURATION="${LOAD_DURATION:-20s}"
START_TIMEOUT="${START_TIMEOUT:-60}"
RESULTS_DIR="${RESULTS_DIR:-$BENCH_DIR/results/$(date +%Y%m%d-%H%M%S)-startup}"
mkdir -p "$RESULTS_DIR"
RAW="$RESULTS_DIR/startup.txt"
: >"$RAW"

require java curl wrk awk
require_jar

trap cleanup EXIT
trap 'exit 130' INT TERM

elapsed_ms() { echo $(( ($(now_ns) - APP_LAUNCH_NS) / 1000000 )); }

# Polls both paths every 20 ms until each has answered 200 once; sets HEALTH_MS and PAGE_MS.
poll_until_up() {
    HEALTH_MS=""
    PAGE_MS=""
    local deadline_ms=$((START_TIMEOUT * 1000))
    while [[ -z "$HEALTH_MS" || -z "$PAGE_MS" ]]; do
        if [[ -z "$HEALTH_MS" && "$(http_status "$APP_PORT" /health)" == 200 ]]; then
            HEALTH_MS="$(elapsed_ms)"
        fi
        if [[ -z "$PAGE_MS" && "$(http_status "$APP_PORT" "$OPTION_PATH")" == 200 ]]; then
            PAGE_MS="$(elapsed_ms)"
        fi
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start-up; see $APP_LOG"
        (($(elapsed_ms) < deadline_ms)) || die "no 200 within $START_TIMEOUT s; see $APP_LOG"
        sleep 0.02
    done
}

load_app() {  # load_app RUN: wrk on both endpoints, raw output appended to the run's file
    local path
    for path in "$OPTION_PATH" /api/options; do
        echo "--- wrk -t2 -c32 -d$LOAD_DURATION --latency http://127.0.0.1:$APP_PORT$path" >>"$RESULTS_DIR/load-run$1.txt"
        timeout 300 wrk -t2 -c32 -d"$LOAD_DURATION" --latency "http://127.0.0.1:$APP_PORT$path" \
            >>"$RESULTS_DIR/load-run$1.txt"
    done
}

health=() page=() rss_start=() rss_load=()
ATTEMPTS="${ATTEMPTS:-3}"
for run in $(seq 1 "$RUNS"); do
    # A start-up that shared the CPU with other work is timed again, up to ATTEMPTS times.
    for attempt in $(seq 1 "$ATTEMPTS"); do
        wait_for_quiet "$RAW"
        port="$(free_port 18080)"
        log "run $run/$RUNS: starting the app on 127.0.0.1:$port"
        proc_cpu_snapshot >"$RESULTS_DIR/cpu-launch-run$run.txt"
        started=$SECONDS
        start_app "$port" "$RESULTS_DIR/app-run$run.log"
        poll_until_up
        rss_after_start="$(rss_kb "$APP_PID")"
        proc_cpu_snapshot >"$RESULTS_DIR/cpu-up-run$run.txt"
        others_start="$(other_cpu "$RESULTS_DIR/cpu-launch-run$run.txt" "$RESULTS_DIR/cpu-up-run$run.txt" \
            $((SECONDS - started + 1)) $$ "$APP_PID")"
        if [[ -n "$others_start" && "$attempt" -lt "$ATTEMPTS" ]]; then
            log "run $run/$RUNS: other processes used CPU during start-up ($others_start); timing it again"
            echo "discarded run=$run attempt=$attempt health_ms=$HEALTH_MS page_ms=$PAGE_MS other_cpu=$others_start" >>"$RAW"
            stop_app
            continue
        fi
        break
    done

    log "run $run/$RUNS: up (health ${HEALTH_MS} ms, page ${PAGE_MS} ms); loading it for 2 x $LOAD_DURATION"
    proc_cpu_snapshot >"$RESULTS_DIR/cpu-before-run$run.txt"
    started=$SECONDS
    load_app "$run"
    proc_cpu_snapshot >"$RESULTS_DIR/cpu-after-run$run.txt"
    rss_after_load="$(rss_kb "$APP_PID")"
    others="$(other_cpu "$RESULTS_DIR/cpu-before-run$run.txt" "$RESULTS_DIR/cpu-after-run$run.txt" \
        $((SECONDS - started + 1)) $$ "$APP_PID")"
    stop_app

    line="run=$run health_ms=$HEALTH_MS page_ms=$PAGE_MS rss_start_kb=$rss_after_start rss_load_kb=$rss_after_load"
    line+=" other_cpu_during_start=${others_start:-none} other_cpu_during_load=${others:-none}"
    echo "$line" | tee -a "$RAW"
    health+=("$HEALTH_MS") page+=("$PAGE_MS") rss_start+=("$rss_after_start") rss_load+=("$rss_after_load")
done

{
    echo "--- $RUNS runs: min median max"
    printf '%-44s %s\n' \
        "first 200 on /health (ms):" "$(min_median_max "${health[@]}")" \
        "first 200 on $OPTION_PATH (ms):" "$(min_median_max "${page[@]}")" \
        "VmRSS after start (kB):" "$(min_median_max "${rss_start[@]}")" \
        "VmRSS after load (kB):" "$(min_median_max "${rss_load[@]}")"
} | tee -a "$RAW" | tee "$RESULTS_DIR/startup.summary"
