package org.tandem.core.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which events count and how they are grouped: the dyads (at least one), the period, an optional
 * inclusive date range, GDELT's IsRootEvent flag and a minimum NumSources. A row that passes is
 * counted once for every dyad it matches.
 *
 * @param from first day included, or null for no lower bound
 * @param to last day included, or null for no upper bound
 * @param rootOnly keep only rows with IsRootEvent = 1 (formats without the column cannot be used)
 * @param minSources keep only rows with NumSources at least this (0 = no filter)
 */
public record EventFilter(List<Dyad> dyads, Period period, LocalDate from, LocalDate to, boolean rootOnly,
    int minSources) {

  public EventFilter {
    dyads = List.copyOf(dyads);
    Objects.requireNonNull(period, "period");
    if (dyads.isEmpty()) {
      throw new IllegalArgumentException("at least one dyad is needed");
    }
    if (minSources < 0) {
      throw new IllegalArgumentException("minimum number of sources must be >= 0, was " + minSources);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range runs backwards: from " + from + " to " + to);
    }
  }

  /** Whether the filter needs columns that only GDELT has (IsRootEvent, NumSources). */
  public boolean needsGdeltColumns() {
    return rootOnly || minSources > 0;
  }
}
