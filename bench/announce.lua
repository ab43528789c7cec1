-- wrk script: announces of random (torrent, peer) pairs over a deterministic pool.
-- Env (read in init): BENCH_TORRENTS (1000), BENCH_PEERS (100000), BENCH_NUMWANT (50),
-- BENCH_SEED (1), BENCH_EXTRA (appended to each query, e.g. "&password=x"), BENCH_CLOSE=1 adds "Connection: close" (a new connection per request),
-- BENCH_SEQ=1: request k announces peer k to torrent k % BENCH_TORRENTS, and the thread stops
-- after BENCH_PEERS answers (each peer announced once: used to load the memory test), writing
-- the file BENCH_DONE_FILE if set.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local C = dofile(dir .. "common.lua")

local T, P, numwant, seq, hashes, headers, k, extra

function init(args)
  T = C.env_num("BENCH_TORRENTS", 1000)
  P = C.env_num("BENCH_PEERS", 100000)
  numwant = C.env_num("BENCH_NUMWANT", 50)
  extra = os.getenv("BENCH_EXTRA") or ""
  seq = os.getenv("BENCH_SEQ") == "1"
  math.randomseed(C.env_num("BENCH_SEED", 1) + 7919 * (id or 0))
  hashes = C.hashes(T)
  headers = C.headers()
  k = 0
end

function setup(thread)
  C.setup(thread)
end

function request()
  local t, p
  if seq then
    p = k % P
    t = p % T
  else
    t = math.random(0, T - 1)
    p = math.random(0, P - 1)
  end
  k = k + 1
  local path = "/announce?info_hash=" .. hashes[t]
      .. "&peer_id=-BN0001-" .. string.format("%012d", p)
      .. "&port=" .. (1024 + p % 64511)
      .. "&uploaded=0&downloaded=0&left=" .. (p % 4 == 0 and 0 or 1048576)
      .. "&compact=1&numwant=" .. numwant .. extra
  return wrk.format("GET", path, headers)
end

function response(status, hdrs, body)
  C.count(status, body)
  if seq and responses == P then
    -- wrk sleeps for its whole -d whatever the threads do: tell run.sh, which stops wrk.
    local f = os.getenv("BENCH_DONE_FILE")
    if f then local h = io.open(f, "w"); h:write(k, "\n"); h:close() end
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  C.done(summary, latency, "announce")
end
