package org.multitracker.reporting;

import java.io.IOException;
import java.io.Writer;

/** Writes announce log rows as CSV, a header line first. */
public final class AnnounceCsv {
  public static final String HEADER =
      "id,announced_at,tracker,info_hash,peer_id,ip,port,uploaded,downloaded,remaining,event,"
          + "peer_key,user_agent";

  private AnnounceCsv() {}

  public static void header(Writer out) throws IOException {
    out.write(HEADER);
    out.write(CsvFormat.LINE_END);
  }

  public static void row(AnnounceRow r, Writer out) throws IOException {
    out.write(Long.toString(r.id()));
    out.write(',');
    out.write(r.announcedAt().toString());
    out.write(',');
    out.write(CsvFormat.text(r.tracker()));
    out.write(',');
    out.write(r.infoHash());
    out.write(',');
    out.write(r.peerId());
    out.write(',');
    out.write(CsvFormat.quoted(r.ip()));
    out.write(',');
    out.write(r.port() + "," + r.uploaded() + "," + r.downloaded() + "," + r.remaining() + ",");
    out.write(CsvFormat.text(r.event()));
    out.write(',');
    out.write(CsvFormat.text(r.peerKey()));
    out.write(',');
    out.write(CsvFormat.text(r.userAgent()));
    out.write(CsvFormat.LINE_END);
  }
}
