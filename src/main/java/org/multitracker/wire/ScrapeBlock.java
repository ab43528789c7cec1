package org.multitracker.wire;

import org.multitracker.bencode.BencodeWriter;

/** One torrent's scrape entry (BEP 48), shared by /scrape and announce's deprecated scrape=. */
public final class ScrapeBlock {
  private ScrapeBlock() {}

  public static void write(
      BencodeWriter w, int complete, int incomplete, long downloaded, String name) {
    w.beginDict();
    w.key("complete");
    w.integer(complete);
    w.key("downloaded");
    w.integer(downloaded);
    w.key("incomplete");
    w.integer(incomplete);
    if (name != null) {
      w.key("name");
      w.string(name);
    }
    w.end();
  }
}
