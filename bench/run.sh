#!/usr/bin/env bash
# End-to-end throughput and peak memory of `attache code` and `attache ingest`
# on the synthetic corpus (`attache gen-corpus`). See BENCHMARKS.md.
#
#   bench/run.sh                      # 10,000 and 100,000 articles, 1 thread and all cores
#   SIZES=1000000 CMDS=ingest THREADS=0 RUNS=1 bench/run.sh   # the 1M-article ingest
#
# Environment:
#   SIZES    corpus sizes in articles          (default "10000 100000")
#   SEED     corpus seed                       (default 1)
#   PROFILE  corpus profile, news or dense     (default news; see `attache gen-corpus --help`)
#   RUNS     runs per measurement; the median wall time is reported (default 3;
#            runs on corpora of 100,000 articles or more default to 1)
#   CMDS     commands to measure               (default "code ingest")
#   THREADS  thread counts; 0 = all cores      (default "1 0")
#
# Output: one markdown table row per measurement on stdout, also appended to
# bench/out/results.md. Corpora, databases and logs go to bench/out/
# (git-ignored). Peak RSS comes from GNU time (`/usr/bin/time -v`), Debian
# package `time`; without it the RSS column says n/a. CI does not run this.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=bench/out
mkdir -p "$OUT"
SIZES=${SIZES:-"10000 100000"}
SEED=${SEED:-1}
PROFILE=${PROFILE:-news}
CMDS=${CMDS:-"code ingest"}
THREADS=${THREADS:-"1 0"}
CORES=$(nproc)
BIN=$OUT/attache   # a copy, so that a rebuild during the run does not change the binary

GNU_TIME=/usr/bin/time
if ! "$GNU_TIME" -v true >/dev/null 2>&1; then
    echo "bench/run.sh: GNU time not found at $GNU_TIME; peak RSS will read n/a." >&2
    echo "bench/run.sh: install it with: sudo apt-get install time" >&2
    GNU_TIME=""
fi

echo "bench/run.sh: building release" >&2
cargo build --release -p attache >&2
cp target/release/attache "$BIN"
BIN_SUM=$(sha1sum "$BIN" | cut -c1-12)

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# Run "$@" once under GNU time; print "wall_seconds max_rss_kb cpu_seconds" and keep stderr in $LOG.
timed() {
    if [ -n "$GNU_TIME" ]; then
        "$GNU_TIME" -v -o "$LOG.time" "$@" 2>"$LOG" >/dev/null
        awk -F': ' '
            /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
            /Maximum resident set size/ { rss = $2 }
            /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
            END { print wall, rss, cpu }' "$LOG.time"
    else
        local t0 t1
        t0=$(date +%s.%N)
        "$@" 2>"$LOG" >/dev/null
        t1=$(date +%s.%N)
        echo "$(echo "$t1 - $t0" | bc -l) 0 0"
    fi
}

COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "uncommitted")
git diff --quiet HEAD 2>/dev/null || COMMIT="$COMMIT+dirty"
HEADER="| date | commit | command | articles | threads | runs | wall s (median) | articles/s | sentences/s | MB/s | articles per CPU-s | peak RSS MB | load at start |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
[ -s "$OUT/results.md" ] || echo "$HEADER" >"$OUT/results.md"
echo "$HEADER"

for N in $SIZES; do
    CORPUS="$OUT/corpus-$N-s$SEED-$PROFILE.jsonl"
    META="$CORPUS.meta"
    # The corpus depends on the seed and on the dictionaries built into the
    # binary: regenerate it when the binary changed.
    if [ ! -s "$CORPUS" ] || ! grep -q "binary $BIN_SUM" "$META" 2>/dev/null; then
        echo "bench/run.sh: generating $CORPUS" >&2
        t0=$(date +%s.%N)
        "$BIN" gen-corpus --articles "$N" --seed "$SEED" --profile "$PROFILE" --out "$CORPUS" 2>"$META"
        t1=$(date +%s.%N)
        echo "generated in $(echo "$t1 - $t0" | bc -l) s by binary $BIN_SUM" >>"$META"
        cat "$META" >&2
    fi
    # Text megabytes, as reported by gen-corpus ("..., 12.3 MB").
    MB=$(grep -o '[0-9.]* MB' "$META" | head -1 | cut -d' ' -f1)
    SENTENCES=""
    RUNS_N=${RUNS:-$([ "$N" -ge 100000 ] && echo 1 || echo 3)}

    for CMD in $CMDS; do
        for T in $THREADS; do
            TN=$([ "$T" = 0 ] && echo "$CORES" || echo "$T")
            LOG="$OUT/$CMD-$N-t$TN.log"
            LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
            walls=""
            cpus=""
            rss_max=0
            for _ in $(seq "$RUNS_N"); do
                DB="$OUT/bench-$N.db"
                rm -f "$DB" "$DB-wal" "$DB-shm"
                case "$CMD" in
                    code) read -r wall rss cpu < <(timed "$BIN" code --threads "$T" "$CORPUS") ;;
                    ingest) read -r wall rss cpu < <(timed "$BIN" ingest -q --db "$DB" --threads "$T" "$CORPUS") ;;
                    *) echo "unknown command $CMD" >&2; exit 2 ;;
                esac
                walls="$walls $wall"
                cpus="$cpus $cpu"
                [ "$rss" -gt "$rss_max" ] && rss_max=$rss
            done
            if [ "$CMD" = code ]; then
                # "N articles read, N coded, N skipped; S sentences, E events"
                SENTENCES=$(grep -o '[0-9]* sentences' "$LOG" | tail -1 | cut -d' ' -f1)
            fi
            if [ -z "$SENTENCES" ]; then
                SENTENCES=$(grep -o '[0-9]* sentences' "$LOG" | tail -1 | cut -d' ' -f1 || true)
            fi
            WALL=$(echo "$walls" | tr ' ' '\n' | grep . | median)
            CPU=$(echo "$cpus" | tr ' ' '\n' | grep . | median)
            ROW=$(awk -v d="$(date -u +%Y-%m-%d)" -v c="$COMMIT" -v cmd="$CMD" -v n="$N" -v t="$TN" -v r="$RUNS_N" \
                -v p="$PROFILE" -v w="$WALL" -v cpu="$CPU" -v s="${SENTENCES:-0}" -v mb="${MB:-0}" -v rss="$rss_max" -v load="$LOAD" 'BEGIN {
                    rsscol = (rss > 0) ? sprintf("%.0f", rss / 1024) : "n/a";
                    cpucol = (cpu > 0) ? sprintf("%.0f", n / cpu) : "n/a";
                    printf "| %s | %s | `attache %s`, %s | %d | %d | %d | %.2f | %.0f | %.0f | %.2f | %s | %s | %s |\n",
                        d, c, cmd, p, n, t, r, w, n / w, s / w, mb / w, cpucol, rsscol, load }')
            echo "$ROW"
            echo "$ROW" >>"$OUT/results.md"
        done
    done
done
