#!/usr/bin/env bash
# Load-tests one SpineChoice endpoint with wrk: a warm-up run, then the measured run.
#
#   bench/wrk/run.sh option-page|api-options
#
#   option-page  -> GET http://127.0.0.1:PORT/options/prolotherapy
#   api-options  -> GET http://127.0.0.1:PORT/api/options
#   triage       -> POST http://127.0.0.1:PORT/api/triage with the contract's example intake (wrk/triage.lua)
#
# What it starts:
#   * BENCH_PORT set   -> nothing: it loads the app already listening on 127.0.0.1:BENCH_PORT.
#   * BENCH_PORT unset -> the built jar (app/target/spinechoice.jar) on a free port and a fresh
#                         temporary data folder, stopped and deleted when the script exits.
# It builds nothing. Traffic goes to 127.0.0.1 only; every wrk run is bounded by -d.
#
# Settings (environment): WARMUP (10s), DURATION (30s), THREADS (2), CONNECTIONS (32),
# ATTEMPTS (3; see below), RESULTS_DIR (default bench/results/<timestamp>-wrk-<target>): where the raw wrk output goes.
#
# Before the warm-up it waits for the (shared) machine to be quiet (see wait_for_quiet in lib.sh).
# If another process still used CPU during the measured run, it names it and measures again (on a
# freshly started app, warm-up included, unless BENCH_PORT is set), up to ATTEMPTS times; the summary
# names any process that used CPU in the last attempt.
#
# Prints one summary line on stdout:
#   <target> rps=<req/s> p50=<ms> p90=<ms> p99=<ms> non2xx=<n> socket_errors=<text> other_cpu=<list|none>
set -euo pipefail

source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"

TARGET="${1:-}"
SCRIPT=""
case "$TARGET" in
    option-page) URL_PATH="$OPTION_PATH" ;;
    api-options) URL_PATH="/api/options" ;;
    triage) URL_PATH="/api/triage"; SCRIPT="$BENCH_DIR/wrk/triage.lua" ;;
    *) die "usage: $0 option-page|api-options|triage" ;;
esac

WARMUP="${WARMUP:-10s}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
RESULTS_DIR="${RESULTS_DIR:-$BENCH_DIR/results/$(date +%Y%m%d-%H%M%S)-wrk-$TARGET}"
mkdir -p "$RESULTS_DIR"

require wrk curl java

trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts a private app (fresh JVM, fresh data folder) when BENCH_PORT is unset.
start_own_app() {
    PORT="$(free_port 18080)"
    log "starting $JAR on 127.0.0.1:$PORT (fresh data folder)"
    start_app "$PORT" "$RESULTS_DIR/app-wrk-$TARGET.log"
    wait_until_ok "$PORT" /health 60
}

if [[ -n "${BENCH_PORT:-}" ]]; then
    PORT="$BENCH_PORT"
else
    require_jar
    start_own_app
fi

URL="http://127.0.0.1:$PORT$URL_PATH"
if [[ "$TARGET" == triage ]]; then
    # The triage endpoint takes a POST; check it with the same body wrk sends.
    body="$(sed -n '/\[\[/,/\]\]/p' "$SCRIPT" | sed 's/^.*\[\[//; s/\]\].*$//')"
    status="$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' -H 'Content-Type: application/json' \
        --data "$body" "http://127.0.0.1:$PORT$URL_PATH" || true)"
else
    status="$(http_status "$PORT" "$URL_PATH")"
fi
[[ "$status" == 200 ]] || die "$URL answered $status, not 200"

# Seconds for `timeout`: a safety net in case wrk hangs; wrk itself stops after -d.
to_seconds() { local d="$1"; case "$d" in *m) echo $(( ${d%m} * 60 ));; *s) echo "${d%s}";; *) echo "$d";; esac; }

