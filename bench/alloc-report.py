"""One Markdown table row for bench/alloc.sh: bytes allocated per request, and by which layer.

argv: mode, requests, ThreadAllocationStatistics JSON, ObjectAllocationSample JSON (`jfr print --json`).
Bytes: over the threads that serve requests, per thread the last cumulative `allocated` minus the first (JFR writes one batch of these
events when the recording starts and one when it stops; a thread seen only in the second batch
started during the recording and counts from 0).
Layers: each sample's weight goes to the first frame, from the allocation site down, whose class
belongs to a known layer (JDK frames are passed over: a HashMap belongs to whoever made it)."""
import json
import sys
from collections import defaultdict

REQUEST_THREADS = ("default task-", "default I/O-")

LAYERS = [  # (class name prefix, layer), first match wins
    ("org.multitracker.", "tracker"),
    ("org.wildfly.security.", "Elytron"),
    ("org.wildfly.elytron.", "Elytron"),
    ("org.wildfly.extension.undertow.security", "Elytron"),
    ("org.glassfish.soteria.", "Jakarta Security"),
    ("org.wildfly.security.auth.jaspi", "Jakarta Security"),
    ("org.jboss.weld.", "Weld"),
    ("org.jboss.as.weld.", "Weld"),
    ("org.jboss.resteasy.", "RESTEasy"),
    ("io.undertow.servlet.", "Undertow servlet"),
    ("io.undertow.", "Undertow core"),
    ("org.xnio.", "XNIO"),
    ("org.wildfly.", "WildFly"),
    ("org.jboss.", "WildFly"),
    ("io.micrometer.", "Micrometer"),
]


def layer_of(frames):
    for f in frames:
        cls = f["method"]["type"]["name"].replace("/", ".")
        for prefix, layer in LAYERS:
            if cls.startswith(prefix):
                return layer
    return "JDK/other"


def events(path):
    with open(path) as f:
        return json.load(f)["recording"]["events"]


def main():
    mode, requests = sys.argv[1], int(sys.argv[2])
    per_thread = defaultdict(list)  # thread -> [(time, cumulative bytes)]
    for e in events(sys.argv[3]):
        v = e["values"]
        # Only the threads that serve requests (Undertow's I/O and worker threads): timers, JFR
        # itself and the rest allocate by the second, not by the request.
        name = (v.get("thread") or {}).get("javaName") or ""
        if name.startswith(REQUEST_THREADS):
            per_thread[v["thread"]["javaThreadId"]].append((v["startTime"][:23], v["allocated"]))
    times = sorted(t for samples in per_thread.values() for t, _ in samples)
    end_batch = times[len(times) // 2] if times else ""  # the events come in two batches
    total = 0
    for samples in per_thread.values():
        samples.sort()
        if len(samples) > 1:
            total += samples[-1][1] - samples[0][1]
        elif samples[0][0] >= end_batch:  # a thread started during the recording
            total += samples[0][1]
    weights = defaultdict(int)
    for e in events(sys.argv[4]):
        v = e["values"]
        frames = (v.get("stackTrace") or {}).get("frames") or []
        weights[layer_of(frames)] += v["weight"]
    sampled = sum(weights.values()) or 1
    parts = ", ".join(f"{k} {100 * w / sampled:.0f} %" for k, w in sorted(weights.items(), key=lambda kv: -kv[1]))
    print(f"| {mode} | {requests} | {total / max(requests, 1):,.0f} | {parts} |")


main()
