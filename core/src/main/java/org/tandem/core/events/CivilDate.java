package org.tandem.core.events;

/**
 * Calendar arithmetic on plain ints, so that the readers check and convert a date per row without
 * allocating: proleptic Gregorian, as {@link java.time.LocalDate}.
 */
public final class CivilDate {
  private CivilDate() {}

  /** Whether year, month and day name a real day (years 1 to 9999). */
  public static boolean isValid(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month);
  }

  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /**
   * Days since 1970-01-01 of a valid date (H. Hinnant's days_from_civil,
   * https://howardhinnant.github.io/date_algorithms.html; equals LocalDate.toEpochDay).
   */
  public static int epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int mp = (month + 9) % 12;
    int doy = (153 * mp + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
