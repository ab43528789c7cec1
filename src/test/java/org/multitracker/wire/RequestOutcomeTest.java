package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.multitracker.bencode.BencodeWriter;

class RequestOutcomeTest {
  private final BencodeWriter body = new BencodeWriter();

  @Test
  void countsAnAnswerWithPeersAsOk() {
    body.beginDict().key("interval").integer(1800).key("peers").string(new byte[0]).end();
    assertThat(RequestOutcome.of(200, body)).isEqualTo(RequestOutcome.OK);
  }

  @Test
  void countsAFailureReasonAsRefusedWhateverItsStatus() {
    int status = TrackerReplies.failure(body, "Requested download is not authorized");
    assertThat(RequestOutcome.of(status, body)).isEqualTo(RequestOutcome.REFUSED);
    status = TrackerReplies.failure(body, 400, "your IP is not allowed on this tracker");
    assertThat(RequestOutcome.of(status, body)).isEqualTo(RequestOutcome.REFUSED);
  }

  @Test
  void countsGarbageAsBadRequest() {
    int status = TrackerReplies.garbage(body, "info_hash is not 20 bytes");
    assertThat(RequestOutcome.of(status, body)).isEqualTo(RequestOutcome.BAD_REQUEST);
    body.reset();
    assertThat(RequestOutcome.of(400, body)).isEqualTo(RequestOutcome.BAD_REQUEST);
  }

  @Test
  void doesNotMistakeAFailureReasonInsideAnAnswerForARefusal() {
    body.beginDict().key("complete").integer(0).key("failure reason").string("x").end();
    assertThat(RequestOutcome.of(200, body)).isEqualTo(RequestOutcome.OK);
  }

  @Test
  void addsUpCountsPerOutcome() {
    RequestOutcomes outcomes = new RequestOutcomes();
    TrackerReplies.garbage(body, "x");
    outcomes.count(400, body);
    outcomes.count(400, body);
    TrackerReplies.failure(body, "no");
    outcomes.count(200, body);
    assertThat(outcomes.total(RequestOutcome.BAD_REQUEST)).isEqualTo(2);
    assertThat(outcomes.total(RequestOutcome.REFUSED)).isEqualTo(1);
    assertThat(outcomes.total(RequestOutcome.OK)).isZero();
    assertThat(RequestOutcome.BAD_REQUEST.label()).isEqualTo("bad_request");
  }
}
