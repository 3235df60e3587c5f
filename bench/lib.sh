# Shared helpers for the SpineChoice benchmark scripts. Source it; do not run it.
#
# What the helpers start: only `java -jar <copy of app/target/spinechoice.jar> --port PORT` with
# SPINECHOICE_DATA_DIR pointing at a fresh temporary folder (see start_app). stop_app ends that
# process by its PID and deletes the folder. Nothing here builds, installs or uses git.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
JAR="${SPINECHOICE_JAR:-$REPO_DIR/app/target/spinechoice.jar}"
# The copy of $JAR the app is started from (see snapshot_jar); set on first use.
RUN_JAR=""
RUN_JAR_DIR=""

# The option page every benchmark measures.
OPTION_PATH="/options/prolotherapy"

# Set by start_app, read by stop_app / the callers.
APP_PID=""
APP_DATA_DIR=""
APP_PORT=""
APP_LOG=""
APP_LAUNCH_NS=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

require() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed (wrk: apt-get install -y wrk)"
    done
}

require_jar() {
    [[ -f "$JAR" ]] || die "no jar at $JAR; build it with ./mvnw -q -B -o -DskipTests package (or run bench/run-all.sh)"
}

# Copies $JAR to a private temporary file and points RUN_JAR at it, so that a build running at the
# same time (which rewrites app/target/spinechoice.jar) cannot break a running benchmark. Waits (up
# to 5 minutes) until the jar is a complete zip, i.e. not half-written by such a build.
snapshot_jar() {
    [[ -z "$RUN_JAR" ]] || return 0
    require_jar
    require unzip sha256sum
    RUN_JAR_DIR="$(mktemp -d -t spinechoice-bench-jar.XXXXXX)"
    RUN_JAR="$RUN_JAR_DIR/spinechoice.jar"
    local deadline=$((SECONDS + 300))
    until cp -- "$JAR" "$RUN_JAR" 2>/dev/null && unzip -tqq "$RUN_JAR" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || die "$JAR stayed incomplete for 5 minutes (a build in progress?)"
        log "waiting for $JAR to be complete (a build in progress?)"
        sleep 5
    done
    log "benchmarking a copy of $JAR (sha256 $(sha256sum "$RUN_JAR" | cut -c1-12))"
}

remove_jar_snapshot() {
    [[ -z "$RUN_JAR_DIR" ]] || rm -rf -- "$RUN_JAR_DIR"
    RUN_JAR=""
    RUN_JAR_DIR=""
}

# The machine is shared: another build or test run steals CPU from both wrk and the app and makes
# the figures meaningless. cpu_busy_pct prints the whole machine's busy CPU % over one second.
cpu_busy_pct() {
    local a b
    read -r -a a < <(grep '^cpu ' /proc/stat)
    sleep 1
    read -r -a b < <(grep '^cpu ' /proc/stat)
    # Fields after "cpu": user nice system idle iowait irq softirq steal ...
    local total=0 i
    for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
    local idle=$((b[4] - a[4] + b[5] - a[5]))
    echo $(( total > 0 ? 100 * (total - idle) / total : 0 ))
}

# Waits until the machine is quiet (under QUIET_MAX_BUSY % busy, default 10, for QUIET_SECONDS
# consecutive seconds, default 3) before a measurement; gives up after QUIET_WAIT seconds (default
# 600) with a warning, which is also written to the file given as $1.
wait_for_quiet() {
    local note_file="$1" max_busy="${QUIET_MAX_BUSY:-10}" need="${QUIET_SECONDS:-3}"
    local deadline=$((SECONDS + ${QUIET_WAIT:-600})) quiet=0 busy warned=""
    while ((quiet < need)); do
        busy="$(cpu_busy_pct)"
        if ((busy < max_busy)); then
            quiet=$((quiet + 1))
        else
            quiet=0
            if [[ -z "$warned" ]]; then
                log "machine is ${busy}% busy (another build?); waiting for it to go quiet"
                warned=1
            fi
            if ((SECONDS >= deadline)); then
                log "WARNING: machine still ${busy}% busy; measuring anyway (figures are suspect)"
                echo "WARNING: measured while the machine was ${busy}% busy with other work" >>"$note_file"
                ps -eo pid,pcpu,etimes,comm --sort=-pcpu | head -6 >>"$note_file"
                return 0
            fi
        fi
    done
}

# Prints a TCP port on 127.0.0.1 that nothing is listening on, starting the search at $1.
free_port() {
    local port="${1:-18080}"
    # Connecting through bash's /dev/tcp succeeds only when something listens there.
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    echo "$port"
}

now_ns() { date +%s%N; }

# start_app PORT LOGFILE: launches (a copy of) the jar in the background on a fresh temporary data
# folder. Records the launch time (ns) in APP_LAUNCH_NS, just before the fork, so start-up timings
# include JVM start. Callers must call cleanup (use a trap).
start_app() {
    APP_PORT="$1"
    APP_LOG="$2"
    APP_DATA_DIR="$(mktemp -d -t spinechoice-bench-data.XXXXXX)"
    snapshot_jar
    APP_LAUNCH_NS="$(now_ns)"
    SPINECHOICE_DATA_DIR="$APP_DATA_DIR" java -jar "$RUN_JAR" --port "$APP_PORT" >"$APP_LOG" 2>&1 &
    APP_PID=$!
}

