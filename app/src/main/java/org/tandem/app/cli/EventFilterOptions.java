package org.tandem.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The event filter that {@code events aggregate} and {@code events show} share: dyads, period, dates, sources. */
final class EventFilterOptions {
  enum Length { day, week, month }

  @Option(names = "--dyad", required = true, paramLabel = "AAA-BBB|AAA>BBB", converter = DyadConverter.class,
      description = "Countries to follow (ISO alpha-3): USA-PRK both directions, USA>PRK one (repeatable).")
  List<Dyad> dyads;

  @Option(names = "--period", defaultValue = "month", description = "day, week or month (default: ${DEFAULT-VALUE}).")
  Length period;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day included.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day included.")
  LocalDate to;

  @Option(names = "--root-only", description = "Only GDELT events with IsRootEvent = 1 (ICEWS events have no flag).")
  boolean rootOnly;

  @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0",
      description = "Only GDELT events with NumSources >= N (default: no filter).")
  int minSources;

  /** The filter the options describe; a negative --min-sources or --from after --to is a user error. */
  EventFilter filter() {
    if (minSources < 0) {
      throw UserException.of("bad-option", Location.of("--min-sources"), "expected a number >= 0, found " + minSources);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw UserException.of("bad-option", Location.of("--from"), "expected --from on or before --to, found " + from
          + " after " + to);
    }
    return new EventFilter(dyads, Period.valueOf(period.name().toUpperCase(Locale.ROOT)), from, to, rootOnly,
        minSources);
  }

  /** Reads {@code USA-PRK} or {@code USA>PRK}. */
  static final class DyadConverter implements ITypeConverter<Dyad> {
    @Override
    public Dyad convert(String value) {
      try {
        return Dyad.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
