#!/usr/bin/env bash
# Benchmark of `involve assess` over a large generated folder of project files, and of
# `involve report` over a large generated folder of decision records (at the end).
#
#   scripts/benchmark.sh                 # 10,000 projects, seed 42
#   COUNT=50000 SEED=7 scripts/benchmark.sh
#
# Steps: build involve in release mode; generate COUNT varied project files with
# scripts/generate-projects.py (seeded, so the same files every time); time one invocation over
# the whole folder for each measured format (written with --output to a file); time a tenth of
# the folder too, to show whether peak memory grows with the number of files; and time one
# small assessment end to end (process start included), as the median of several runs.
#
# Wall time and peak memory (maximum resident set size) of each run are measured by Python's
# os.wait4 on the child process. Runs are pinned to one core with taskset when it is
# available, since the targets are per core. Exit codes 1 (findings at the threshold) are
# expected and do not stop the benchmark.
#
# Each folder measurement is repeated REPEAT times after one warm-up run (which also fills
# the page cache); the median run is reported, with the fastest in brackets, since a shared
# or virtual machine is noisy.
#
# Environment: COUNT (10000), SEED (42), WORK (/tmp/involve-bench), AS_OF (2026-01-15),
# FORMATS ("json text sarif junit markdown codequality github"), REPEAT (3), SMALL_RUNS (21), SKIP_BUILD (unset),
# RECORDS (10000), REPORT_FORMATS ("markdown html docx"), ONLY_REPORT (unset: set it to
# measure only `involve report`).
set -euo pipefail

COUNT=${COUNT:-10000}
SEED=${SEED:-42}
WORK=${WORK:-/tmp/involve-bench}
AS_OF=${AS_OF:-2026-01-15}
FORMATS=${FORMATS:-"json text sarif junit markdown codequality github"}
SMALL_RUNS=${SMALL_RUNS:-21}
REPEAT=${REPEAT:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
INVOLVE="$ROOT/.build/release/involve"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "== building involve (release)" >&2
    (cd "$ROOT" && swift build -c release 2>&1 | tail -1) >&2
fi
[[ -x "$INVOLVE" ]] || { echo "no release binary at $INVOLVE" >&2; exit 2; }

PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c 0); fi

if [[ -z "${ONLY_REPORT:-}" ]]; then
RULE_IDS=$("$INVOLVE" rules --format json | python3 -c 'import json,sys; print(",".join(r["id"] for r in json.load(sys.stdin)["rules"]))')
mkdir -p "$WORK"
echo "== generating $COUNT project files (seed $SEED) in $WORK/projects" >&2
python3 "$ROOT/scripts/generate-projects.py" --count "$COUNT" --seed "$SEED" --out "$WORK/projects" --rule-ids "$RULE_IDS"

# A tenth of the folder, to compare peak memory.
SUBSET="$WORK/subset"
rm -rf "$SUBSET" && mkdir -p "$SUBSET"
DIRS=$(ls -d "$WORK"/projects/org-* | sort)
NDIRS=$(echo "$DIRS" | wc -l)
KEEP=$(( (NDIRS + 9) / 10 ))
for d in $(echo "$DIRS" | head -n "$KEEP"); do ln -s "$d" "$SUBSET/$(basename "$d")"; done
SUBSET_ARGS=$(echo "$DIRS" | head -n "$KEEP" | tr '\n' ' ')
SUBSET_COUNT=$(find $SUBSET_ARGS -name '*.json' | wc -l)

SMALL="$ROOT/Examples/guidance/t1-diabetes-commissioning-policy.json"

python3 - "$INVOLVE" "$WORK" "$AS_OF" "$COUNT" "$SUBSET_COUNT" "$SMALL" "$SMALL_RUNS" "$FORMATS" "$REPEAT" "${PIN[*]:-}" $SUBSET_ARGS <<'PY'
import os, statistics, subprocess, sys, time

involve, work, as_of, count, subset_count, small, small_runs, formats, repeat, pin = sys.argv[1:11]
subset_dirs = sys.argv[11:]
count, subset_count, small_runs, repeat = int(count), int(subset_count), int(small_runs), int(repeat)
pin = pin.split() if pin else []

