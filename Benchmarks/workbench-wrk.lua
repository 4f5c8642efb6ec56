-- wrk script: POST /api/analysis with a what-if body (copper at zero), as the page sends after a change.
-- wrk -t2 -c4 -d30s --latency -s Benchmarks/workbench-wrk.lua http://127.0.0.1:PORT/api/analysis
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"weights": {"adobe": 1, "copper": 0, "culture": 1, "economy": 1, "pistachio": 2, "population": 1}}'
