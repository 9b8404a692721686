package org.tandem.core.sweep;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tandem.core.error.Location;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Scenario;

/**
 * One output of a sweep, read from each point's simulation result.
 *
 * @param kind what is measured
 * @param target the milestone id, or the month of a {@link Kind#WARHEADS} output, or empty
 */
public record Output(Kind kind, String target) {

  /** What an output measures. */
  public enum Kind {
    /** {@code p:MILESTONE}: share of runs that reach the milestone by the horizon. */
    PROBABILITY("p"),
    /**
     * {@code median:MILESTONE}: months from the start to the month by which half the runs have
     * reached it (0 = the start month), or the number of months simulated (the horizon plus one)
     * when fewer than half do.
     */
    MEDIAN("median"),
    /** {@code warheads:YYYY-MM}: the median arsenal in that month. */
    WARHEADS("warheads"),
    /** {@code breakdown}: share of runs in which the process breaks down. */
    BREAKDOWN("breakdown");

    final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  /** The id as written on the command line, e.g. {@code p:deal}. */
  public String id() {
    return kind == Kind.BREAKDOWN ? kind.prefix : kind.prefix + ":" + target;
  }

  @Override
  public String toString() {
    return id();
  }

  /** Every milestone's probability, and breakdown when the scenario defines one. */
  public static List<Output> defaults(Scenario scenario) {
    List<Output> out = new ArrayList<>();
    for (Milestone m : scenario.milestones()) {
      out.add(new Output(Kind.PROBABILITY, m.id()));
    }
    if (scenario.breakdown() != null) {
      out.add(new Output(Kind.BREAKDOWN, ""));
    }
    return out;
  }

  /** Parses an output id against the scenario; an unknown milestone or a month outside it is a user error. */
  public static Output parse(String text, Scenario scenario) {
    Location where = Location.of("--outputs");
    String t = text.trim();
    if (t.equals("breakdown")) {
      return new Output(Kind.BREAKDOWN, "");
    }
    int colon = t.indexOf(':');
    String prefix = colon < 0 ? t : t.substring(0, colon);
    String target = colon < 0 ? "" : t.substring(colon + 1);
    List<String> milestones = scenario.milestones().stream().map(Milestone::id).toList();
    switch (prefix) {
      case "p":
      case "median":
        if (!milestones.contains(target)) {
          throw UserException.of("unknown-id", where, "'" + target + "' in output '" + t + "' is not a milestone of "
              + scenario.id() + Suggestions.hint(target, milestones) + " (milestones: " + String.join(", ", milestones) + ")");
        }
        return new Output(prefix.equals("p") ? Kind.PROBABILITY : Kind.MEDIAN, target);
      case "warheads":
        if (scenario.capability() == null) {
          throw UserException.of("unknown-id", where, "output '" + t + "': scenario " + scenario.id()
              + " has no arsenal (no 'capability')");
        }
        YearMonth month;
        try {
          month = YearMonth.parse(target);
        } catch (DateTimeParseException e) {
          throw UserException.of("wrong-type", where, "output '" + t + "' needs a month as warheads:YYYY-MM");
        }
        if (month.isBefore(scenario.start()) || month.isAfter(scenario.horizon())) {
          throw UserException.of("out-of-range", where, "output '" + t + "' is outside the scenario's "
              + scenario.start() + " to " + scenario.horizon());
        }
        return new Output(Kind.WARHEADS, month.toString());
      default:
        throw UserException.of("wrong-type", where, "unknown output '" + t
            + "': expected p:MILESTONE, median:MILESTONE, warheads:YYYY-MM or breakdown");
    }
  }

  /** This output's value in one point's result. */
  public double valueIn(SimulationResult result) {
    switch (kind) {
      case PROBABILITY:
        return result.milestone(target).probability();
      case MEDIAN: {
        MilestoneResult m = result.milestone(target);
        if (m.medianMonth() == null) {
          return result.months();
        }
        YearMonth median = YearMonth.parse(m.medianMonth());
        return (median.getYear() - result.start().getYear()) * 12 + median.getMonthValue()
            - result.start().getMonthValue();
      }
      case WARHEADS: {
        YearMonth month = YearMonth.parse(target);
        int t = (month.getYear() - result.start().getYear()) * 12 + month.getMonthValue()
            - result.start().getMonthValue();
        return result.series("warheads").p50()[t];
      }
      default:
        return result.breakdownProbability();
    }
  }
}
