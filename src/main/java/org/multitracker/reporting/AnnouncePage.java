package org.multitracker.reporting;

import java.util.List;

/** A page of announces, newest first; hasMore says whether a next page has rows. */
public record AnnouncePage(int page, int size, List<AnnounceRow> items, boolean hasMore) {}
