#!/usr/bin/env bash
# Checks that two involve binaries write byte-identical output, for every assessment format,
# over the Examples (each file alone, with the full detail, and all folders at once) and over a
# generated folder (half of it in format 2, a few files invalid): what an optimization must not
# change.
#
#   scripts/same-output.sh BEFORE AFTER      # e.g. a copy of the release binary, then the new one
#
# Environment: COUNT (2000, generated files), WORK (/dev/shm/involve-same or /tmp/involve-same),
# AS_OF (2026-01-15). Exit status 0 when every output (and exit code) is the same, 1 otherwise.
set -euo pipefail

BEFORE=$1
AFTER=$2
COUNT=${COUNT:-2000}
if [[ -d /dev/shm && -w /dev/shm ]]; then DEFAULT_WORK=/dev/shm/involve-same; else DEFAULT_WORK=/tmp/involve-same; fi
WORK=${WORK:-$DEFAULT_WORK}
AS_OF=${AS_OF:-2026-01-15}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FORMATS="text json sarif junit markdown codequality github html"

rm -rf "$WORK" && mkdir -p "$WORK/before" "$WORK/after" "$WORK/run"
python3 "$ROOT/scripts/generate-projects.py" --count "$COUNT" --seed 42 --out "$WORK/projects" \
    --format2-share 0.5 --invalid-rate 0.01 >/dev/null

# One run: the output file and the exit code, under a name made from the case.
run() {
    local binary=$1 side=$2 name=$3; shift 3
    local status=0
    # Written to the same path by both binaries, since the message on stderr names it.
    "$binary" assess "$@" --as-of "$AS_OF" --output "$WORK/run/$name.out" 2>"$WORK/$side/$name.err" || status=$?
    echo "$status" >"$WORK/$side/$name.status"
    if [[ -e "$WORK/run/$name.out" ]]; then mv "$WORK/run/$name.out" "$WORK/$side/$name.out"; fi
}

EXAMPLES=$(find "$ROOT/Examples" -name '*.json' -not -path '*/records/*' -not -path '*/policy/*' | sort)
cases=0
for format in $FORMATS; do
    for side in before after; do
        binary=$BEFORE; [[ $side == after ]] && binary=$AFTER
        run "$binary" "$side" "generated-$format" "$WORK/projects" --format "$format"
        run "$binary" "$side" "examples-$format" "$ROOT/Examples" --format "$format"
        for file in $EXAMPLES; do
            run "$binary" "$side" "$(echo "${file#"$ROOT"/Examples/}" | tr / -)-$format" "$file" --format "$format" --detail full
        done
    done
    cases=$((cases + 2 + $(echo "$EXAMPLES" | wc -w)))
done

if diff -r -q "$WORK/before" "$WORK/after"; then
    echo "same output: $cases runs, $(du -sh "$WORK/after" | cut -f1) of output, byte-identical (and the same exit codes and messages)"
else
    echo "OUTPUT DIFFERS (see diff -r $WORK/before $WORK/after)" >&2
    exit 1
fi
