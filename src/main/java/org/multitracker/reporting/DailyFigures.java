package org.multitracker.reporting;

import java.time.LocalDate;

/** One day of one torrent across the cluster. */
public record DailyFigures(
    LocalDate day, long uniquePeers, long completions, long uploaded, long downloaded) {}
