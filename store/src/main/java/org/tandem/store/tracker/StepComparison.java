package org.tandem.store.tracker;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.result.StepResult;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;

/**
 * Steps date by date: for each step, each of its stages (agreed, implemented, verified) and each
 * date, the simulated share of runs in which the step had first reached the stage by the end of
 * that month, whether the record shows it reached by that day, and the Brier score
 * ({@link ScoringRules#brier}), averaged per step and over all. A stage counts as reached from the
 * first recorded day the step's status read as the engine reads it is at least that stage
 * (agreed and implementing are one stage), as in the engine, where a later reversal does not undo
 * the first agreement. Stages a step cannot reach in the scenario are still scored: verified, for a
 * step without verification, has probability 0 and was never recorded.
 */
public final class StepComparison {
  private StepComparison() {}

  /** One stage of one step on one date. */
  public record Row(String step, StepResult.Stage stage, LocalDate date, double simulated, boolean happened,
      double brier) {}

  /**
   * @param rows every step, stage and date judged
   * @param brierByStep the mean Brier score of each step over its stages and dates
   * @param brier the mean over all rows, NaN when there is none
   * @param outcomes for each step and stage, what had happened by the last date
   */
  public record Result(List<Row> rows, Map<String, Double> brierByStep, double brier, List<Happened> outcomes) {
    public Result {
      rows = List.copyOf(rows);
      brierByStep = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(brierByStep));
      outcomes = List.copyOf(outcomes);
    }
  }

  /**
   * Compares at each date that lies within the simulated months; outcomes are taken at the last
   * of them.
   *
   * @param history the recorded history (corrections applied here)
   * @param dates in increasing order
   */
  public static Result compare(Scenario scenario, SimulationResult simulation, List<StatusEntry> history,
      List<LocalDate> dates) {
    List<StatusEntry> effective = Tracker.effective(history);
    List<LocalDate> inside = dates.stream().filter(d -> inside(simulation, d)).toList();
    List<Row> rows = new ArrayList<>();
    Map<String, Double> byStep = new LinkedHashMap<>();
    List<Happened> outcomes = new ArrayList<>();
    for (Step step : scenario.steps()) {
      StepResult simulated = simulation.step(step.id());
      double sum = 0;
      int n = 0;
      for (StepResult.Stage stage : StepResult.Stage.values()) {
        double[] by = simulated.by(stage);
        LocalDate first = firstReached(effective, step.id(), stage);
        for (LocalDate date : inside) {
          double p = by[simulation.indexOf(YearMonth.from(date))];
          boolean happened = first != null && !first.isAfter(date);
          double brier = ScoringRules.brier(p, happened);
          rows.add(new Row(step.id(), stage, date, p, happened, brier));
          sum += brier;
          n++;
        }
        if (!inside.isEmpty()) {
          LocalDate at = inside.get(inside.size() - 1);
          outcomes.add(happened(step.id(), stage.label(), by, simulation, first, at));
        }
      }
      if (n > 0) {
        byStep.put(step.id(), sum / n);
      }
    }
    double brier = rows.stream().mapToDouble(Row::brier).average().orElse(Double.NaN);
    return new Result(rows, byStep, brier, outcomes);
  }

  /** The first recorded day the step's stage was at least {@code stage}, or null. */
  static LocalDate firstReached(List<StatusEntry> effective, String step, StepResult.Stage stage) {
    int needed = switch (stage) {
      case AGREED -> 2;
      case IMPLEMENTED -> 3;
      case VERIFIED -> 4;
    };
    for (StatusEntry e : effective) {
      if (e.step().equals(step) && MilestoneComparison.stage(e.status()) >= needed) {
        return e.date();
      }
    }
    return null;
  }

  static boolean inside(SimulationResult simulation, LocalDate date) {
    int index = simulation.indexOf(YearMonth.from(date));
    return index >= 0 && index < simulation.months();
  }

  /** What happened by {@code at}, given the first day {@code first} it did (or null), and the simulated curve. */
  static Happened happened(String id, String stage, double[] cumulative, SimulationResult simulation,
      LocalDate first, LocalDate at) {
    boolean happened = first != null && !first.isAfter(at);
    double pAt = cumulative[simulation.indexOf(YearMonth.from(at))];
    double byThen = happened ? cumulative[simulation.indexOf(YearMonth.from(first))] : Double.NaN;
    return new Happened(id, stage, happened ? first : null, byThen, at, pAt, happened ? pAt : 1 - pAt);
  }
}
