package org.multitracker.reporting;

import java.util.Map;

/**
 * Figures per time bucket, every bucket present (zero-filled), for a chart: {@code t} holds each
 * bucket's start in epoch seconds and each named series one value per bucket.
 */
public record TimeSeries(int bucketSeconds, long[] t, Map<String, long[]> series) {}