# Stops the app started by start_app (TERM, then KILL after 15 s) and removes its data folder.
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        local waited=0
        while kill -0 "$APP_PID" 2>/dev/null && ((waited < 150)); do
            sleep 0.1
            waited=$((waited + 1))
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            log "app (pid $APP_PID) ignored TERM for 15 s; killing it"
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
    if [[ -n "$APP_DATA_DIR" && -d "$APP_DATA_DIR" ]]; then
        rm -rf -- "$APP_DATA_DIR"
    fi
    APP_DATA_DIR=""
}

# HTTP status of GET http://127.0.0.1:PORT/PATH, or 000 when nothing answers.
http_status() {
    curl -s -o /dev/null --max-time 2 -w '%{http_code}' "http://127.0.0.1:$1$2" || true
}

# wait_until_ok PORT PATH TIMEOUT_S: waits (polling every 100 ms) until PATH answers 200.
wait_until_ok() {
    local deadline=$((SECONDS + $3))
    until [[ "$(http_status "$1" "$2")" == 200 ]]; do
        [[ -z "$APP_PID" ]] || kill -0 "$APP_PID" 2>/dev/null || die "the app exited; see $APP_LOG"
        ((SECONDS < deadline)) || die "$2 did not answer 200 within $3 s; see $APP_LOG"
        sleep 0.1
    done
}

# Everything start_app and snapshot_jar left behind; for `trap cleanup EXIT`.
cleanup() {
    stop_app
    remove_jar_snapshot
}

# Resident set size of PID in kB, from /proc/PID/status (VmRSS).
rss_kb() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# Prints "min median max" of the numbers given as arguments (median of an even count: the mean of
# the two middle values, rounded down).
min_median_max() {
    printf '%s\n' "$@" | sort -n | awk '
        { v[NR] = $1 }
        END {
            if (NR % 2) med = v[(NR + 1) / 2]; else med = int((v[NR / 2] + v[NR / 2 + 1]) / 2);
            print v[1], med, v[NR]
        }'
}

# Per-process CPU accounting, to name other work that competed with a measurement.
# proc_cpu_snapshot prints "pid jiffies comm" for every process; jiffies = utime + stime + the
# CPU of reaped children (so a build's short-lived test JVMs count towards the build). Not for
# PID 1: it reaps orphans, whose whole lifetime would then count as used during the window.
proc_cpu_snapshot() {
    local stat line rest
    for stat in /proc/[0-9]*/stat; do
        read -r line <"$stat" 2>/dev/null || continue
        [[ -n "$line" ]] || continue
        rest="${line##*) }"               # fields after "pid (comm) "; comm may contain spaces
        local comm="${line#*(}"
        comm="${comm%)*}"
        # shellcheck disable=SC2086
        set -- $rest                      # $1 = state (field 3), so utime (field 14) is ${12}
        local pid="${line%% *}" children=$(( ${14} + ${15} ))
        [[ "$pid" != 1 ]] || children=0
        echo "$pid $(( ${12} + ${13} + children )) ${comm// /_}"
    done
}

# other_cpu BEFORE AFTER SECONDS EXCLUDE_PID...: prints the processes, other than the excluded PIDs
# and wrk/curl, that used more than 5% of a core between the two snapshots, as "comm(pid)=NN%".
other_cpu() {
    local before="$1" after="$2" seconds="$3"
    shift 3
    local hz
    hz="$(getconf CLK_TCK)"
    awk -v hz="$hz" -v secs="$seconds" -v exclude=" $* " '
        NR == FNR { start[$1] = $2; next }
        {
            if (index(exclude, " " $1 " ") || $3 == "wrk" || $3 == "curl") next;
            used = $2 - (($1 in start) ? start[$1] : 0);
            pct = 100 * used / hz / secs;
            if (pct > 5) printf "%s(%s)=%d%% ", $3, $1, pct;
        }' "$before" "$after"
}

# PID of the process listening on 127.0.0.1:PORT (or any address), if ss can tell.
listener_pid() {
    ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true
}

# fresh_postgres NAME: starts the local PostgreSQL 15 cluster if it is down, creates the database NAME owned by the
# role spinechoice (made if missing), points the app at it (SPINECHOICE_DB_*) and defines drop_db to remove it.
fresh_postgres() {
    require psql pg_ctlcluster
    pg_lsclusters | grep -q '^15 *main .*online' || pg_ctlcluster 15 main start
    DB_NAME="$1"
    su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'spinechoice') THEN CREATE ROLE spinechoice LOGIN PASSWORD 'spinechoice'; END IF; END \\\$\\\$;\""
    su postgres -c "psql -q -c 'CREATE DATABASE $DB_NAME OWNER spinechoice'"
    export SPINECHOICE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME"
    export SPINECHOICE_DB_USER=spinechoice SPINECHOICE_DB_PASSWORD=spinechoice
    drop_db() { su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $DB_NAME'" || true; }
}