run_wrk() {  # run_wrk DURATION OUTFILE
    timeout $(( $(to_seconds "$1") + 60 )) \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency ${SCRIPT:+-s "$SCRIPT"} "$URL" >"$2"
}

RAW="$RESULTS_DIR/wrk-$TARGET.txt"
: >"$RAW"

# The machine may be shared: if other processes used CPU during the measured run, the figures are
# not this app's, so wait for quiet and measure again, up to ATTEMPTS times in all. Each attempt's
# raw output is kept in wrk-<target>.attemptN.txt; the last one becomes wrk-<target>.txt.
ATTEMPTS="${ATTEMPTS:-3}"
for attempt in $(seq 1 "$ATTEMPTS"); do
    attempt_raw="$RESULTS_DIR/wrk-$TARGET.attempt$attempt.txt"
    : >"$attempt_raw"
    # A retry on a private app restarts it, so every attempt gets exactly WARMUP of warm-up (an
    # app that already served the failed attempts would be warmer and measure faster).
    if ((attempt > 1)) && [[ -n "$APP_PID" ]]; then
        stop_app
        start_own_app
        URL="http://127.0.0.1:$PORT$URL_PATH"
    fi
    wait_for_quiet "$attempt_raw"

    log "$TARGET: warm-up $WARMUP against $URL (attempt $attempt/$ATTEMPTS)"
    run_wrk "$WARMUP" "$RESULTS_DIR/wrk-$TARGET-warmup.attempt$attempt.txt"
    log "$TARGET: measuring $DURATION (-t$THREADS -c$CONNECTIONS)"
    # CPU used by every process before/after the run, to spot other work competing for the CPU.
    proc_cpu_snapshot >"$RESULTS_DIR/cpu-before-$TARGET.attempt$attempt.txt"
    started=$SECONDS
    run_wrk "$DURATION" "$RESULTS_DIR/wrk-$TARGET.out"
    proc_cpu_snapshot >"$RESULTS_DIR/cpu-after-$TARGET.attempt$attempt.txt"
    cat "$RESULTS_DIR/wrk-$TARGET.out" >>"$attempt_raw"
    rm -f -- "$RESULTS_DIR/wrk-$TARGET.out"
    others="$(other_cpu "$RESULTS_DIR/cpu-before-$TARGET.attempt$attempt.txt" \
        "$RESULTS_DIR/cpu-after-$TARGET.attempt$attempt.txt" \
        $((SECONDS - started + 1)) $$ "${APP_PID:-$(listener_pid "$PORT")}")"
    echo "Other processes using CPU during the run: ${others:-none}" >>"$attempt_raw"
    if [[ -n "$APP_PID" ]]; then
        echo "VmRSS after load: $(rss_kb "$APP_PID") kB" >>"$attempt_raw"
    fi
    cp -- "$attempt_raw" "$RAW"
    [[ -n "$others" ]] || break
    log "WARNING: other processes used CPU during the measurement: $others"
done

# wrk prints latencies with units (us, ms, s); convert the percentiles to milliseconds.
awk -v target="$TARGET" -v others="${others:-none}" '
    function ms(v) {
        if (v ~ /us$/) return sprintf("%.2f", v / 1000);
        if (v ~ /ms$/) return sprintf("%.2f", v + 0);
        if (v ~ /s$/)  return sprintf("%.2f", v * 1000);
        return v;
    }
    /^ +50%/ { p50 = ms($2) }
    /^ +90%/ { p90 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { sub(/^ *Socket errors: */, ""); gsub(/, /, ","); gsub(/ /, "="); errors = $0 }
    END {
        gsub(/ /, ",", others); sub(/,$/, "", others);
        printf "%s rps=%s p50=%s p90=%s p99=%s non2xx=%d socket_errors=%s other_cpu=%s\n",
            target, rps, p50, p90, p99, non2xx, (errors == "" ? "none" : errors), others
    }' "$RAW" | tee "$RESULTS_DIR/wrk-$TARGET.summary"
