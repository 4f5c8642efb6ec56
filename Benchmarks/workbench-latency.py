#!/usr/bin/env python3
"""Time to answer a change on the workbench: N sequential POSTs to /api/figures (what the page
sends after each slider move: analysis, verdict and SVG charts) and to /api/analysis, each with
another copper weight, for the dataset the server was started on (its own scenario count).

    python3 Benchmarks/workbench-latency.py http://127.0.0.1:PORT [N]
"""
import json, statistics, sys, time, urllib.request

url, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100
criteria = [c["id"] for c in json.load(urllib.request.urlopen(url + "/api/analysis"))["criteria"]]
for path in ["/api/figures", "/api/analysis"]:
    times = []
    for k in range(n):
        weights = {c: 1.0 for c in criteria}
        weights["copper"] = (k % 20) / 10
        body = json.dumps({"weights": weights}).encode()
        start = time.perf_counter()
        with urllib.request.urlopen(urllib.request.Request(url + path, body, {"Content-Type": "application/json"})) as r:
            r.read()
        times.append(1000 * (time.perf_counter() - start))
    times.sort()
    p99 = times[min(len(times) - 1, int(round(0.99 * len(times))) - 1)]
    print(f"{path}: {n} changes, median {statistics.median(times):.1f} ms, p99 {p99:.1f} ms, max {times[-1]:.1f} ms")
