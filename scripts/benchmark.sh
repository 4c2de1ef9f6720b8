#!/usr/bin/env bash
# Benchmark of `involve assess` over a large generated folder of project files, each figure
# beside a floor measured in the same run and the ratio to it (issue 16's targets), and of
# `involve report` over a large generated folder of decision records (at the end).
#
#   scripts/benchmark.sh                 # 10,000 projects, seed 42, memory at 100,000
#   COUNT=50000 SEED=7 MEMORY_COUNT=30000 scripts/benchmark.sh
#
# Steps: build involve in release mode with the Swift standard library linked in statically
# (--static-swift-stdlib on Linux, as the README and the install script build it); generate
# COUNT varied project files with scripts/generate-projects.py (seeded, so the same files every
# time) on tmpfs (/dev/shm) when there is one; and measure, each beside its floor:
#
#   - the floor for folders: orjson (Python) reading and parsing the same files in one process,
#     per file (installed into .build/bench-venv; when it cannot be installed, Python's json
#     module, labelled as such: it is slower, so the ratios would look better than they are);
#   - one invocation over the whole folder for each format (written with --output to a file):
#     projects per second, microseconds per project and the ratio to the floor;
#   - peak memory over MEMORY_COUNT files in every format (one run each), beside the peak over
#     COUNT, to show whether memory grows with the number of files;
#   - one small assessment end to end (process start included), as the median of SMALL_RUNS,
#     beside `involve version` and `/bin/true` (the floor);
#   - a single file with many changes (CHANGES: 5,000, 10,000, 20,000 are over the 1,000-item
#     limit, so the file is read, parsed and refused with exit 2; 250, 500 and 1,000 are
#     assessed), to show that time grows linearly with the size of one file.
#
# Wall time and peak memory (maximum resident set size) of each run are measured by Python's
# os.wait4 on the child process. Every run, the floors included, is pinned to one core with
# taskset when it is available, since the targets are per core. Exit codes 1 (findings at the
# threshold) are expected and do not stop the benchmark.
#
# Each folder measurement is repeated REPEAT times after one warm-up run (which also fills
# the page cache); the median run is reported, with the fastest in brackets. A shared or
# virtual machine is noisy: compare the ratios, measured in the same run, rather than figures
# from different runs.
#
# Environment: COUNT (10000), SEED (42), WORK (/dev/shm/involve-bench, or /tmp/involve-bench
# without /dev/shm), AS_OF (2026-01-15), FORMATS ("text json sarif junit markdown codequality
# github"), MEMORY_COUNT (100000; 0 skips it), REPEAT (3), SMALL_RUNS (21), CHANGES ("5000 10000
# 20000"), SKIP_BUILD (unset), RECORDS (10000), RECORD_COUNTS ("2000 20000"), REPORT_FORMATS ("markdown html docx"),
# FULL_COUNTS ("2000 10000"), FULL_FORMATS ("markdown html"),
# ONLY_REPORT (unset: set it to measure only `involve report`).
set -euo pipefail

COUNT=${COUNT:-10000}
SEED=${SEED:-42}
if [[ -d /dev/shm && -w /dev/shm ]]; then DEFAULT_WORK=/dev/shm/involve-bench; else DEFAULT_WORK=/tmp/involve-bench; fi
WORK=${WORK:-$DEFAULT_WORK}
AS_OF=${AS_OF:-2026-01-15}
FORMATS=${FORMATS:-"text json sarif junit markdown codequality github"}
MEMORY_COUNT=${MEMORY_COUNT:-100000}
SMALL_RUNS=${SMALL_RUNS:-21}
REPEAT=${REPEAT:-3}
CHANGES=${CHANGES:-"5000 10000 20000"}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATIC=()
if [[ "$(uname -s)" == "Linux" ]]; then STATIC=(--static-swift-stdlib); fi
INVOLVE="$ROOT/.build/release/involve"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "== building involve (release ${STATIC[*]:-})" >&2
    (cd "$ROOT" && swift build -c release --product involve ${STATIC[@]+"${STATIC[@]}"} 2>&1 | tail -1) >&2
fi
[[ -x "$INVOLVE" ]] || { echo "no release binary at $INVOLVE" >&2; exit 2; }

PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c 0); fi

