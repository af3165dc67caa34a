-- wrk: signed-in therapists at work on the clients in their care, in the proportions of a clinic's day: mostly
-- reading (client lists, plans, progress), now and then logging a session or a questionnaire through the API.
-- Started by bench/clinic-load with the file of sign-ins as its argument: one line per therapist,
-- "cookie csrf-token client-id,client-id,...".
local therapists = {}
local today = os.date("!%Y-%m-%d")
local pending -- the chart of the progress page just asked for: a browser asks for it next

function init(args)
  for line in io.lines(args[1]) do
    local cookie, csrf, clients = line:match("^(%S+) (%S+) (%S+)$")
    local ids = {}
    for id in clients:gmatch("[^,]+") do ids[#ids + 1] = id end
    therapists[#therapists + 1] = {cookie = cookie, csrf = csrf, clients = ids}
  end
  math.randomseed(os.time() * 1000 + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 1000)
end

local function get(t, path, accept)
  return wrk.format("GET", path, {["Cookie"] = "backcare_session=" .. t.cookie, ["Accept"] = accept or "application/json"})
end

local function post(t, path, body)
  return wrk.format("POST", path, {["Cookie"] = "backcare_session=" .. t.cookie, ["X-CSRF-Token"] = t.csrf,
    ["Content-Type"] = "application/json"}, body)
end

local session = '{"date":"%s","minutes":50,"areas":[{"region":"lower-back","minutes":30},{"region":"mid-back","minutes":15}],'
  .. '"techniques":["swedish"],"pressure":"moderate","painBefore":%d,"painAfter":%d}'

-- Each route: its weight (share of the requests), and the request for a therapist and one of their clients.
local routes = {
  {14, function(t, c) return get(t, "/api/clients?limit=50") end},
  {10, function(t, c) return get(t, "/api/clients/" .. c) end},
  {22, function(t, c) return get(t, "/api/clients/" .. c .. "/plan") end},
  {22, function(t, c)
    pending = get(t, "/clients/" .. c .. "/progress/pain.svg", "image/svg+xml")
    return get(t, "/clients/" .. c .. "/progress", "text/html")
  end},
  {8, function(t, c) return get(t, "/api/clients/" .. c .. "/progress") end},
  {6, function(t, c) return get(t, "/api/clients/" .. c .. "/sessions") end},
  {4, function(t, c)
    local pain = math.random(3, 8)
    return post(t, "/api/clients/" .. c .. "/sessions", session:format(today, pain, pain - 2))
  end},
  {2, function(t, c)
    return post(t, "/api/clients/" .. c .. "/measures",
      ('{"instrument":"nprs","date":"%s","answers":[%d]}'):format(today, math.random(2, 8)))
  end},
  -- The appointment book (issue 11, being built on its own branch) goes here once it is merged: a therapist's day
  -- sheet (about 15, read at the start of each session) and booking (about 3), taken from the reads above.
}

local total = 0
for _, route in ipairs(routes) do total = total + route[1] end

function request()
  if pending then
    local chart = pending
    pending = nil
    return chart
  end
  local t = therapists[math.random(#therapists)]
  local c = t.clients[math.random(#t.clients)]
  local pick = math.random(total)
  for _, route in ipairs(routes) do
    pick = pick - route[1]
    if pick <= 0 then return route[2](t, c) end
  end
end
