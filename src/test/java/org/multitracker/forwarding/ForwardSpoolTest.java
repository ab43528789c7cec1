package org.multitracker.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForwardSpoolTest {
  @TempDir Path dir;

  static final String Q1 = "info_hash=%AA%BB&peer_id=-AZ-1&port=1&password=s%26cret&mt_ip=10.0.0.1";
  static final String Q2 = "info_hash=%CC&peer_id=-AZ-2&port=2&password=s%26cret&mt_tracker=m%3A80";

  @Test
  void aStopAndAStartGiveBackTheQueueInOrder() throws IOException {
    ForwardSpool spool = new ForwardSpool(dir.resolve("spool"), 10);
    assertThat(spool.write(List.of(Q1, Q2))).isEqualTo(2);
    ForwardSpool.Loaded loaded = spool.load("s&cret");
    assertThat(loaded.queries())
        .containsExactly(
            "info_hash=%AA%BB&peer_id=-AZ-1&port=1&mt_ip=10.0.0.1&password=s%26cret",
            "info_hash=%CC&peer_id=-AZ-2&port=2&mt_tracker=m%3A80&password=s%26cret");
    assertThat(dir.resolve("spool")).as("sent once, not at every start").doesNotExist();
  }

  @Test
  void keepsThePasswordOutOfTheFileAndTakesTodaysFromTheConfiguration() throws IOException {
    ForwardSpool spool = new ForwardSpool(dir.resolve("spool"), 10);
    spool.write(List.of(Q1));
    assertThat(Files.readString(dir.resolve("spool")))
        .doesNotContain("password")
        .doesNotContain("cret");
    assertThat(spool.load("new").queries())
        .containsExactly("info_hash=%AA%BB&peer_id=-AZ-1&port=1&mt_ip=10.0.0.1&password=new");
    spool.write(List.of(Q1));
    assertThat(spool.load("").queries())
        .containsExactly("info_hash=%AA%BB&peer_id=-AZ-1&port=1&mt_ip=10.0.0.1");
  }

  @Test
  void holdsAtMostTheQueuesCapacity() throws IOException {
    List<String> many = IntStream.range(0, 30).mapToObj(i -> "peer_id=" + i).toList();
    ForwardSpool spool = new ForwardSpool(dir.resolve("spool"), 20);
    assertThat(spool.write(many)).isEqualTo(20);
    assertThat(spool.load("").queries()).isEqualTo(many.subList(0, 20));
  }

  @Test
  void aSmallerQueueAtTheNextStartTakesTheOldestAndCountsTheRest() throws IOException {
    List<String> many = IntStream.range(0, 30).mapToObj(i -> "peer_id=" + i).toList();
    new ForwardSpool(dir.resolve("spool"), 100).write(many);
    ForwardSpool.Loaded loaded = new ForwardSpool(dir.resolve("spool"), 25).load("");
    assertThat(loaded.queries()).isEqualTo(many.subList(0, 25));
    assertThat(loaded.overBound()).isEqualTo(5);
  }

  @Test
  void skipsLinesThatAreNotAQueryString() throws IOException {
    Path file = dir.resolve("spool");
    Files.writeString(
        file,
        ForwardSpool.HEADER
            + "\npeer_id=1\nwith space\n\n"
            + "x".repeat(ForwardSpool.MAX_LINE + 1)
            + "\npeer_id=\u00e9\npeer_id=2\n");
    ForwardSpool.Loaded loaded = new ForwardSpool(file, 10).load("");
    assertThat(loaded.queries()).containsExactly("peer_id=1", "peer_id=2");
    assertThat(loaded.unusable()).isEqualTo(4);
  }

  @Test
  void movesAsideAFileThatIsNotASpool() throws IOException {
    Path file = Files.writeString(dir.resolve("spool"), "something else\n");
    assertThatThrownBy(() -> new ForwardSpool(file, 10).load(""))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("moved aside");
    assertThat(dir.resolve("spool.unusable")).exists();
    assertThat(new ForwardSpool(file, 10).load("").queries()).isEmpty();
  }

  @Test
  void noSpoolIsAnEmptyQueue() throws IOException {
    assertThat(new ForwardSpool(dir.resolve("none"), 10).load("x").queries()).isEmpty();
  }
}
