package org.multitracker.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Timeout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multitracker.config.TrackerConfig;

/**
 * The flusher's contract with an unreachable database, whatever the ingest looks like: a batch that
 * fails is kept and written first, whole and in order, once the database answers; what arrives
 * meanwhile waits in the bounded buffer; nothing accepted is lost or written twice while the buffer
 * has room, and accepted = written + waiting at every step.
 */
class RecordFlusherTest {
  /** A database that refuses every write while down, and records what it was given. */
  static final class FlakyStore extends AnnounceStore {
    boolean down;
    int failedAttempts;
    final List<String> firstOfFailedBatches = new ArrayList<>();
    final List<String> written = new ArrayList<>();

    @Override
    public void write(List<AnnounceRecord> batch) {
      if (down) {
        failedAttempts++;
        firstOfFailedBatches.add(batch.get(0).peerId());
        throw new IllegalStateException("This connection has been closed.");
      }
      batch.forEach(r -> written.add(r.peerId()));
    }
  }

  final AnnounceBuffer buffer = new AnnounceBuffer();
  final FlakyStore store = new FlakyStore();
  final RecordFlusher flusher = new RecordFlusher();
  int offered;

  @BeforeEach
  void wire() {
    flusher.buffer = buffer;
    flusher.store = store;
    flusher.partitions = new LogPartitions();
    flusher.config =
        TrackerConfig.from(
            k -> k.equals("tracker.aggregator") ? Optional.of("1") : Optional.empty());
  }

  void offer(int n) {
    for (int i = 0; i < n; i++) {
      assertThat(buffer.offer(record(offered++))).isTrue();
    }
  }

  static AnnounceRecord record(int i) {
    return new AnnounceRecord(
        Instant.now(),
        "member:1",
        "aa".repeat(20),
        String.format("%040d", i),
        "192.0.2.1",
        6881,
        0,
        0,
        1,
        "started",
        null,
        null);
  }

  static List<String> ids(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> String.format("%040d", i)).toList();
  }

  void assertAccounted() {
    assertThat(buffer.written() + flusher.waiting()).isEqualTo(buffer.accepted());
    assertThat(buffer.dropped()).isZero();
  }

  @Test
  void keepsTheFailedBatchAndWritesItFirstWhenTheDatabaseIsBack() {
    offer(RecordFlusher.BATCH + 500);
    store.down = true;
    flusher.flush();
    assertThat(flusher.waiting()).isEqualTo(RecordFlusher.BATCH + 500);
    assertAccounted();

    offer(100); // announces keep arriving during the outage
    flusher.flush();
    flusher.flush();
    assertThat(store.failedAttempts).as("one attempt per tick, not a busy loop").isEqualTo(3);
    assertThat(store.firstOfFailedBatches)
        .as("the same batch retried")
        .containsOnly(ids(0, 1).get(0));
    assertThat(flusher.waiting()).isEqualTo(RecordFlusher.BATCH + 600);
    assertAccounted();

    store.down = false;
    flusher.flush();
    assertThat(store.written)
        .as("every announce once, the kept batch first")
        .isEqualTo(ids(0, offered));
    assertThat(flusher.waiting()).isZero();
    assertAccounted();
  }

  @Test
  void survivesRepeatedOutagesWithoutLosingOrRepeatingAnything() {
    for (int round = 0; round < 5; round++) {
      offer(700);
      store.down = round % 2 == 0;
      flusher.flush();
      assertAccounted();
    }
    store.down = false;
    flusher.flush();
    assertThat(store.written).isEqualTo(ids(0, offered));
    assertAccounted();
  }

  @Test
  void countsWhatDoesNotFitWhileTheDatabaseIsDown() {
    store.down = true;
    offer(RecordFlusher.BATCH);
    flusher.flush(); // the batch moves out of the buffer and waits in the flusher
    for (int i = 0; i < AnnounceBuffer.CAPACITY; i++) {
      buffer.offer(record(offered++));
    }
    assertThat(buffer.offer(record(offered++))).isFalse();
    assertThat(buffer.dropped()).isEqualTo(1);
    assertThat(flusher.waiting()).isEqualTo(RecordFlusher.BATCH + AnnounceBuffer.CAPACITY);
  }

  @Test
  void aShutdownWritesEverythingWhileTheDatabaseTakesIt() {
    offer(5 * RecordFlusher.BATCH + 1);
    flusher.drainAtShutdown();
    assertThat(store.written).isEqualTo(ids(0, offered));
    assertThat(flusher.waiting()).isZero();
  }

  @Test
  void aShutdownWithTheDatabaseDownGivesUpAtOnce() {
    offer(10);
    store.down = true;
    flusher.drainAtShutdown();
    assertThat(store.failedAttempts).isEqualTo(1);
    assertThat(flusher.waiting()).isEqualTo(10);
  }

  @Test
  void writesInBatchesOfAtMostBatchAndOnlyAnnounces() {
    List<Integer> sizes = new ArrayList<>();
    flusher.store =
        new AnnounceStore() {
          @Override
          public void write(List<AnnounceRecord> batch) {
            sizes.add(batch.size());
          }
        };
    offer(2 * RecordFlusher.BATCH + 7);
    flusher.flush();
    assertThat(sizes).containsExactly(RecordFlusher.BATCH, RecordFlusher.BATCH, 7);
    assertThat(flusher.waiting()).isZero();
    // Retention and partitions run on LogMaintenance's timers, never in the flush tick.
    assertThat(
            Arrays.stream(RecordFlusher.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Timeout.class))
                .map(m -> m.getName()))
        .containsExactly("flush");
  }
}
