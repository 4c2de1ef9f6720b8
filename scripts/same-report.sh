#!/usr/bin/env bash
# Checks that two involve binaries write byte-identical annual reports: every report format
# (Markdown, HTML, Word) with every appendix (none, summary, full), over the example year
# (Examples/records), over a generated folder of sealed records (scripts/generate-records.py)
# and over a folder with a tampered, a truncated, a resealed-but-malformed and a newer-version
# record among good ones (the error messages and exit codes must be the same too), and
# `involve verify` over the same folders: what an optimization of `involve report` must not change.
#
#   scripts/same-report.sh BEFORE AFTER      # e.g. a copy of the release binary, then the new one
#
# Environment: COUNT (2000, generated records), WORK (/dev/shm/involve-same-report or
# /tmp/involve-same-report). Exit status 0 when every output (and exit code) is the same, 1 otherwise.
set -euo pipefail

BEFORE=$1
AFTER=$2
COUNT=${COUNT:-2000}
if [[ -d /dev/shm && -w /dev/shm ]]; then DEFAULT_WORK=/dev/shm/involve-same-report; else DEFAULT_WORK=/tmp/involve-same-report; fi
WORK=${WORK:-$DEFAULT_WORK}
ROOT=$(cd "$(dirname "$0")/.." && pwd)

rm -rf "$WORK" && mkdir -p "$WORK/before" "$WORK/after" "$WORK/run" "$WORK/bad"
python3 "$ROOT/scripts/generate-records.py" --count "$COUNT" --seed 42 --out "$WORK/records" >/dev/null
python3 "$ROOT/scripts/generate-records.py" --count 60 --seed 7 --out "$WORK/bad" >/dev/null
# The bad folder: records that must be refused (or noted) exactly as before.
python3 - "$WORK/bad" <<'PY'
import hashlib, json, os, sys
folder = sys.argv[1]
names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
def text(name):
    return open(os.path.join(folder, name), encoding="utf-8").read()
def write(name, content):
    open(os.path.join(folder, name), "w", encoding="utf-8").write(content)
def sealed(record):
    record["recordSHA256"] = "0" * 64
    content = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    at = content.rindex("0" * 64)
    return content[:at] + digest + content[at + 64:]
# Tampered: a verdict edited after sealing.
content = text(names[0])
write(names[0], content.replace('"value": "', '"value": "x', 1))
# Tampered inside the trail only.
content = text(names[1])
write(names[1], content.replace('"answer": "', '"answer": "Edited. ', 1))
# Truncated: a syntax error.
content = text(names[2])
write(names[2], content[: len(content) // 2])
# A syntax error inside the trail, the rest intact.
content = text(names[3])
at = content.index('"trail"')
write(names[3], content[:at] + content[at:].replace('"step": ', '"step": +', 1))
# An unknown key at the top (a note, not an error), resealed.
record = json.loads(text(names[4])); record["addedLater"] = 1; write(names[4], sealed(record))
# A newer format version, resealed.
record = json.loads(text(names[5])); record["formatVersion"] = 9; write(names[5], sealed(record))
# A wrong type outside the trail, resealed.
record = json.loads(text(names[6])); record["asOf"] = 20250101; write(names[6], sealed(record))
# Without a digest (an old record): read as before.
record = json.loads(text(names[7])); record.pop("recordSHA256"); write(names[7], json.dumps(record, indent=2) + "\n")
PY
mkdir -p "$WORK/bad-good"
for name in $(ls "$WORK/bad" | sort | tail -n 40); do cp "$WORK/bad/$name" "$WORK/bad-good/"; done

# One run: the output file, standard error and the exit code, under a name made from the case.
run() {
    local binary=$1 side=$2 name=$3; shift 3
    local status=0
    # Written to the same path by both binaries, since the message on stderr names it.
    "$binary" "$@" --output "$WORK/run/$name.out" >"$WORK/$side/$name.stdout" 2>"$WORK/$side/$name.err" || status=$?
    echo "$status" >"$WORK/$side/$name.status"
    if [[ -e "$WORK/run/$name.out" ]]; then mv "$WORK/run/$name.out" "$WORK/$side/$name.out"; fi
}
verify() {
    local binary=$1 side=$2 name=$3; shift 3
    local status=0
    "$binary" verify "$@" >"$WORK/$side/$name.stdout" 2>"$WORK/$side/$name.err" || status=$?
    echo "$status" >"$WORK/$side/$name.status"
}

cases=0
for side in before after; do
    binary=$BEFORE; [[ $side == after ]] && binary=$AFTER
    for format in markdown html docx; do
        for appendix in none summary full; do
            run "$binary" "$side" "examples-$format-$appendix" report "$ROOT/Examples/records" \
                --from 2025-04-01 --to 2026-03-31 --format "$format" --appendix "$appendix"
            run "$binary" "$side" "generated-$format-$appendix" report "$WORK/records" \
                --from 2024-04-01 --to 2026-03-31 --format "$format" --appendix "$appendix"
            run "$binary" "$side" "bad-$format-$appendix" report "$WORK/bad" \
                --from 2024-04-01 --to 2026-03-31 --format "$format" --appendix "$appendix"
            run "$binary" "$side" "bad-good-$format-$appendix" report "$WORK/bad-good" \
                --from 2024-04-01 --to 2026-03-31 --format "$format" --appendix "$appendix"
        done
    done
    # A shorter period and a named organisation, Markdown to standard output.
    status=0
    "$binary" report "$ROOT/Examples/records" --from 2025-07-01 --to 2025-12-31 --organisation "NHS Example" \
        >"$WORK/$side/examples-stdout.md" 2>"$WORK/$side/examples-stdout.err" || status=$?
    echo "$status" >"$WORK/$side/examples-stdout.status"
    verify "$binary" "$side" verify-examples "$ROOT/Examples/records"
    verify "$binary" "$side" verify-bad "$WORK/bad"
done
cases=$(( 3 * 3 * 4 + 3 ))

if diff -r -q "$WORK/before" "$WORK/after"; then
    echo "same reports: $cases runs, $(du -sh "$WORK/after" | cut -f1) of output, byte-identical (and the same exit codes and messages)"
else
    echo "REPORTS DIFFER (see diff -r $WORK/before $WORK/after)" >&2
    exit 1
fi
