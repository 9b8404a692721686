package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFilterTest {
  private static final List<Dyad> USA_PRK = List.of(Dyad.parse("USA-PRK"));

  @Test
  void refusesNoDyadsNegativeSourcesAndABackwardRange() {
    assertThatThrownBy(() -> new EventFilter(List.of(), Period.DAY, null, null, false, 0)).hasMessageContaining("dyad");
    assertThatThrownBy(() -> new EventFilter(USA_PRK, Period.DAY, null, null, false, -1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> new EventFilter(USA_PRK, Period.DAY, LocalDate.of(2018, 6, 2), LocalDate.of(2018, 6, 1),
        false, 0)).hasMessageContaining("backwards");
  }

  @Test
  void onlyRootAndSourceFiltersNeedGdeltColumns() {
    assertThat(new EventFilter(USA_PRK, Period.DAY, null, null, false, 0).needsGdeltColumns()).isFalse();
    assertThat(new EventFilter(USA_PRK, Period.DAY, null, null, true, 0).needsGdeltColumns()).isTrue();
    assertThat(new EventFilter(USA_PRK, Period.DAY, null, null, false, 2).needsGdeltColumns()).isTrue();
  }
}
