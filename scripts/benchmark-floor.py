#!/usr/bin/env python3
"""The floor scripts/benchmark.sh compares involve with: reading and parsing every project file
of a folder in one process, timed inside it (so without Python's own start-up).

    benchmark-floor.py FOLDER REPEAT   # prints: parser, number of files, wall and CPU seconds (median)

The parser is orjson when it is importable (the benchmark installs it into .build/bench-venv);
otherwise Python's json module, and the name printed says so, since it is several times slower
and would make involve's ratios look better than they are.
"""

import os
import sys
import time

try:
    import orjson
    parse, name = orjson.loads, "orjson %s" % orjson.__version__
except ImportError:
    import json
    parse, name = json.loads, "Python json (orjson could not be installed)"


def main():
    folder, repeat = sys.argv[1], int(sys.argv[2])
    paths = sorted(os.path.join(d, f) for d, _, files in os.walk(folder) for f in files if f.endswith(".json"))
    runs = []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for path in paths:
            with open(path, "rb") as handle:
                parse(handle.read())
        runs.append((time.perf_counter() - start, time.process_time() - start_cpu))
    runs.sort()
    wall, cpu = runs[len(runs) // 2]
    print("%s\t%d\t%.6f\t%.6f" % (name, len(paths), wall, cpu))


if __name__ == "__main__":
    main()
