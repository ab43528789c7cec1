#!/bin/sh
# Prints the hex info hashes of torrents 0..N-1, one a line: the same rule as common.lua.
n=${1:-1000}
awk -v n="$n" 'BEGIN {
  M = 2147483647; A = 48271
  for (i = 0; i < n; i++) {
    x = i + 1
    for (r = 0; r < 8; r++) x = (x * A) % M
    s = ""
    for (j = 0; j < 20; j++) { x = (x * A) % M; s = s sprintf("%02x", x % 256) }
    print s
  }
}'