# The floor's parser: orjson in a virtual environment of its own, else Python's json module.
VENV="$ROOT/.build/bench-venv"
if ! "$VENV/bin/python" -c 'import orjson' >/dev/null 2>&1; then
    echo "== installing orjson into $VENV (the floor)" >&2
    { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q orjson; } >&2 || true
fi
FLOOR_PYTHON=python3
if "$VENV/bin/python" -c 'import orjson' >/dev/null 2>&1; then FLOOR_PYTHON="$VENV/bin/python"; fi
FLOOR_SCRIPT="$ROOT/scripts/benchmark-floor.py"

if [[ -z "${ONLY_REPORT:-}" ]]; then

RULE_IDS=$("$INVOLVE" rules --format json | python3 -c 'import json,sys; print(",".join(r["id"] for r in json.load(sys.stdin)["rules"]))')
mkdir -p "$WORK"
echo "== generating $COUNT project files (seed $SEED) in $WORK/projects" >&2
python3 "$ROOT/scripts/generate-projects.py" --count "$COUNT" --seed "$SEED" --out "$WORK/projects" --rule-ids "$RULE_IDS" >&2
if (( MEMORY_COUNT > 0 )); then
    echo "== generating $MEMORY_COUNT project files (seed $SEED) in $WORK/memory" >&2
    python3 "$ROOT/scripts/generate-projects.py" --count "$MEMORY_COUNT" --seed "$SEED" --out "$WORK/memory" --rule-ids "$RULE_IDS" >&2
fi

# Single files with many changes: an example's change repeated with its figures varied, so
# that the file grows and nothing else does.
mkdir -p "$WORK/changes"
for n in 250 500 1000 $CHANGES; do
    python3 - "$ROOT/Examples/bodies/council-leisure-centre-closure.json" "$n" > "$WORK/changes/changes-$n.json" <<'PY'
import json, sys
project = json.load(open(sys.argv[1]))
first = project["changes"][0]
project["changes"] = [dict(first, description="%s (part %d)" % (first["description"], i), peopleAffected=100 + i)
                      for i in range(int(sys.argv[2]))]
json.dump(project, sys.stdout, indent=2)
PY
done

SMALL="$ROOT/Examples/guidance/t1-diabetes-commissioning-policy.json"

python3 - "$INVOLVE" "$WORK" "$AS_OF" "$COUNT" "$MEMORY_COUNT" "$SMALL" "$SMALL_RUNS" "$FORMATS" "$REPEAT" "${PIN[*]:-}" "$FLOOR_PYTHON" "$FLOOR_SCRIPT" "$CHANGES" <<'PY'
import os, statistics, subprocess, sys, time

(involve, work, as_of, count, memory_count, small, small_runs, formats, repeat, pin, floor_python,
 floor_script, changes) = sys.argv[1:14]
count, memory_count, small_runs, repeat = int(count), int(memory_count), int(small_runs), int(repeat)
pin = pin.split() if pin else []
changes = [int(c) for c in changes.split()]
projects = os.path.join(work, "projects")

