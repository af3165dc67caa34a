-- wrk: POST /api/plan with the desk-worker intake (examples/desk-worker.yaml as JSON) as the body.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open("bench/desk-worker.json", "rb"))
wrk.body = file:read("*a")
file:close()
