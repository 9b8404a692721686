package org.tandem.core.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streaming, mergeable aggregation of many runs, in fixed memory: integer counts and histograms,
 * and fixed-point sums for means, so that merging in any order gives identical results (the same
 * seed gives the same numbers whatever the thread count). Series quantiles come from histograms of
 * {@link #BINS} bins over each series' range.
 *
 * <p>Series values are first buffered for {@link #BUFFERED_RUNS} runs and then added cell by
 * cell: the histograms are megabytes, and adding one run's values straight into them touched a
 * different cache line for every month and series.
 */
final class Accumulator {
  static final int BINS = 512;
  /** Means are summed in units of 2^-20 (about 1e-6). */
  static final double FIXED_POINT = 1 << 20;
  /** Runs whose series values are buffered before they are added to the histograms. */
  static final int BUFFERED_RUNS = 64;
  /** Months added per pass over the buffered runs in {@link #flush}. */
  private static final int FLUSH_BLOCK = 16;
  /** Stages whose first month is counted per step: agreed, implemented, verified. */
  static final int STAGES = 3;
  static final int AGREED = 0;
  static final int IMPLEMENTED = 1;
  static final int VERIFIED = 2;
  /** Yearly firing counts kept per stochastic event: 0 to 12, since an event fires at most once a month. */
  static final int COUNTS = 13;

  final int months;
  final int series;
  final int milestones;
  final int steps;
  final int events;
  final int years;
  final double[] bounds;
  /** BINS / (hi - lo) of each series. */
  private final double[] binScale;
  long runs;
  /** [milestone][first month reached, or months for never]. */
  final long[][] milestoneFirst;
  final long[] milestoneLost;
  final long[] breakdownFirst;
  final long[] stepReversed;
  /**
   * [(stage * steps + step) * (months + 1) + month]: runs in which the step first reached the stage
   * ({@link #AGREED}, {@link #IMPLEMENTED}, {@link #VERIFIED}) in that month; month {@code months}
   * counts the runs in which it never did.
   */
  final long[] stepFirst;
  final int tracks;
  /** [track][first month a step of it was agreed, or months for never]. */
  final long[][] trackFirst;
  /** [t1 * tracks + t2]: runs in which t1 moved and t2 had not moved earlier than t1. */
  final long[] trackNoLater;
  final long[] eventFired;
  /**
   * [(event * years + year) * COUNTS + k]: runs in which the stochastic event fired k times in the
   * calendar year (year 0 is the start's).
   */
  final long[] eventYearCount;
  final long[][] outcomeCount;
  final long[] seriesSum;
  final int[] histogram;
  final long[] overflow;
  /** [run in buffer][series][month] values not yet added to the histograms. */
  private final double[] buffer;
  private int buffered;
  /** Per milestone, blocker label to count. */
  final Map<String, long[]> blockers = new LinkedHashMap<>();

  Accumulator(CompiledScenario model, double[] bounds) {
    months = model.months;
    series = model.seriesNames.size();
    milestones = model.milestones;
    steps = model.steps;
    events = model.events;
    years = model.years;
    this.bounds = bounds;
    binScale = new double[series];
    for (int s = 0; s < series; s++) {
      binScale[s] = BINS / (bounds[2 * s + 1] - bounds[2 * s]);
    }
    milestoneFirst = new long[milestones][months + 1];
    milestoneLost = new long[milestones];
    breakdownFirst = new long[months + 1];
    stepReversed = new long[steps];
    stepFirst = new long[STAGES * steps * (months + 1)];
    tracks = model.trackSteps.length;
    trackFirst = new long[tracks][months + 1];
    trackNoLater = new long[tracks * tracks];
    eventFired = new long[events];
    eventYearCount = new long[events * years * COUNTS];
    outcomeCount = new long[events][];
    for (int e = 0; e < events; e++) {
      outcomeCount[e] = new long[model.scheduled[e] ? model.outcomeProbability[e].length : 0];
    }
    seriesSum = new long[series * months];
    histogram = new int[series * months * BINS];
    overflow = new long[series];
    buffer = new double[BUFFERED_RUNS * series * months];
  }

  /** Records one series value of the current run; allocation-free. */
  void record(int s, int month, double value) {
    buffer[(buffered * series + s) * months + month] = value;
  }

  /** Ends the current run's series; every {@link #BUFFERED_RUNS} runs they go to the histograms. */
  void endRun() {
    if (++buffered == BUFFERED_RUNS) {
      flush();
    }
  }

  /**
   * Adds the buffered runs' series values to the sums and histograms, a block of months at a time
   * so that the block's histogram rows stay in cache while every buffered run is added to them.
   */
  void flush() {
    for (int s = 0; s < series; s++) {
      double lo = bounds[2 * s];
      double hi = bounds[2 * s + 1];
      double scale = binScale[s];
      for (int from = 0; from < months; from += FLUSH_BLOCK) {
        int to = Math.min(months, from + FLUSH_BLOCK);
        for (int r = 0; r < buffered; r++) {
          int row = (r * series + s) * months;
          for (int t = from; t < to; t++) {
            double value = buffer[row + t];
            int cell = s * months + t;
            seriesSum[cell] += (long) Math.rint(value * FIXED_POINT);
            int bin = (int) ((value - lo) * scale);
            if (bin >= BINS) {
              if (value > hi) {
                overflow[s]++;
              }
              bin = BINS - 1;
            } else if (bin < 0) {
              bin = 0;
            }
            histogram[cell * BINS + bin]++;
          }
        }
      }
    }
    buffered = 0;
  }

  void blocker(int milestone, String label) {
    blockers.computeIfAbsent(label, k -> new long[milestones])[milestone]++;
  }

  /** Adds {@code other}'s counts to this one. Order of merging does not matter. */
  void merge(Accumulator other) {
    flush();
    other.flush();
    runs += other.runs;
    for (int m = 0; m < milestones; m++) {
      add(milestoneFirst[m], other.milestoneFirst[m]);
    }
    add(milestoneLost, other.milestoneLost);
    add(breakdownFirst, other.breakdownFirst);
    add(stepReversed, other.stepReversed);
    add(stepFirst, other.stepFirst);
    for (int t = 0; t < tracks; t++) {
      add(trackFirst[t], other.trackFirst[t]);
    }
    add(trackNoLater, other.trackNoLater);
    add(eventFired, other.eventFired);
    add(eventYearCount, other.eventYearCount);
    for (int e = 0; e < events; e++) {
      add(outcomeCount[e], other.outcomeCount[e]);
    }
    add(seriesSum, other.seriesSum);
    for (int i = 0; i < histogram.length; i++) {
      histogram[i] += other.histogram[i];
    }
    add(overflow, other.overflow);
    for (Map.Entry<String, long[]> b : other.blockers.entrySet()) {
      add(blockers.computeIfAbsent(b.getKey(), k -> new long[milestones]), b.getValue());
    }
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }
}
