#!/bin/sh
# Prints the Markdown report of bench/run.sh from its results.tsv and memory.txt.
# results.tsv: mode, tracker, RSS MiB, heap used MiB, "BENCH k=v ..." line of common.lua.
# server.txt (optional third argument): key=value lines about our server (boot, idle RSS, ...).
results=$1
mem=$2
server=${3:-}

# server.txt (key=value lines): the JVM, boot and RSS of our server.
if [ -n "$server" ] && [ -s "$server" ]; then
  v() { sed -n "s/^$1=//p" "$server"; }
  echo "### Our server: $(v jvm); collector: $(v gc); heap sizing: $(v sizing)"
  echo
  echo "| server size MiB | boot to first answered announce, ms (median; each boot) | idle RSS MiB | RSS MiB holding the peers | peers held | heap used after GC MiB |"
  echo "|---:|---|---:|---:|---:|---:|"
  echo "| $(v server_mib) | $(v boot_ms_median) ($(v boots_ms)) | $(v rss_idle_mib) | $(v rss_peers_mib) | $(v peers_held) | $(v heap_peers_mib) |"
  echo
fi

echo "### Load runs (wrk -t1 -c${BENCH_CONNECTIONS:-64} -d${BENCH_DURATION:-10s} --latency, alternating)"
echo
echo "| mode | tracker | req/s | p50 ms | p99 ms | socket errors | non-2xx | failure answers | peers/answer | RSS MiB | heap used MiB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
awk -F'\t' '{
  delete kv
  n = split($5, f, " ")
  for (i = 2; i <= n; i++) { split(f[i], p, "="); kv[p[1]] = p[2] }
  printf "| %s | %s | %.0f | %.2f | %.2f | %d | %d | %d | %.1f | %s | %s |\n", $1, $2, kv["rps"],
    kv["p50_ms"], kv["p99_ms"], kv["err_connect"] + kv["err_read"] + kv["err_write"] + kv["err_timeout"],
    kv["non2xx"], kv["failures"], kv["peers_per_answer"], $3, $4
}' "$results"

echo
echo "### Ratios ours/opentracker (means over the rounds; req/s above 1 = ours faster, latency below 1 = ours faster)"
echo
echo "| mode | ours req/s | opentracker req/s | req/s ratio | p50 ratio | p99 ratio |"
echo "|---|---:|---:|---:|---:|---:|"
awk -F'\t' '{
  delete kv
  n = split($5, f, " ")
  for (i = 2; i <= n; i++) { split(f[i], p, "="); kv[p[1]] = p[2] }
  k = $1 SUBSEP $2
  if (!($1 in seen)) { seen[$1] = 1; order[++m] = $1 }
  c[k]++; rps[k] += kv["rps"]; p50[k] += kv["p50_ms"]; p99[k] += kv["p99_ms"]
} END {
  for (j = 1; j <= m; j++) {
    o = order[j] SUBSEP "ours"; t = order[j] SUBSEP "opentracker"
    if (!c[o] || !c[t]) continue
    printf "| %s | %.0f | %.0f | %.2f | %.2f | %.2f |\n", order[j], rps[o] / c[o], rps[t] / c[t],
      (rps[o] / c[o]) / (rps[t] / c[t]), (p50[o] / c[o]) / (p50[t] / c[t]), (p99[o] / c[o]) / (p99[t] / c[t])
  }
}' "$results"

[ -s "$mem" ] || exit 0
echo
echo "### Full scrape and memory"
echo
echo "| tracker | full scrape ms (1 peer/torrent, median of 5) | torrents in it | bytes | full scrape ms after memory load | peers loaded | load s | heap per peer B | RSS per peer B |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
awk '{
  delete kv
  for (i = 2; i <= NF; i++) { split($i, p, "="); kv[p[1]] = p[2] }
  d = kv["peers_after"] - kv["peers_before"]
  hpp = (kv["heap_before_kib"] == "-" || d <= 0) ? "-" : sprintf("%.0f", (kv["heap_after_kib"] - kv["heap_before_kib"]) * 1024 / d)
  rpp = d <= 0 ? "-" : sprintf("%.0f", (kv["rss_after_kib"] - kv["rss_before_kib"]) * 1024 / d)
  printf "| %s | %s | %s | %s | %s | %d | %s | %s | %s |\n", $1, kv["fullscrape_ms"], kv["fullscrape_torrents"],
    kv["fullscrape_bytes"], kv["fullscrape_loaded_ms"], d, kv["load_s"], hpp, rpp
  if (kv["heap_before_kib"] != "-")
    notes = notes sprintf("\n%s: heap used after GC %.1f MiB with %d peers, %.1f MiB with %d peers; RSS %.0f -> %.0f MiB\n", $1,
      kv["heap_before_kib"] / 1024, kv["peers_before"], kv["heap_after_kib"] / 1024, kv["peers_after"],
      kv["rss_before_kib"] / 1024, kv["rss_after_kib"] / 1024)
  else
    notes = notes sprintf("\n%s: RSS %.0f -> %.0f MiB for %d -> %d peers\n", $1, kv["rss_before_kib"] / 1024,
      kv["rss_after_kib"] / 1024, kv["peers_before"], kv["peers_after"])
} END { printf "%s", notes }' "$mem"
