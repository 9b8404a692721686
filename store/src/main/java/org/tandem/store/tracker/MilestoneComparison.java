package org.tandem.store.tracker;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.expr.Expr;

/**
 * Where reality stands inside the simulated distribution, milestone by milestone: for each
 * milestone and each date, the probability the simulation gave to reaching it by then, whether
 * the recorded history reached it, and the Brier score {@code (p - o)^2} (Brier 1950, "Verification
 * of forecasts expressed in terms of probability", Monthly Weather Review 78(1):1-3), averaged per
 * milestone and over all.
 *
 * <p>A milestone is judged from the record when its condition uses only the step predicates
 * ({@code proposed}, {@code agreed}, {@code implementing}, {@code implemented}, {@code verified},
 * {@code reversed}) with {@code and}, {@code or}, {@code not} and {@code true}/{@code false}; a
 * condition on the environment, actors or events cannot be judged from a status history and is
 * listed as skipped. Recorded statuses map onto the engine's stages as the engine reads them: a
 * step "has reached" a stage when its stage is at least that one and it is not reversed; agreed
 * and implementing are one stage; suspended and withdrawn hold no stage. A milestone is reached by
 * a date when its condition held on any day up to it (the simulation records the first month of
 * reaching, too).
 */
public final class MilestoneComparison {
  private MilestoneComparison() {}

  /** One milestone on one date. */
  public record Row(String milestone, LocalDate date, double simulated, boolean happened, double brier) {}

  /**
   * @param rows every milestone and date judged
   * @param brierByMilestone the mean Brier score of each judged milestone
   * @param brier the mean over all rows, NaN when there is none
   * @param skipped milestones that cannot be judged from the record, with the reason
   * @param outcomes for each judged milestone, what had happened by the last date compared
   */
  public record Result(List<Row> rows, Map<String, Double> brierByMilestone, double brier,
      Map<String, String> skipped, List<Happened> outcomes) {
    public Result {
      rows = List.copyOf(rows);
      brierByMilestone = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(brierByMilestone));
      skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
      outcomes = List.copyOf(outcomes);
    }
  }

  /**
   * Compares at each date that lies within the simulated months.
   *
   * @param history the recorded history (corrections applied here)
   */
  public static Result compare(Scenario scenario, SimulationResult simulation, List<StatusEntry> history,
      List<LocalDate> dates) {
    List<StatusEntry> effective = Tracker.effective(history);
    List<Row> rows = new ArrayList<>();
    Map<String, Double> byMilestone = new LinkedHashMap<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    List<Happened> outcomes = new ArrayList<>();
    for (Milestone milestone : scenario.milestones()) {
      Optional<String> unsupported = unsupported(milestone.when().root());
      if (unsupported.isPresent()) {
        skipped.put(milestone.id(), "its condition uses " + unsupported.get() + ", which the record cannot show");
        continue;
      }
      MilestoneResult simulated = simulation.milestone(milestone.id());
      LocalDate first = firstReached(milestone.when().root(), effective);
      double sum = 0;
      int n = 0;
      LocalDate last = null;
      for (LocalDate date : dates) {
        if (!StepComparison.inside(simulation, date)) {
          continue;
        }
        double p = simulated.cumulative()[simulation.indexOf(YearMonth.from(date))];
        boolean happened = first != null && !first.isAfter(date);
        double brier = ScoringRules.brier(p, happened);
        rows.add(new Row(milestone.id(), date, p, happened, brier));
        sum += brier;
        n++;
        last = date;
      }
      if (n > 0) {
        byMilestone.put(milestone.id(), sum / n);
        outcomes.add(StepComparison.happened(milestone.id(), null, simulated.cumulative(), simulation, first, last));
      }
    }
    double brier = rows.stream().mapToDouble(Row::brier).average().orElse(Double.NaN);
    return new Result(rows, byMilestone, brier, skipped, outcomes);
  }

  /** Whether the condition held on any recorded day up to {@code date}. */
  static boolean reachedBy(Expr condition, List<StatusEntry> effective, LocalDate date) {
    LocalDate first = firstReached(condition, effective);
    return first != null && !first.isAfter(date);
  }

  /** The first recorded day on which the condition held, or null. */
  static LocalDate firstReached(Expr condition, List<StatusEntry> effective) {
    TreeSet<LocalDate> days = new TreeSet<>();
    effective.stream().map(StatusEntry::date).forEach(days::add);
    for (LocalDate day : days) {
      Map<String, Status> status = new HashMap<>();
      for (StatusEntry e : effective) {
        if (!e.date().isAfter(day)) {
          status.put(e.step(), e.status());
        }
      }
      if (holds(condition, status)) {
        return day;
      }
    }
    return null;
  }

  /** The engine's stage of a recorded status: 0 none, 1 proposed, 2 agreed, 3 implemented, 4 verified. */
  static int stage(Status status) {
    if (status == null) {
      return 0;
    }
    return switch (status) {
      case PROPOSED -> 1;
      case AGREED, IMPLEMENTING -> 2;
      case IMPLEMENTED -> 3;
      case VERIFIED -> 4;
      case SUSPENDED, WITHDRAWN, REVERSED -> 0;
    };
  }

  static boolean holds(Expr e, Map<String, Status> status) {
    if (e instanceof Expr.BoolLit b) {
      return b.value();
    }
    if (e instanceof Expr.Not not) {
      return !holds(not.operand(), status);
    }
    if (e instanceof Expr.Binary bin) {
      return bin.op() == Expr.Op.AND ? holds(bin.left(), status) && holds(bin.right(), status)
          : holds(bin.left(), status) || holds(bin.right(), status);
    }
    Expr.Call call = (Expr.Call) e;
    Status s = status.get(((Expr.Name) call.args().get(0)).id());
    return switch (call.function()) {
      case "reversed" -> s == Status.REVERSED;
      case "proposed" -> stage(s) >= 1;
      case "agreed", "implementing" -> stage(s) >= 2;
      case "implemented" -> stage(s) >= 3;
      default -> stage(s) >= 4;
    };
  }

  /** The first construct the record cannot evaluate, or empty. */
  static Optional<String> unsupported(Expr e) {
    if (e instanceof Expr.BoolLit) {
      return Optional.empty();
    }
    if (e instanceof Expr.Not not) {
      return unsupported(not.operand());
    }
    if (e instanceof Expr.Binary bin) {
      if (bin.op() != Expr.Op.AND && bin.op() != Expr.Op.OR) {
        return Optional.of("the operator '" + bin.op().symbol() + "'");
      }
      return unsupported(bin.left()).or(() -> unsupported(bin.right()));
    }
    if (e instanceof Expr.Call call) {
      boolean stepPredicate = List.of("proposed", "agreed", "implementing", "implemented", "verified", "reversed")
          .contains(call.function());
      if (stepPredicate && call.args().size() == 1 && call.args().get(0) instanceof Expr.Name) {
        return Optional.empty();
      }
      return Optional.of(call.function() + "(...)");
    }
    if (e instanceof Expr.Name name) {
      return Optional.of("'" + name.id() + "'");
    }
    return Optional.of("a number");
  }
}
