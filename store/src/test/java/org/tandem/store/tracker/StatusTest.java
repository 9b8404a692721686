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
  void agreedOrLaterHoldsForAgreedAndWhatOnlyFollowsAgreement() {
    for (Status s : Status.values()) {
      // A status that may stand first or follow a mere proposal does not show an agreement.
      boolean reachableUnagreed = Status.allowedAfter(null).contains(s) || Status.allowedAfter(Status.PROPOSED)
          .contains(s);
      assertThat(s.agreedOrLater()).as(s.label()).isEqualTo(s == Status.AGREED || !reachableUnagreed);
    }
    assertThat(Status.PROPOSED.agreedOrLater()).isFalse();
    assertThat(Status.WITHDRAWN.agreedOrLater()).isFalse();
  }

  @Test
  void labelsRoundTripAndUnknownLabelsAreEmpty() {
    for (Status s : Status.values()) {
      assertThat(Status.parse(s.label())).contains(s);
    }
    assertThat(Status.parse("Agreed")).isEmpty();
  }
}
