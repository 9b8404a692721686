package org.tandem.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.Location;

/** The records' own checks, the backstop behind the readers' located errors. */
class ProblemTest {
  private static final Location AT = new Location("p", 1, 1);

  private static Actor actor(String name, double c, double[] x, double[] s) {
    return new Actor(name, "", c, x, s, AT);
  }

  @Test
  void actorsRejectValuesOffTheScales() {
    assertThatThrownBy(() -> actor("a", 0, new double[] {1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capability");
    assertThatThrownBy(() -> actor("a", 1, new double[] {101}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position");
    assertThatThrownBy(() -> actor("a", 1, new double[] {1, 2}, new double[] {60, 41}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 101");
    assertThatThrownBy(() -> actor("a", 1, new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as many");
  }

  @Test
  void actorsAreImmutableCopies() {
    double[] x = {10};
    Actor a = actor("a", 1, x, new double[] {50});
    x[0] = 90;
    a.positions()[0] = 70;
    assertThat(a.position(0)).isEqualTo(10);
    assertThat(a).isEqualTo(actor("a", 1, new double[] {10}, new double[] {50}));
  }

  @Test
  void problemsNeedMatchingDimensionsAndUniqueNames() {
    Actor a = actor("a", 1, new double[] {10}, new double[] {50});
    assertThatThrownBy(() -> new Problem("p", List.of("x", "y"), List.of(a), AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimensions");
    assertThatThrownBy(() -> new Problem("p", List.of("x"), List.of(a, a), AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
    Problem p = new Problem("p", List.of("x"), List.of(a,
        actor("b", 2, new double[] {20}, new double[] {30})), AT);
    assertThat(p.capabilities()).containsExactly(1, 2);
    assertThat(p.positions(0)).containsExactly(10, 20);
    assertThat(p.saliences(0)).containsExactly(50, 30);
  }

  @Test
  void historiesNeedOneProbabilityRowPerStateIfAny() {
    double[][][] positions = {{{1}}, {{2}}};
    assertThatThrownBy(() -> new History(positions, new double[][] {{1}}))
        .isInstanceOf(IllegalArgumentException.class);
    History h = new History(positions, new double[][] {{1}, {1}});
    assertThat(h.states()).isEqualTo(2);
    assertThat(h.position(1, 0, 0)).isEqualTo(2);
    assertThat(h.hasProbabilities()).isTrue();
  }
}
