package org.tandem.core.sim;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.random.RandomStreams;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.Estimate;
import org.tandem.core.result.MetricComparison;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Scenario;

/**
 * Runs several strategies on the same replications and compares them pairwise with a baseline.
 *
 * <p>With common random numbers (the default), replication k of every strategy draws from the
 * same substreams, so the elections, shocks, durations and every other draw line up as far as the
 * strategies let them, and differences come from the strategies alone (the CRN design of SSJ's
 * experiments, L'Ecuyer and Buist 2005). With {@code independent}, the baseline keeps the master
 * seed and every other strategy draws from {@link #independentSeed(long, String)}, a seed of its
 * own derived from the master seed and the strategy's id, which its manifest records: simulating
 * that strategy with that seed reproduces its result.
 *
 * <p>Per-run metrics: for every milestone, whether it is reached by the horizon (0/1) and the
 * months until it is reached (the horizon's length plus one when it is not: a restricted,
 * censored time); whether the process breaks down; warheads at each chosen date (in units of
 * 2^-10), only for a scenario with a capability model. Intervals are 95%: Wilson score intervals
 * for proportions, normal intervals for other means and for the mean paired differences, each cut
 * to the values the metric can take (a probability's difference to [-1, 1], censored months to
 * [1, horizon's length + 1] and their differences to +-the horizon's length, an arsenal to >= 0).
 */
public final class Comparison {
  private static final double ARSENAL_SCALE = 1 << 10;

  private Comparison() {}

  /**
   * The master seed of a non-baseline strategy under {@code --independent}: derived from the
   * comparison's seed and the strategy's id (not its position), so it does not depend on which
   * other strategies are compared.
   */
  public static long independentSeed(long seed, String strategy) {
    return RandomStreams.derivedSeed(seed, "independent-strategy:" + strategy);
  }

  private static long seedOf(ComparisonSettings settings, String strategy) {
    return settings.independent() && !strategy.equals(settings.baseline())
        ? independentSeed(settings.seed(), strategy) : settings.seed();
  }

  public static ComparisonResult run(Scenario scenario, ComparisonSettings settings, ProgressListener progress) {
    List<CompiledScenario> models = new ArrayList<>();
    for (String strategy : settings.strategies()) {
      models.add(new CompiledScenario(scenario, strategy, settings.given(),
          Simulation.useBytecode(settings.runs() * settings.strategies().size())));
    }
    CompiledScenario first = models.get(0);
    int[] dateMonths = dateMonths(scenario, settings.dates());
    List<String> ids = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Boolean> lowerIsBetter = new ArrayList<>();
    for (Milestone m : scenario.milestones()) {
      ids.add("p:" + m.id());
      labels.add("P(" + m.id() + " by " + scenario.horizon() + ")");
      lowerIsBetter.add(false);
    }
    for (Milestone m : scenario.milestones()) {
      ids.add("months:" + m.id());
      labels.add("months to " + m.id() + " (censored at " + (first.months + 1) + ")");
      lowerIsBetter.add(true);
    }
    ids.add("breakdown");
    labels.add("P(breakdown)");
    lowerIsBetter.add(true);
    for (int d = 0; d < dateMonths.length; d++) {
      ids.add("warheads:" + settings.dates().get(d));
      labels.add("warheads at " + settings.dates().get(d));
      lowerIsBetter.add(true);
    }
    int metrics = ids.size();
    int strategies = models.size();
    int baseline = settings.strategies().indexOf(settings.baseline());
    List<RandomStreams> streams = new ArrayList<>();
    for (String strategy : settings.strategies()) {
      streams.add(new RandomStreams(seedOf(settings, strategy)));
    }
    int threads = (int) Math.min(settings.threads(), (settings.runs() + Simulation.BLOCK - 1) / Simulation.BLOCK);
    AtomicLong nextBlock = new AtomicLong();
    AtomicLong done = new AtomicLong();
    List<Worker> workers = Workers.run(threads, "tandem-comparison", () -> {
      Worker worker = new Worker(models, streams, metrics, baseline, dateMonths);
      worker.work(settings.runs(), nextBlock, done, progress);
      return worker;
    });
    PairedStats total = new PairedStats(strategies, metrics, baseline);
    List<SimulationResult> perStrategy = new ArrayList<>();
    for (int s = 0; s < strategies; s++) {
      Accumulator merged = new Accumulator(models.get(s), workers.get(0).bounds.get(s));
      for (Worker w : workers) {
        merged.merge(w.accumulators.get(s));
      }
      String strategy = settings.strategies().get(s);
      SimulationSettings one = new SimulationSettings(strategy, settings.runs(), seedOf(settings, strategy),
          settings.threads(), settings.given(), null);
      perStrategy.add(Summary.of(models.get(s), one, merged));
    }
    workers.forEach(w -> total.merge(w.stats));
    List<MetricComparison> comparisons = new ArrayList<>();
    for (int k = 0; k < metrics; k++) {
      String id = ids.get(k);
      double scale = id.startsWith("warheads:") ? ARSENAL_SCALE : 1;
      // The values a run can give: 0 or 1, a month from 1 to the censoring month, a non-negative arsenal.
      double min = id.startsWith("months:") ? 1 : 0;
      double max = id.startsWith("months:") ? first.months + 1 : id.startsWith("warheads:") ? Double.POSITIVE_INFINITY : 1;
      comparisons.add(metric(total, k, id, labels.get(k), lowerIsBetter.get(k), scale, min, max));
    }
    return new ComparisonResult(scenario.id(), settings.strategies(), settings.baseline(), settings.given(),
        settings.runs(), settings.seed(), !settings.independent(), comparisons, perStrategy);
  }

