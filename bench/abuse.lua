-- wrk script for bench/abuse.sh: the hostile side of each flood. ABUSE_MODE (read in init):
--   random-hash  announces for a new random info hash and peer each time (an open tracker's
--                everyday flood)
--   page         GET ABUSE_PATH ("/" info page, or "/scrape" full scrape)
--   login        POST /login with a wrong password (admin user ABUSE_USER)
-- Prints one "ABUSE k=v ..." line (statuses by class, 5xx apart) for abuse.sh. A 503 with
-- Retry-After is the server's deliberate refusal (too many large pages sent at once, a login
-- check busy): counted as retry503, not in s5xx.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local C = dofile(dir .. "common.lua")

local mode, path, user, k
s2xx, s4xx, s5xx, other, refusals, retry503 = 0, 0, 0, 0, 0, 0

local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  mode = os.getenv("ABUSE_MODE") or "random-hash"
  path = os.getenv("ABUSE_PATH") or "/"
  user = os.getenv("ABUSE_USER") or "operator"
  math.randomseed(os.time() + 7919 * (id or 0))
  k = 0
end

local function random_bytes(n)
  local b = {}
  for j = 1, n do b[j] = math.random(0, 255) end
  return b
end

function request()
  k = k + 1
  if mode == "random-hash" then
    return wrk.format("GET", "/announce?info_hash=" .. C.pct(random_bytes(20))
      .. "&peer_id=-AB0001-" .. string.format("%012d", math.random(0, 999999999))
      .. "&port=" .. math.random(1024, 65535)
      .. "&uploaded=0&downloaded=0&left=1048576&compact=1&numwant=50")
  elseif mode == "login" then
    return wrk.format("POST", "/login",
      { ["Content-Type"] = "application/x-www-form-urlencoded" },
      "username=" .. user .. "&password=guess" .. k .. "&next=%2Fadmin")
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status == 503 and headers["Retry-After"] then retry503 = retry503 + 1
  elseif status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 200 and status < 300 then s2xx = s2xx + 1
  else other = other + 1 end
  if body and string.find(body, "failure reason", 1, true) then refusals = refusals + 1 end
end

function done(summary, latency, requests)
  mode = os.getenv("ABUSE_MODE") or "random-hash"
  local t2, t4, t5, o, f, r = 0, 0, 0, 0, 0, 0
  for _, t in ipairs(threads) do
    t2 = t2 + (t:get("s2xx") or 0); t4 = t4 + (t:get("s4xx") or 0)
    t5 = t5 + (t:get("s5xx") or 0); o = o + (t:get("other") or 0)
    f = f + (t:get("refusals") or 0); r = r + (t:get("retry503") or 0)
  end
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "ABUSE mode=%s requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f s2xx=%d s4xx=%d " ..
    "s5xx=%d retry503=%d other=%d failure_reasons=%d socket_errors=%d timeouts=%d\n",
    mode, summary.requests, summary.requests / secs, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, t2, t4, t5, r, o, f,
    e.connect + e.read + e.write, e.timeout))
end
