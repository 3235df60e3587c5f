#!/usr/bin/env bash
# Runs every SpineChoice benchmark and keeps the raw output in bench/results/<timestamp>/.
#
#   bench/run-all.sh
#
# 1. Builds app/target/spinechoice.jar with ./mvnw -q -B -o -DskipTests package, only if it is missing.
# 2. Records the machine (nproc, memory, java -version, date, jar checksum) in machine.txt.
# 3. bench/startup.sh            (5 start-ups: time to first 200, RSS after start and after load)
# 4. bench/wrk/option-page.sh    (10 s warm-up, then 30 s wrk -t2 -c32 on /options/prolotherapy)
# 5. bench/wrk/api-options.sh    (the same on /api/options)
# Each step starts (and stops) its own copy of the app; see the scripts for their settings.
# Needs wrk (apt-get install -y wrk), curl and java 17.
set -euo pipefail

source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

require java curl wrk

if [[ ! -f "$JAR" ]]; then
    log "no $JAR; building it"
    (cd "$REPO_DIR" && ./mvnw -q -B -o -DskipTests package)
fi

# One private copy of the jar for every step, so all of them measure the same build even if
# another build rewrites app/target/spinechoice.jar meanwhile.
trap cleanup EXIT
trap 'exit 130' INT TERM
snapshot_jar
export SPINECHOICE_JAR="$RUN_JAR"

OUT="$BENCH_DIR/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
log "raw results go to $OUT"

{
    echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc:   $(nproc)"
    echo "cpu:     $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "memory:  $(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "kernel:  $(uname -r)"
    echo "wrk:     $(wrk -v 2>&1 | head -1)"
    echo "jar:     $JAR (sha256 $(sha256sum "$RUN_JAR" | cut -c1-12), built $(stat -c %y "$JAR"))"
    echo "java -version:"
    java -version 2>&1 | sed 's/^/    /'
} | tee "$OUT/machine.txt"

RESULTS_DIR="$OUT" "$BENCH_DIR/startup.sh"
RESULTS_DIR="$OUT" "$BENCH_DIR/wrk/option-page.sh"
RESULTS_DIR="$OUT" "$BENCH_DIR/wrk/api-options.sh"

{
    echo
    echo "=== summary ($OUT)"
    cat "$OUT/startup.summary" "$OUT/wrk-option-page.summary" "$OUT/wrk-api-options.summary"
} | tee "$OUT/summary.txt"
