package org.tandem.core.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The length of an aggregation period. Weeks start on Monday (ISO 8601). */
public enum Period {
  DAY, WEEK, MONTH;

  /** Lower-case name, as the command line writes it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The period's key for a day given as days since 1970-01-01 and its year and month. */
  public int key(int epochDay, int year, int month) {
    switch (this) {
      case DAY:
        return epochDay;
      case WEEK:
        return epochDay - Math.floorMod(epochDay + 3, 7);
      default:
        return year * 12 + month - 1;
    }
  }

  /** The first day of the period with this key. */
  public LocalDate start(int key) {
    switch (this) {
      case DAY:
      case WEEK:
        return LocalDate.ofEpochDay(key);
      default:
        return LocalDate.of(Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1, 1);
    }
  }

  /** A label for the period with this key: 2018-06-01, 2018-W22 (ISO week) or 2018-06. */
  public String label(int key) {
    LocalDate start = start(key);
    switch (this) {
      case DAY:
        return start.toString();
      case WEEK:
        return start.format(DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8);
      default:
        return String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
    }
  }
}
