package org.multitracker.reporting;

/** A page of a log query: 0-based page number and page size (1..{@link #MAX_SIZE}). */
public record Paging(int page, int size) {
  public static final int DEFAULT_SIZE = 100;
  public static final int MAX_SIZE = 1000;
  // Deep offsets make the database skip rows one by one: narrow with from/to instead.
  public static final int MAX_PAGE = 100_000;

  public static Paging parse(String page, String size) {
    return new Paging(
        Params.integer("page", page, 0, 0, MAX_PAGE),
        Params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
  }

  long offset() {
    return (long) page * size;
  }
}
