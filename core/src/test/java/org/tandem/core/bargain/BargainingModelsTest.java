package org.tandem.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BargainingModelsTest {

  @Test
  void everyListedIdCreatesAModelThatReportsThatId() {
    Problem problem = Fixtures.oneDimension(new double[] {1, 10, 50}, new double[] {2, 40, 50},
        new double[] {3, 90, 50});
    assertThat(BargainingModels.ids()).containsExactly("compromise", "median", "eu", "smp");
    for (String id : BargainingModels.ids()) {
      BargainingModel model = BargainingModels.create(id, ModelSettings.DEFAULTS).orElseThrow();
      assertThat(model.forecast(problem, false).model()).isEqualTo(id);
    }
  }

  @Test
  void unknownIdsCreateNothing() {
    assertThat(BargainingModels.create("nash", ModelSettings.DEFAULTS)).isEmpty();
  }
}
