package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class PartialAggregateTest {
  private static final EventFilter FILTER =
      new EventFilter(List.of(Dyad.parse("USA-PRK"), Dyad.parse("PRK>KOR")), Period.WEEK, null, null, false, 0);
  private static final int[] IDS = {Countries.idOfCode("USA"), Countries.idOfCode("PRK"), Countries.idOfCode("KOR")};

  private static void feed(PartialAggregate agg, UniformRandomProvider rng, int rows, String source) {
    for (int i = 0; i < rows; i++) {
      if (rng.nextInt(50) == 0) {
        agg.reject(source, i + 1, "bad-date", "row " + i);
        continue;
      }
      agg.accept(IDS[rng.nextInt(3)], IDS[rng.nextInt(3)], 2018, 1 + rng.nextInt(12), 1 + rng.nextInt(28),
          1 + rng.nextInt(4), rng.nextInt(201) - 100, rng.nextBoolean(), 1, 1);
    }
    agg.addLines(rows);
  }

  @Test
  void mergingPartsInOrderEqualsASinglePass() {
    PartialAggregate single = new PartialAggregate(FILTER, false);
    feed(single, RandomSource.XO_SHI_RO_256_PP.create(7L), 3000, "f");

    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
    PartialAggregate first = new PartialAggregate(FILTER, false);
    PartialAggregate second = first.emptyCopy();
    // the second half numbers its lines from 1; merging shifts them by the first half's lines
    feed(first, rng, 1000, "f");
    feedShifted(second, rng, 2000, "f", 1000);
    first.merge(second, true);
    AggregationResult a = single.result();
    AggregationResult b = first.result();
    assertThat(b).isEqualTo(a);
    assertThat(b.stats()).usingRecursiveFieldByFieldElementComparator().isEqualTo(a.stats());
    assertThat(b.firstRejections()).isEqualTo(a.firstRejections());
    assertThat(a.stats()).isNotEmpty();
  }

  private static void feedShifted(PartialAggregate agg, UniformRandomProvider rng, int rows, String source, int offset) {
    for (int i = offset; i < offset + rows; i++) {
      if (rng.nextInt(50) == 0) {
        agg.reject(source, i + 1 - offset, "bad-date", "row " + i);
        continue;
      }
      agg.accept(IDS[rng.nextInt(3)], IDS[rng.nextInt(3)], 2018, 1 + rng.nextInt(12), 1 + rng.nextInt(28),
          1 + rng.nextInt(4), rng.nextInt(201) - 100, rng.nextBoolean(), 1, 1);
    }
    agg.addLines(rows);
  }

  @Test
  void tensionIsTheGoldsteinWeightedShareOfConflict() {
    PartialAggregate agg = new PartialAggregate(
        new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.DAY, null, null, false, 0), false);
    agg.accept(IDS[0], IDS[1], 2018, 6, 1, 1, 10, true, 1, 1); // +1.0
    agg.accept(IDS[1], IDS[0], 2018, 6, 1, 1, 30, true, 1, 1); // +3.0
    agg.accept(IDS[0], IDS[1], 2018, 6, 1, 4, -100, true, 1, 1); // -10.0
    agg.accept(IDS[0], IDS[1], 2018, 6, 1, 3, 0, false, 1, 1); // 0.0
    DyadPeriodStats s = agg.result().stats().get(0);
    assertThat(s.events()).isEqualTo(4);
    assertThat(s.tension()).isEqualTo(10.0 / 14.0);
    assertThat(s.conflictShare()).isEqualTo(0.5);
    assertThat(s.netCooperation()).isZero();
    assertThat(s.goldsteinSum()).isEqualTo(-6.0);
    assertThat(s.goldsteinMean()).isEqualTo(-1.5);
    assertThat(s.fallbackCodes()).isEqualTo(1);
  }
}
