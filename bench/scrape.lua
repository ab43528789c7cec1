-- wrk script: single-hash scrapes of random torrents of the same pool as announce.lua.
-- Env: BENCH_TORRENTS (1000), BENCH_SEED (1), BENCH_CLOSE=1 as in announce.lua.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local C = dofile(dir .. "common.lua")

local T, hashes, headers

function init(args)
  T = C.env_num("BENCH_TORRENTS", 1000)
  math.randomseed(C.env_num("BENCH_SEED", 1) + 104729)
  hashes = C.hashes(T)
  headers = C.headers()
end

function setup(thread)
  C.setup(thread)
end

function request()
  return wrk.format("GET", "/scrape?info_hash=" .. hashes[math.random(0, T - 1)], headers)
end

function response(status, hdrs, body)
  C.count(status, body)
end

function done(summary, latency, requests)
  C.done(summary, latency, "scrape")
end
