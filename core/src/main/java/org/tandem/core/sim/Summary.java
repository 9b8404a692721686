package org.tandem.core.sim;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.Version;
import org.tandem.core.random.RandomStreams;
import org.tandem.core.result.BlockerShare;
import org.tandem.core.result.CountDistribution;
import org.tandem.core.result.EventResult;
import org.tandem.core.result.Manifest;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SeriesHistogram;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.result.StepResult;
import org.tandem.core.result.TrackResult;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Outcome;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;

/** Turns merged accumulator counts into a {@link SimulationResult}. */
final class Summary {
  private Summary() {}

  static SimulationResult of(CompiledScenario model, SimulationSettings settings, Accumulator a) {
    a.flush();
    Scenario s = model.scenario;
    Manifest manifest = new Manifest(s.id(), s.sha256(), settings.strategy(), settings.given(), settings.seed(),
        a.runs, RandomStreams.ALGORITHM, Version.current());
    double runs = a.runs;
    List<MilestoneResult> milestones = new ArrayList<>();
    for (int k = 0; k < model.milestones; k++) {
      milestones.add(milestone(model, a, k, runs));
    }
    double breakdown = 1 - a.breakdownFirst[model.months] / runs;
    List<SeriesResult> series = new ArrayList<>();
    for (int i = 0; i < model.seriesNames.size(); i++) {
      series.add(series(model, a, i));
    }
    List<BlockerShare> blockers = new ArrayList<>();
    for (int k = 0; k < model.milestones; k++) {
      long notReached = a.milestoneFirst[k][model.months];
      List<BlockerShare> forMilestone = new ArrayList<>();
      for (Map.Entry<String, long[]> b : a.blockers.entrySet()) {
        long count = b.getValue()[k];
        if (count > 0) {
          forMilestone.add(new BlockerShare(s.milestones().get(k).id(), b.getKey(), count, count / (double) notReached));
        }
      }
      forMilestone.sort(Comparator.comparingLong(BlockerShare::count).reversed().thenComparing(BlockerShare::blocker));
      blockers.addAll(forMilestone);
    }
    List<StepResult> steps = new ArrayList<>();
    for (int i = 0; i < model.steps; i++) {
      Step step = s.steps().get(i);
      double[] agreed = stepBy(a, Accumulator.AGREED, i, runs);
      double[] implemented = stepBy(a, Accumulator.IMPLEMENTED, i, runs);
      double[] verified = stepBy(a, Accumulator.VERIFIED, i, runs);
      Map<String, StepResult.Shares> byYear = new LinkedHashMap<>();
      yearEnds(model).forEach((year, t) -> byYear.put(year,
          new StepResult.Shares(agreed[t], implemented[t], verified[t])));
      int last = model.months - 1;
      steps.add(new StepResult(step.id(), step.track(), agreed[last], implemented[last], verified[last],
          a.stepReversed[i] / runs, byYear, agreed, implemented, verified));
    }
    List<TrackResult> tracks = new ArrayList<>();
    for (int t = 0; t < a.tracks; t++) {
      long moved = 0;
      String median = null;
      for (int month = 0; month < model.months; month++) {
        moved += a.trackFirst[t][month];
        if (median == null && moved * 2 >= a.runs && moved > 0) {
          median = s.start().plusMonths(month).toString();
        }
      }
      Map<String, Double> noLater = new LinkedHashMap<>();
      for (int u = 0; u < a.tracks; u++) {
        if (u != t) {
          noLater.put(s.tracks().get(u).id(), a.trackNoLater[t * a.tracks + u] / runs);
        }
      }
      tracks.add(new TrackResult(s.tracks().get(t).id(), moved / runs, median, noLater));
    }
    List<EventResult> events = new ArrayList<>();
    for (int e = 0; e < model.events; e++) {
      Event event = s.events().get(e);
      if (event instanceof Event.Scheduled sch) {
        Map<String, Double> shares = new LinkedHashMap<>();
        List<Outcome> outcomes = sch.outcomes();
        for (int o = 0; o < outcomes.size(); o++) {
          shares.put(outcomes.get(o).id(), a.outcomeCount[e][o] / runs);
        }
        events.add(new EventResult(event.id(), "scheduled", 0, shares));
      } else {
        events.add(new EventResult(event.id(), "stochastic", a.eventFired[e] / runs, Map.of(),
            yearlyCounts(model, a, e)));
      }
    }
    YearMonth horizon = s.horizon();
    return new SimulationResult(manifest, s.start(), horizon, milestones, breakdown, series, blockers, steps, tracks,
        events);
  }