  /**
   * Intervals are cut to what the metric can take: values to [min, max], paired differences to
   * [min - max, max - min].
   */
  private static MetricComparison metric(PairedStats t, int k, String id, String label, boolean lowerIsBetter,
      double scale, double min, double max) {
    boolean indicator = id.startsWith("p:") || id.equals("breakdown");
    List<Estimate> values = new ArrayList<>();
    List<Estimate> differences = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    double[] variance = new double[t.strategies];
    for (int s = 0; s < t.strategies; s++) {
      int i = s * t.metrics + k;
      Estimate value = indicator ? Estimate.proportion(t.sum[i], t.runs)
          : scaled(Estimate.of(t.sum[i], (double) t.sumOfSquares[i], t.runs), scale).within(min, max);
      values.add(value);
      variance[s] = variance(t.sum[i], t.sumOfSquares[i], t.runs);
      differences.add(scaled(Estimate.of(t.differenceSum[i], (double) t.differenceSumOfSquares[i], t.runs), scale)
          .within(min - max, max - min));
    }
    for (int s = 0; s < t.strategies; s++) {
      int i = s * t.metrics + k;
      if (s == t.baseline) {
        ratios.add(Double.NaN);
        continue;
      }
      double paired = variance(t.differenceSum[i], t.differenceSumOfSquares[i], t.runs);
      double independent = variance[s] + variance[t.baseline];
      // Neither strategy varies: there was nothing for common random numbers to remove, so no ratio.
      ratios.add(paired == 0 ? (independent == 0 ? Double.NaN : Double.POSITIVE_INFINITY) : independent / paired);
    }
    List<Integer> ranks = new ArrayList<>();
    for (int s = 0; s < t.strategies; s++) {
      int rank = 1;
      for (int o = 0; o < t.strategies; o++) {
        double mine = values.get(s).mean();
        double theirs = values.get(o).mean();
        if (lowerIsBetter ? theirs < mine : theirs > mine) {
          rank++;
        }
      }
      ranks.add(rank);
    }
    return new MetricComparison(id, label, lowerIsBetter, values, differences, ratios, ranks);
  }

  private static double variance(long sum, long sumOfSquares, long n) {
    double mean = (double) sum / n;
    return Math.max(0, ((double) sumOfSquares - sum * mean) / (n - 1));
  }

  private static Estimate scaled(Estimate e, double scale) {
    return scale == 1 ? e : new Estimate(e.mean() / scale, e.low() / scale, e.high() / scale);
  }

  private static int[] dateMonths(Scenario scenario, List<YearMonth> dates) {
    if (scenario.capability() == null && !dates.isEmpty()) {
      // Without a capability model the arsenal is 0 in every run: comparing it would report a
      // number the scenario does not model.
      throw UserException.of("bad-option", Location.of("--dates"), "'" + scenario.id()
          + "' has no capability model, so there is no arsenal to compare; leave out --dates");
    }
    int[] months = new int[dates.size()];
    for (int d = 0; d < dates.size(); d++) {
      YearMonth date = dates.get(d);
      if (date.isBefore(scenario.start()) || date.isAfter(scenario.horizon())) {
        throw UserException.of("out-of-range", Location.of("--dates"), "date " + date + " is outside the scenario's "
            + scenario.start() + " to " + scenario.horizon());
      }
      months[d] = (date.getYear() - scenario.start().getYear()) * 12 + date.getMonthValue()
          - scenario.start().getMonthValue();
    }
    return months;
  }

  /** One thread's replications of every strategy and its sums. */
  private static final class Worker {
    final List<Replication> replications = new ArrayList<>();
    final List<Accumulator> accumulators = new ArrayList<>();
    final List<double[]> bounds = new ArrayList<>();
    final PairedStats stats;
    final int metrics;
    final int[] dateMonths;
    final long[] values;

    Worker(List<CompiledScenario> models, List<RandomStreams> streams, int metrics, int baseline, int[] dateMonths) {
      for (int s = 0; s < models.size(); s++) {
        CompiledScenario model = models.get(s);
        double[] b = SeriesBounds.of(model);
        bounds.add(b);
        replications.add(new Replication(model, streams.get(s)));
        accumulators.add(new Accumulator(model, b));
      }
      this.metrics = metrics;
      this.stats = new PairedStats(models.size(), metrics, baseline);
      this.dateMonths = dateMonths;
      this.values = new long[models.size() * metrics];
    }

    void work(long runs, AtomicLong nextBlock, AtomicLong done, ProgressListener progress) {
      while (true) {
        long first = nextBlock.getAndIncrement() * Simulation.BLOCK;
        if (first >= runs) {
          return;
        }
        long last = Math.min(runs, first + Simulation.BLOCK);
        for (long k = first; k < last; k++) {
          replicate(k);
        }
        progress.completed(done.addAndGet(last - first));
      }
    }

    private void replicate(long k) {
      for (int s = 0; s < replications.size(); s++) {
        Replication r = replications.get(s);
        r.run(k, accumulators.get(s));
        int base = s * metrics;
        int milestones = r.milestoneCount();
        int months = r.monthCount();
        for (int m = 0; m < milestones; m++) {
          int reached = r.milestoneFirst(m);
          values[base + m] = reached >= 0 ? 1 : 0;
          values[base + milestones + m] = reached >= 0 ? reached + 1 : months + 1;
        }
        values[base + 2 * milestones] = r.breakdownMonth() >= 0 ? 1 : 0;
        for (int d = 0; d < dateMonths.length; d++) {
          values[base + 2 * milestones + 1 + d] = Math.round(r.warheadsAt(dateMonths[d]) * ARSENAL_SCALE);
        }
      }
      stats.add(values);
    }
  }
}
