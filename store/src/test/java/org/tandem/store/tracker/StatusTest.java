package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTest {
  @Test
  void aStepStartsProposedOrAgreedNeverFurther() {
    assertThat(Status.allowedAfter(null)).containsExactlyInAnyOrder(Status.PROPOSED, Status.AGREED);
  }

  @Test
  void verificationOnlyFollowsImplementation() {
    for (Status s : Status.values()) {
      assertThat(Status.allowedAfter(s).contains(Status.VERIFIED)).as(s.label()).isEqualTo(s == Status.IMPLEMENTED);
    }
  }

  @Test
  void aReversedOrWithdrawnStepCanOnlyBeNegotiatedAgain() {
    assertThat(Status.allowedAfter(Status.REVERSED)).containsExactlyInAnyOrder(Status.PROPOSED, Status.AGREED);
    assertThat(Status.allowedAfter(Status.WITHDRAWN)).containsExactlyInAnyOrder(Status.PROPOSED, Status.AGREED);
  }

  @Test
  void labelsRoundTripAndUnknownLabelsAreEmpty() {
    for (Status s : Status.values()) {
      assertThat(Status.parse(s.label())).contains(s);
    }
    assertThat(Status.parse("Agreed")).isEmpty();
  }
}