def run(args, stdout=subprocess.DEVNULL):
    """Runs a command; returns (exit status, wall seconds, peak RSS in MiB, user s, sys s)."""
    start = time.perf_counter()
    process = subprocess.Popen(pin + args, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return os.waitstatus_to_exitcode(status), wall, usage.ru_maxrss / 1024, usage.ru_utime, usage.ru_stime

def measured(args):
    """The median of `repeat` runs (by wall time), and the fastest wall time."""
    runs = sorted((run(args) for _ in range(repeat)), key=lambda r: r[1])
    return runs[len(runs) // 2], runs[0][1]

run([involve, "assess", os.path.join(work, "projects"), "--as-of", as_of])  # warm-up

print()
print("involve assess over %d generated project files, as of %s%s; median of %d runs (fastest)"
      % (count, as_of, " (pinned: %s)" % " ".join(pin) if pin else "", repeat))
print("%-8s %-7s %15s %7s %7s %15s %9s %10s %5s" % ("format", "files", "wall s", "user s", "sys s", "proj/s", "peak MiB", "output MB", "exit"))
def line(fmt, n, result, fastest, size):
    status, wall, rss, user, system = result
    print("%-8s %-7d %6.2f (%5.2f) %7.2f %7.2f %6.0f (%6.0f) %9.1f %10s %5d"
          % (fmt, n, wall, fastest, user, system, n / wall, n / fastest, rss, size, status))

for fmt in formats.split():
    for label, paths, n in (("all", [os.path.join(work, "projects")], count), ("tenth", subset_dirs, subset_count)):
        out = os.path.join(work, "report-%s-%s.%s" % (label, fmt, fmt))
        result, fastest = measured([involve, "assess"] + paths + ["--as-of", as_of, "--format", fmt, "--output", out])
        size = "%.1f" % (os.path.getsize(out) / 1e6) if os.path.exists(out) else "-"
        line(fmt, n, result, fastest, size)

# Text to a pipe as well (stdout, no --output), since that is how people run it by hand.
result, fastest = measured([involve, "assess", os.path.join(work, "projects"), "--as-of", as_of])
line("text>nul", count, result, fastest, "-")

times = []
for _ in range(small_runs):
    _, wall, rss, _, _ = run([involve, "assess", small, "--as-of", as_of])
    times.append(wall * 1000)
print()
print("one small assessment end to end (%s), %d runs: median %.1f ms, min %.1f ms, max %.1f ms, peak %.1f MiB"
      % (os.path.basename(small), small_runs, statistics.median(times), min(times), max(times), rss))
print("targets: >= 5000 projects/s on one core; peak memory flat between a tenth and all files (text, JSON, JUnit); one small assessment < 20 ms")
PY
fi

# The annual report over generated decision records (scripts/generate-records.py: the example
# year's records with new ids and dates moved back up to two years, so two reporting years and
# the year-on-year table), for each report format, over all of them and over a tenth, to show
# that peak memory stays flat (the report keeps each record without its trail). Records per
# second are given by wall time and by CPU time (user + system), since on a shared machine
# the wall time also counts other people's work.
RECORDS=${RECORDS:-10000}
REPORT_FORMATS=${REPORT_FORMATS:-"markdown html docx"}
echo "== generating $RECORDS decision records (seed $SEED) in $WORK/records" >&2
rm -rf "$WORK/records" "$WORK/records-tenth"
python3 "$ROOT/scripts/generate-records.py" --count "$RECORDS" --seed "$SEED" --out "$WORK/records"
mkdir -p "$WORK/records-tenth"
# (awk, not head, reads to the end: with pipefail a pipe closed early would stop the script.)
ls "$WORK/records" | sort | awk -v n=$(( (RECORDS + 9) / 10 )) 'NR <= n' | while read -r name; do ln -s "$WORK/records/$name" "$WORK/records-tenth/$name"; done

python3 - "$INVOLVE" "$WORK" "$REPEAT" "${PIN[*]:-}" "$REPORT_FORMATS" <<'PY'
import os, subprocess, sys, time

involve, work, repeat, pin, formats = sys.argv[1:6]
repeat, pin = int(repeat), (pin.split() if pin else [])

def run(args):
    start = time.perf_counter()
    process = subprocess.Popen(pin + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - start, usage.ru_maxrss / 1024, usage.ru_utime, usage.ru_stime

print()
print("involve report over generated decision records, 2024-04-01 to 2026-03-31, default appendix (summary); median of %d runs" % repeat)
print("%-9s %-8s %8s %7s %7s %10s %10s %9s %10s %5s" % ("format", "records", "wall s", "user s", "sys s", "rec/s wall", "rec/s CPU", "peak MiB", "output MB", "exit"))
for fmt in formats.split():
    for folder in ("records", "records-tenth"):
        directory = os.path.join(work, folder)
        count = len(os.listdir(directory))
        out = os.path.join(work, "annual-%s.%s" % (folder, {"markdown": "md"}.get(fmt, fmt)))
        if os.path.exists(out):
            os.remove(out)
        args = [involve, "report", directory, "--from", "2024-04-01", "--to", "2026-03-31", "--format", fmt, "--output", out]
        status, wall, rss, user, system = sorted((run(args) for _ in range(repeat)), key=lambda r: r[1])[repeat // 2]
        # A report that was refused (exit 2) measures nothing: say so rather than print a figure.
        size = "%.1f" % (os.path.getsize(out) / 1e6) if status == 0 and os.path.exists(out) else "-"
        print("%-9s %-8d %8.2f %7.2f %7.2f %10.0f %10.0f %9.1f %10s %5d%s"
              % (fmt, count, wall, user, system, count / wall, count / (user + system), rss, size, status,
                 "" if status == 0 else "  NOT WRITTEN: run it by hand to see why"))
print("targets: 10,000 records in under 200 MiB, peak memory flat between a tenth and all; >= 2000 records/s on one core")
PY