  /**
   * Each calendar year of the run to the distribution of stochastic event {@code e}'s firings in it;
   * a year partly inside the simulated period counts its simulated months only.
   */
  private static Map<String, CountDistribution> yearlyCounts(CompiledScenario model, Accumulator a, int e) {
    Map<String, CountDistribution> byYear = new LinkedHashMap<>();
    int firstYear = model.startDate / 12;
    for (int y = 0; y < model.years; y++) {
      int from = Math.max(0, (firstYear + y) * 12 - model.startDate);
      int to = Math.min(model.months, (firstYear + y + 1) * 12 - model.startDate);
      int offset = (e * model.years + y) * Accumulator.COUNTS;
      long[] counts = java.util.Arrays.copyOfRange(a.eventYearCount, offset, offset + Accumulator.COUNTS);
      byYear.put(Integer.toString(firstYear + y), CountDistribution.ofCounts(to - from, counts, a.runs));
    }
    return byYear;
  }

  /** Each calendar year of the run, to the index of its last simulated month. */
  private static Map<String, Integer> yearEnds(CompiledScenario model) {
    Map<String, Integer> ends = new LinkedHashMap<>();
    YearMonth start = model.scenario.start();
    for (int year = start.getYear(); year <= model.scenario.horizon().getYear(); year++) {
      int lastMonth = (year - start.getYear()) * 12 + 12 - start.getMonthValue();
      ends.put(Integer.toString(year), Math.min(lastMonth, model.months - 1));
    }
    return ends;
  }

  /** The cumulative share of runs in which step {@code s} had first reached {@code stage} by each month. */
  private static double[] stepBy(Accumulator a, int stage, int s, double runs) {
    int offset = (stage * a.steps + s) * (a.months + 1);
    double[] cumulative = new double[a.months];
    long sum = 0;
    for (int t = 0; t < a.months; t++) {
      sum += a.stepFirst[offset + t];
      cumulative[t] = sum / runs;
    }
    return cumulative;
  }

  private static MilestoneResult milestone(CompiledScenario model, Accumulator a, int k, double runs) {
    long[] first = a.milestoneFirst[k];
    double[] cumulative = new double[model.months];
    long sum = 0;
    String median = null;
    for (int t = 0; t < model.months; t++) {
      sum += first[t];
      cumulative[t] = sum / runs;
      if (median == null && sum * 2 >= a.runs && sum > 0) {
        median = model.scenario.start().plusMonths(t).toString();
      }
    }
    Map<String, Double> byYear = new LinkedHashMap<>();
    yearEnds(model).forEach((year, t) -> byYear.put(year, cumulative[t]));
    long reached = sum;
    double reversal = reached == 0 ? 0 : a.milestoneLost[k] / (double) reached;
    var milestone = model.scenario.milestones().get(k);
    return new MilestoneResult(milestone.id(), milestone.name(), sum / runs, byYear, cumulative, median, reversal);
  }

  private static SeriesResult series(CompiledScenario model, Accumulator a, int i) {
    int months = model.months;
    double lo = a.bounds[2 * i];
    double hi = a.bounds[2 * i + 1];
    double width = (hi - lo) / Accumulator.BINS;
    double[] mean = new double[months];
    double[][] q = new double[5][months];
    double[] levels = {0.05, 0.25, 0.50, 0.75, 0.95};
    for (int t = 0; t < months; t++) {
      int cell = i * months + t;
      mean[t] = a.seriesSum[cell] / Accumulator.FIXED_POINT / a.runs;
      for (int j = 0; j < levels.length; j++) {
        q[j][t] = quantile(a.histogram, cell * Accumulator.BINS, a.runs, levels[j], lo, width);
      }
    }
    int[] counts = java.util.Arrays.copyOfRange(a.histogram, i * months * Accumulator.BINS,
        (i + 1) * months * Accumulator.BINS);
    return new SeriesResult(model.seriesNames.get(i), mean, q[0], q[1], q[2], q[3], q[4], width, a.overflow[i],
        new SeriesHistogram(lo, width, Accumulator.BINS, a.runs, counts));
  }

  /** The level-quantile of a histogram, interpolated linearly within its bin. */
  static double quantile(int[] histogram, int offset, long total, double level, double lo, double width) {
    double target = level * total;
    long cumulative = 0;
    for (int b = 0; b < Accumulator.BINS; b++) {
      int n = histogram[offset + b];
      if (n > 0 && cumulative + n >= target) {
        double fraction = (target - cumulative) / n;
        return lo + (b + fraction) * width;
      }
      cumulative += n;
    }
    return lo + Accumulator.BINS * width;
  }
}
