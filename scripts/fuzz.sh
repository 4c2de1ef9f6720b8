#!/usr/bin/env bash
# Fuzzes each reader (project file, policy, decision record) with libFuzzer under
# AddressSanitizer: scripts/fuzz.sh [RUNS] [READER...]   (RUNS defaults to 1000000).
#
# Why by hand: SwiftPM links a fuzzer executable with an undefined `<Target>_main`, so
# `swift build -Xswiftc -sanitize=fuzzer,address` cannot produce one. Instead InvolveCore is
# built once as a static library with the sanitizers, and each target in scripts/fuzz/ is
# linked against it with `swiftc -sanitize=fuzzer,address`. Seeds are the example files.
# Findings (crashes, leaks, timeouts, memory over the limit) are written to .build/fuzz/ and
# make the script exit non-zero. Nothing here runs in `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
shift || true
readers=("$@")
[ ${#readers[@]} -eq 0 ] && readers=(project policy record)
out=.build/fuzz
mkdir -p "$out/lib"

flags=(-O -sanitize=fuzzer,address -parse-as-library)
if [ ! -f "$out/lib/libInvolveCore.a" ] || [ -n "$(find Sources/InvolveCore -newer "$out/lib/libInvolveCore.a" -name '*.swift' | head -1)" ]; then
    echo "building InvolveCore with -sanitize=fuzzer,address …"
    swiftc "${flags[@]}" -module-name InvolveCore -emit-module -emit-module-path "$out/lib/InvolveCore.swiftmodule" \
        -emit-library -static -o "$out/lib/libInvolveCore.a" $(find Sources/InvolveCore -name '*.swift' | sort)
fi

seeds() {
    case "$1" in
        project) find Examples -name '*.json' -not -path 'Examples/records/*' -not -path 'Examples/policy/*' ;;
        policy) find Examples/policy -name '*.json' ;;
        record) find Examples/records -name '*.json' ;;
    esac
}

status=0
for reader in "${readers[@]}"; do
    [ -f "scripts/fuzz/$reader.swift" ] || { echo "no fuzz target scripts/fuzz/$reader.swift" >&2; exit 2; }
    # The sanitizer runtime makes the linker warn about thousands of local symbols: kept in a log.
    swiftc "${flags[@]}" -I "$out/lib" -L "$out/lib" -lInvolveCore -o "$out/fuzz-$reader" "scripts/fuzz/$reader.swift" \
        2>"$out/link-$reader.log" || { cat "$out/link-$reader.log" >&2; exit 2; }
    corpus="$out/corpus-$reader"
    mkdir -p "$corpus" "$out/findings-$reader"
    seeds "$reader" | while read -r seed; do cp "$seed" "$corpus/"; done
    echo "fuzzing the $reader reader for $runs runs …"
    # -rss_limit_mb: an input may not make a reader use more memory than this (issue 10: 200 MiB
    # for any accepted input; the sanitizer's own overhead is on top, hence 1024).
    if ! "$out/fuzz-$reader" -runs="$runs" -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
        -artifact_prefix="$out/findings-$reader/" -print_final_stats=1 "$corpus" 2>"$out/fuzz-$reader.log"; then
        echo "FINDING in the $reader reader: see $out/fuzz-$reader.log and $out/findings-$reader/" >&2
        status=1
    fi
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^Done' "$out/fuzz-$reader.log" || true
done
exit $status
