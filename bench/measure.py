#!/usr/bin/env python3
"""Runs a command and prints its wall time and the peak resident memory of the children
as JSON: {"status", "wall_s", "maxrss_kb"}. Used by bench/run.mjs for both compilers."""
import json, resource, subprocess, sys, time

start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"status": proc.returncode, "wall_s": wall, "maxrss_kb": usage.ru_maxrss,
                  "stderr": proc.stderr.decode("utf8", "replace")[-2000:]}))
