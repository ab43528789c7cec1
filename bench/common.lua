-- Shared by announce.lua and scrape.lua (loaded with dofile from the same directory).
--
-- Deterministic pool, reproducible outside Lua (bench/hashes.sh does the same in awk):
--   info hash of torrent i (0-based): x = i + 1; 8 times x = x * 48271 % 2147483647 (MINSTD,
--   exact in doubles); then 20 times { x = x * 48271 % 2147483647; byte = x % 256 }.
--   peer id of peer p: "-BN0001-" .. string.format("%012d", p)
--   port of peer p: 1024 + p % 64511 (opentracker keys peers by ip:port, and every request comes
--   from 127.0.0.1, so the port must tell the peers apart)
--   peer p seeds (left=0) when p % 4 == 0: a quarter of the peers.
local C = {}

local MOD, MUL = 2147483647, 48271

function C.env_num(name, default)
  local v = os.getenv(name)
  if v == nil or v == "" then return default end
  return tonumber(v)
end

function C.hash_bytes(i)
  local x = i + 1
  for _ = 1, 8 do x = (x * MUL) % MOD end
  local b = {}
  for j = 1, 20 do
    x = (x * MUL) % MOD
    b[j] = x % 256
  end
  return b
end

-- Percent-encodes as clients do: unreserved characters literal, the rest %XX.
function C.pct(bytes)
  local out = {}
  for j = 1, #bytes do
    local c = bytes[j]
    if (c >= 48 and c <= 57) or (c >= 65 and c <= 90) or (c >= 97 and c <= 122)
        or c == 45 or c == 46 or c == 95 or c == 126 then
      out[j] = string.char(c)
    else
      out[j] = string.format("%%%02X", c)
    end
  end
  return table.concat(out)
end

function C.hex(bytes)
  local out = {}
  for j = 1, #bytes do out[j] = string.format("%02x", bytes[j]) end
  return table.concat(out)
end

-- Percent-encoded info hashes of torrents 0..n-1.
function C.hashes(n)
  local t = {}
  for i = 0, n - 1 do t[i] = C.pct(C.hash_bytes(i)) end
  return t
end

function C.headers()
  local h = {}
  if os.getenv("BENCH_CLOSE") == "1" then h["Connection"] = "close" end
  return h
end

-- Per-thread counters, filled by response(); summed in done().
non2xx, failures, responses, peer_bytes = 0, 0, 0, 0

function C.count(status, body)
  responses = responses + 1
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  if body and string.find(body, "failure reason", 1, true) then failures = failures + 1 end
  if body then
    local n = string.match(body, "5:peers(%d+):")
    if n then peer_bytes = peer_bytes + tonumber(n) end
  end
end

local threads = {}
function C.setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

-- One machine-readable line, parsed by run.sh.
function C.done(summary, latency, label)
  local n2, fl, rs, pb = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    n2 = n2 + (t:get("non2xx") or 0)
    fl = fl + (t:get("failures") or 0)
    rs = rs + (t:get("responses") or 0)
    pb = pb + (t:get("peer_bytes") or 0)
  end
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "BENCH kind=%s requests=%d duration_s=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f " ..
    "max_ms=%.3f err_connect=%d err_read=%d err_write=%d err_timeout=%d err_status=%d " ..
    "non2xx=%d failures=%d responses=%d peers_per_answer=%.2f\n",
    label, summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.timeout, e.status,
    n2, fl, rs, rs > 0 and pb / 6 / rs or 0))
end

return C