def run(args):
    """Runs a command; returns (exit status, wall seconds, peak RSS in MiB, user s, sys s)."""
    start = time.perf_counter()
    process = subprocess.Popen(pin + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return os.waitstatus_to_exitcode(status), wall, usage.ru_maxrss / 1024, usage.ru_utime, usage.ru_stime

def measured(args):
    """The median of `repeat` runs (by wall time), and the fastest wall time."""
    runs = sorted((run(args) for _ in range(repeat)), key=lambda r: r[1])
    return runs[len(runs) // 2], runs[0][1]

def verdict(ok):
    return "met" if ok else "NOT MET"

# Issue 16's targets: projects per second, and the most times the floor (text and JSON).
TARGETS = {"text": (20000, 5.5), "json": (10000, 11.0), "sarif": (12000, None), "junit": (12000, None),
           "markdown": (12000, None), "codequality": (12000, None)}
MEMORY_TARGET_MIB = 64
SMALL_TARGET_TIMES = 4

floor = subprocess.run(pin + [floor_python, floor_script, projects, str(repeat)],
                       capture_output=True, text=True, check=True).stdout
floor_name, floor_files, floor_seconds, floor_cpu_seconds = floor.strip().split("\t")
floor_us = float(floor_seconds) / int(floor_files) * 1e6
floor_cpu_us = float(floor_cpu_seconds) / int(floor_files) * 1e6

run([involve, "assess", projects, "--as-of", as_of])  # warm-up

print()
print("involve assess over %d generated project files in %s, as of %s%s; median of %d runs (fastest)"
      % (count, work, as_of, " (pinned: %s)" % " ".join(pin) if pin else "", repeat))
print("floor: %s reading and parsing the same %s files in one process: %.1f us per file (%.1f us CPU)"
      % (floor_name, floor_files, floor_us, floor_cpu_us))
print("wall: median run (fastest); CPU: user + system time of the median run, which other people's work on a")
print("shared machine does not inflate; targets are judged on CPU time, each ratio to the floor's own CPU time")
HEADER = "%-13s %15s %6s %6s %15s %7s %7s %7s %7s %8s %9s %4s  %s"
ROW = "%-13s %6.2f (%5.2f) %6.2f %6.2f %6.0f (%6.0f) %7.0f %7.1f %7.1f %7.1f %8.1f %9s %4d  %s"
print(HEADER % ("format", "wall s", "user", "sys", "proj/s wall", "CPU/s", "us/proj", "x floor", "CPU x", "peak MiB",
                "output MB", "exit", "targets (CPU)"))
peaks = {}

def folder_row(label, fmt, args, out):
    (status, wall, rss, user, system), fastest = measured(args)
    size = "%.1f" % (os.path.getsize(out) / 1e6) if out and os.path.exists(out) else "-"
    per_second, per_project = count / wall, wall / count * 1e6
    cpu_per_second, cpu_per_project = count / (user + system), (user + system) / count * 1e6
    ratio, cpu_ratio = per_project / floor_us, cpu_per_project / floor_cpu_us
    target = ""
    if fmt in TARGETS:
        minimum, most = TARGETS[fmt]
        target = ">= %d/s %s" % (minimum, verdict(cpu_per_second >= minimum))
        if most:
            target += "; <= %.1fx floor %s" % (most, verdict(cpu_ratio <= most))
    print(ROW % (label, wall, fastest, user, system, per_second, count / fastest, cpu_per_second, per_project, ratio,
                 cpu_ratio, rss, size, status, target))
    return rss

for fmt in formats.split():
    out = os.path.join(work, "report-%s.%s" % (fmt, fmt))
    args = [involve, "assess", projects, "--as-of", as_of, "--format", fmt, "--output", out]
    peaks[fmt] = folder_row(fmt + " (brief)" if fmt == "text" else fmt, fmt, args, out)
# Text to a pipe as well (stdout, no --output), since that is how people run it by hand.
folder_row("text>devnull", None, [involve, "assess", projects, "--as-of", as_of], None)

if memory_count:
    print()
    print("peak memory over %d files (one run each), beside the peak over %d above" % (memory_count, count))
    print("%-13s %8s %8s %9s %9s %4s  %s" % ("format", "wall s", "proj/s", "peak MiB", "at %d" % count, "exit", "target"))
    for fmt in formats.split():
        out = os.path.join(work, "memory-%s.%s" % (fmt, fmt))
        status, wall, rss, _, _ = run([involve, "assess", os.path.join(work, "memory"), "--as-of", as_of, "--format", fmt, "--output", out])
        print("%-13s %8.2f %8.0f %9.1f %9.1f %4d  <= %d MiB %s"
              % (fmt, wall, memory_count / wall, rss, peaks.get(fmt, 0), status, MEMORY_TARGET_MIB, verdict(rss <= MEMORY_TARGET_MIB)))
        if os.path.exists(out):
            os.remove(out)

def small_median(args):
    runs = [run(args) for _ in range(small_runs)]
    return statistics.median(r[1] * 1000 for r in runs), min(r[1] * 1000 for r in runs), max(r[2] for r in runs)

print()
true_ms, true_min, _ = small_median(["/bin/true"])
version_ms, version_min, _ = small_median([involve, "version"])
small_ms, small_min, small_rss = small_median([involve, "assess", small, "--as-of", as_of])
print("one small assessment end to end (%s), median of %d runs (fastest)" % (os.path.basename(small), small_runs))
print("  /bin/true (floor)  %6.2f ms (%5.2f)" % (true_ms, true_min))
print("  involve version    %6.2f ms (%5.2f) %5.1fx floor" % (version_ms, version_min, version_ms / true_ms))
print("  involve assess     %6.2f ms (%5.2f) %5.1fx floor, peak %.1f MiB; target <= %dx floor %s"
      % (small_ms, small_min, small_ms / true_ms, small_rss, SMALL_TARGET_TIMES, verdict(small_ms <= SMALL_TARGET_TIMES * true_ms)))

print()
print("one file with many changes, JSON output; over 1,000 changes the file is read, parsed and refused (exit 2);")
print("time per change excludes the /bin/true floor; median of %d runs" % repeat)
print("%-8s %8s %8s %10s %9s %4s" % ("changes", "file MB", "wall ms", "us/change", "peak MiB", "exit"))
per_change = {}
for n in [250, 500, 1000] + changes:
    path = os.path.join(work, "changes", "changes-%d.json" % n)
    (status, wall, rss, _, _), _ = measured([involve, "assess", path, "--as-of", as_of, "--format", "json",
                                             "--output", os.path.join(work, "changes-out.json")])
    per_change[n] = (wall * 1000 - true_ms) * 1000 / n
    print("%-8d %8.2f %8.1f %10.2f %9.1f %4d" % (n, os.path.getsize(path) / 1e6, wall * 1000, per_change[n], rss, status))
print("time per change, assessed, at 1,000 over at 250: %.2fx (linear: about 1)" % (per_change[1000] / per_change[250]))
if len(changes) >= 2:
    print("time per change, refused, at %d over at %d: %.2fx (linear: about 1; target: stays linear)"
          % (changes[-1], changes[0], per_change[changes[-1]] / per_change[changes[0]]))
PY
fi

# The annual report over generated decision records (scripts/generate-records.py: the example
# year's records with new ids and dates moved back up to two years, so two reporting years and
# the year-on-year table), for each report format, over RECORDS of them and over each count in
# RECORD_COUNTS (symbolic links to the first so many), to show whether peak memory grows with
# the number of records; then with --appendix full over FULL_COUNTS (those of the counts above)
# in FULL_FORMATS. Records per second are given by wall time and by CPU time (user +
# system), since on a shared machine the wall time also counts other people's work, beside
# the floor measured in the same run over the same RECORDS files: orjson (or Python's json
# module, labelled so) parsing each file in one process, plus sha256sum hashing them (what
# involve must at least do: read every record and check its digest).
RECORDS=${RECORDS:-10000}
RECORD_COUNTS=${RECORD_COUNTS:-"2000 20000"}
REPORT_FORMATS=${REPORT_FORMATS:-"markdown html docx"}
FULL_COUNTS=${FULL_COUNTS:-"2000 10000"}
FULL_FORMATS=${FULL_FORMATS:-"markdown html"}
MOST_RECORDS=$RECORDS
for n in $RECORD_COUNTS; do (( n > MOST_RECORDS )) && MOST_RECORDS=$n; done
echo "== generating $MOST_RECORDS decision records (seed $SEED) in $WORK/records-all" >&2
rm -rf "$WORK/records-all" "$WORK"/records-[0-9]*
python3 "$ROOT/scripts/generate-records.py" --count "$MOST_RECORDS" --seed "$SEED" --out "$WORK/records-all"
for n in $RECORDS $RECORD_COUNTS; do
    mkdir -p "$WORK/records-$n"
    # (awk, not head, reads to the end: with pipefail a pipe closed early would stop the script.)
    ls "$WORK/records-all" | sort | awk -v n="$n" 'NR <= n' | while read -r name; do ln -sf "$WORK/records-all/$name" "$WORK/records-$n/$name"; done
done

python3 - "$INVOLVE" "$WORK" "$REPEAT" "${PIN[*]:-}" "$REPORT_FORMATS" "$RECORDS" "$RECORD_COUNTS" "$FLOOR_PYTHON" "$FLOOR_SCRIPT" \
    "$FULL_COUNTS" "$FULL_FORMATS" <<'PY'
import os, subprocess, sys, time

involve, work, repeat, pin, formats, records, counts, floor_python, floor_script, full_counts, full_formats = sys.argv[1:12]
full_counts = [int(n) for n in full_counts.split()]
repeat, pin, records = int(repeat), (pin.split() if pin else []), int(records)
counts = sorted(set([records] + [int(n) for n in counts.split()]))

def run(args):
    start = time.perf_counter()
    process = subprocess.Popen(pin + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - start, usage.ru_maxrss / 1024, usage.ru_utime, usage.ru_stime

folder = os.path.join(work, "records-%d" % records)
paths = sorted(os.path.join(folder, name) for name in os.listdir(folder))
megabytes = sum(os.path.getsize(path) for path in paths) / 1e6
floor = subprocess.run(pin + [floor_python, floor_script, folder, str(repeat)], capture_output=True, text=True, check=True).stdout
parser, _, _, parse_cpu = floor.strip().split("\t")
hashes = sorted((run(["sha256sum"] + paths) for _ in range(repeat)), key=lambda r: r[1])[repeat // 2]
hash_cpu = hashes[3] + hashes[4]
floor_cpu = float(parse_cpu) + hash_cpu

print()
print("involve report over generated decision records (%d of %.0f KB on average), 2024-04-01 to 2026-03-31, default appendix (summary); median of %d runs"
      % (records, megabytes * 1000 / len(paths), repeat))
print("floor over the same %d files, CPU: %s parsing each %.2f s (%.0f records/s) + sha256sum %.2f s (%.0f records/s) = %.2f s (%.0f records/s)"
      % (records, parser, float(parse_cpu), records / float(parse_cpu), hash_cpu, records / hash_cpu, floor_cpu, records / floor_cpu))
print("%-9s %-8s %8s %7s %7s %10s %10s %8s %9s %10s %5s" % ("format", "records", "wall s", "user s", "sys s", "rec/s wall", "rec/s CPU", "x floor", "peak MiB", "output MB", "exit"))
peaks = {}
for fmt in formats.split():
    for count in counts:
        directory = os.path.join(work, "records-%d" % count)
        out = os.path.join(work, "annual-%d.%s" % (count, {"markdown": "md"}.get(fmt, fmt)))
        if os.path.exists(out):
            os.remove(out)
        args = [involve, "report", directory, "--from", "2024-04-01", "--to", "2026-03-31", "--format", fmt, "--output", out]
        status, wall, rss, user, system = sorted((run(args) for _ in range(repeat)), key=lambda r: r[1])[repeat // 2]
        peaks[(fmt, count)] = rss
        # A report that was refused (exit 2) measures nothing: say so rather than print a figure.
        size = "%.1f" % (os.path.getsize(out) / 1e6) if status == 0 and os.path.exists(out) else "-"
        ratio = "%.2f" % ((user + system) / count / (floor_cpu / records)) if count else "-"
        print("%-9s %-8d %8.2f %7.2f %7.2f %10.0f %10.0f %8s %9.1f %10s %5d%s"
              % (fmt, count, wall, user, system, count / wall, count / (user + system), ratio, rss, size, status,
                 "" if status == 0 else "  NOT WRITTEN: run it by hand to see why"))
        if os.path.exists(out):
            os.remove(out)
    if len(counts) >= 2:
        low, high = counts[0], counts[-1]
        print("%-9s peak grows %.1f KB per record from %d to %d records" % (fmt, (peaks[(fmt, high)] - peaks[(fmt, low)]) * 1024 / (high - low), low, high))
print("targets: %d records in under 200 MiB, peak memory flat; >= 2000 records/s on one core (CPU)" % records)

# The full appendix (every record with its trail), one run each: each record is read twice.
full = [n for n in full_counts if n in counts]
if full:
    print()
    print("with --appendix full, one run each")
    print("%-9s %-8s %8s %10s %9s %10s %5s" % ("format", "records", "wall s", "rec/s CPU", "peak MiB", "output MB", "exit"))
    for fmt in full_formats.split():
        for count in full:
            out = os.path.join(work, "annual-full-%d.%s" % (count, {"markdown": "md"}.get(fmt, fmt)))
            status, wall, rss, user, system = run([involve, "report", os.path.join(work, "records-%d" % count), "--from", "2024-04-01",
                                                   "--to", "2026-03-31", "--format", fmt, "--appendix", "full", "--output", out])
            size = "%.1f" % (os.path.getsize(out) / 1e6) if status == 0 and os.path.exists(out) else "-"
            print("%-9s %-8d %8.2f %10.0f %9.1f %10s %5d" % (fmt, count, wall, count / (user + system), rss, size, status))
            if os.path.exists(out):
                os.remove(out)
PY
