-- wrk: signed-in therapists at work on the clients in their care, in the proportions of a clinic's day: mostly
-- reading (day sheets, client lists, plans, progress), now and then logging a session or a questionnaire or booking a
-- visit through the API.
-- Started by bench/clinic-load with the file of sign-ins as its argument: one line per therapist,
-- "username cookie csrf-token client-id,client-id,...", then wrk's number of threads and the first day to book.
local therapists = {}
local today = os.date("!%Y-%m-%d")
local pending -- the chart of the progress page just asked for: a browser asks for it next
local booked, thread_count, first_day = 0, 1, 1 -- see nextFreeHour

function init(args)
  for line in io.lines(args[1]) do
    local username, cookie, csrf, clients = line:match("^(%S+) (%S+) (%S+) (%S+)$")
    local ids = {}
    for id in clients:gmatch("[^,]+") do ids[#ids + 1] = id end
    therapists[#therapists + 1] = {username = username, cookie = cookie, csrf = csrf, clients = ids}
  end
  thread_count, first_day = tonumber(args[2]), tonumber(args[3])
  math.randomseed(os.time() * 1000 + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 1000)
end

-- Bookings take the hours from a day on, one each, shared out between wrk's threads so that none clash: a clinic
-- books a visit where the time is free. The second argument is how many threads wrk runs, the third the first day
-- (in days from today), so that two runs on one database do not book the same hours.
local numbered = 0
function setup(thread)
  thread:set("thread_number", numbered)
  numbered = numbered + 1
end

function nextFreeHour()
  local hour = booked * thread_count + thread_number
  booked = booked + 1
  local day = os.date("!%Y-%m-%d", os.time() + (first_day + math.floor(hour / 24)) * 86400)
  return ("%sT%02d:00"):format(day, hour % 24)
end

local function get(t, path, accept)
  return wrk.format("GET", path, {["Cookie"] = "backcare_session=" .. t.cookie, ["Accept"] = accept or "application/json"})
end

local function post(t, path, body)
  return wrk.format("POST", path, {["Cookie"] = "backcare_session=" .. t.cookie, ["X-CSRF-Token"] = t.csrf,
    ["Content-Type"] = "application/json"}, body)
end

-- Every client is seen many times a day under this load, so each session confirms it is another one on the same day.
local session = '{"date":"%s","minutes":50,"areas":[{"region":"lower-back","minutes":30},{"region":"mid-back","minutes":15}],'
  .. '"techniques":["swedish"],"pressure":"moderate","painBefore":%d,"painAfter":%d,"sameDay":true}'

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
    local pain = math.random(1, 3) -- better than at intake: a client getting worse is referred, and not massaged
    return post(t, "/api/clients/" .. c .. "/sessions", session:format(today, pain, pain - 1))
  end},
  {2, function(t, c)
    return post(t, "/api/clients/" .. c .. "/measures",
      ('{"instrument":"nprs","date":"%s","answers":[%d]}'):format(today, math.random(1, 3)))
  end},
  {15, function(t, c) return get(t, "/schedule?day=" .. today, "text/html") end},
  {3, function(t, c)
    return post(t, "/api/appointments", ('{"client":"%s","start":"%s","minutes":45,"therapist":"%s"}')
      :format(c, nextFreeHour(), t.username))
  end},
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
