package org.tandem.core.sim;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;

/** Every number of a result as text, to compare results exactly and keep golden summaries. */
final class Fingerprint {
  private Fingerprint() {}

  static String of(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    b.append("manifest ").append(r.manifest().scenario()).append(' ').append(r.manifest().strategy()).append(' ')
        .append(new TreeMap<>(r.manifest().given())).append(" seed=").append(r.manifest().seed())
        .append(" runs=").append(r.manifest().runs()).append('\n');
    for (MilestoneResult m : r.milestones()) {
      b.append("milestone ").append(m.id()).append(" p=").append(m.probability()).append(" median=")
          .append(m.medianMonth()).append(" reversal=").append(m.reversal()).append(" byYear=")
          .append(new TreeMap<>(m.byYear())).append('\n');
      b.append("  cumulative ").append(Arrays.toString(m.cumulative())).append('\n');
    }
    b.append("breakdown ").append(r.breakdownProbability()).append('\n');
    for (SeriesResult s : r.series()) {
      b.append("series ").append(s.id()).append(" overflow=").append(s.overflow()).append('\n');
      b.append("  mean ").append(Arrays.toString(s.mean())).append('\n');
      b.append("  p05 ").append(Arrays.toString(s.p05())).append('\n');
      b.append("  p50 ").append(Arrays.toString(s.p50())).append('\n');
      b.append("  p95 ").append(Arrays.toString(s.p95())).append('\n');
    }
    r.blockers().forEach(x -> b.append("blocker ").append(x).append('\n'));
    r.steps().forEach(x -> b.append("step ").append(x).append('\n'));
    r.steps().forEach(x -> b.append("step-by-month ").append(x.id()).append(" agreed ")
        .append(Arrays.toString(x.agreedBy())).append(" implemented ").append(Arrays.toString(x.implementedBy()))
        .append(" verified ").append(Arrays.toString(x.verifiedBy())).append('\n'));
    r.tracks().forEach(x -> b.append("track ").append(x.id()).append(' ').append(x.moved()).append(' ')
        .append(x.medianFirstMonth()).append(' ').append(new TreeMap<String, Double>(x.startsNoLaterThan())).append('\n'));
    r.events().forEach(x -> b.append("event ").append(x.id()).append(' ').append(x.meanFirings()).append(' ')
        .append(new TreeMap<String, Double>(x.outcomes())).append('\n'));
    return b.toString();
  }

  static Map<String, Double> stepAgreed(SimulationResult r) {
    Map<String, Double> out = new TreeMap<>();
    r.steps().forEach(s -> out.put(s.id(), s.agreed()));
    return out;
  }
}
