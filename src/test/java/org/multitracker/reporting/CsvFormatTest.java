package org.multitracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

  @Test
  void quotesOnlyWhatRfc4180Requires() {
    assertThat(CsvFormat.quoted("plain text")).isEqualTo("plain text");
    assertThat(CsvFormat.quoted("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvFormat.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvFormat.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvFormat.quoted("cr\r")).isEqualTo("\"cr\r\"");
  }

  @Test
  void defusesFormulasInClientText() {
    assertThat(CsvFormat.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvFormat.text("+1")).isEqualTo("'+1");
    assertThat(CsvFormat.text("-TR2940-")).isEqualTo("'-TR2940-");
    assertThat(CsvFormat.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvFormat.text("\tx")).isEqualTo("'\tx");
    assertThat(CsvFormat.text("Transmission/4.0")).isEqualTo("Transmission/4.0");
    assertThat(CsvFormat.text(null)).isEmpty();
  }

  @Test
  void writesAHeaderAndCrlfRows() throws IOException {
    StringWriter out = new StringWriter();
    AnnounceCsv.header(out);
    AnnounceCsv.row(
        new AnnounceRow(
            7,
            Instant.parse("2026-11-27T10:00:00Z"),
            "t1:80",
            "a".repeat(40),
            "b".repeat(40),
            "2001:db8::1",
            6881,
            1,
            2,
            3,
            "started",
            null,
            "qBittorrent, \"5\""),
        out);
    assertThat(out.toString())
        .isEqualTo(
            AnnounceCsv.HEADER
                + "\r\n"
                + "7,2026-11-27T10:00:00Z,t1:80,"
                + "a".repeat(40)
                + ","
                + "b".repeat(40)
                + ",2001:db8::1,6881,1,2,3,started,,\"qBittorrent, \"\"5\"\"\"\r\n");
  }
}
