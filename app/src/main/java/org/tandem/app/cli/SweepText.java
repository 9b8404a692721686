package org.tandem.app.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.tandem.core.scenario.Assumption;
import org.tandem.core.sweep.Correlation;
import org.tandem.core.sweep.Output;
import org.tandem.core.sweep.Parameter;
import org.tandem.core.sweep.ParameterSpace;
import org.tandem.core.sweep.PrccEstimate;
import org.tandem.core.sweep.PrccTable;
import org.tandem.core.sweep.SobolEstimate;
import org.tandem.core.sweep.SobolIndex;
import org.tandem.core.sweep.SobolTable;
import org.tandem.core.sweep.SweepManifest;
import org.tandem.core.sweep.SweepResult;
import org.tandem.core.sweep.Swing;
import org.tandem.core.sweep.Tornado;

/** The readable forms of {@code tandem sweep}: the list of parameters, and a sweep's tables. */
final class SweepText {
  private static final int BAR = 30;
  private static final int NOTE = 60;

  private SweepText() {}

  /** Every number that can be swept: path, value, location, and source or note. */
  static String parameters(ParameterSpace space) {
    List<Assumption> all = space.parameters();
    int width = all.stream().mapToInt(a -> a.path().length()).max().orElse(4) + 2;
    StringBuilder b = new StringBuilder();
    line(b, "%-" + width + "s%12s  %-22s %s", "path", "value", "location", "source / note");
    for (Assumption a : all) {
      String where = a.location().line() + ":" + a.location().column();
      String about = !a.source().isEmpty() ? a.source() : a.note().isEmpty() ? "-" : "note: " + a.note();
      if (about.length() > NOTE) {
        about = about.substring(0, NOTE - 3) + "...";
      }
      line(b, "%-" + width + "s%12s  %-22s %s", a.path(), format(a.value()), where, about);
    }
    line(b, "%d numbers in %s. Sweep one with --param PATH=LOW:HIGH.", all.size(), space.scenario().sourceName());
    return b.toString();
  }

  static String of(SweepResult r, double seconds) {
    SweepManifest m = r.manifest();
    StringBuilder b = new StringBuilder();
    line(b, "sweep of %s: method %s, %,d points x %,d runs, strategy %s (%.1f s)", m.scenario(), m.method(), m.points(),
        m.runs(), m.strategy(), seconds);
    line(b, "These are model outputs under the scenario's stated assumptions, not predictions of the world.");
    b.append('\n');
    int width = Math.max(12, r.parameters().stream().mapToInt(p -> p.path().length()).max().orElse(0) + 2);
    line(b, "%-" + width + "s%12s%12s%12s", "parameter", "low", "high", "scenario");
    for (Parameter p : r.parameters()) {
      line(b, "%-" + width + "s%12s%12s%12s", p.path(), format(p.range().low()), format(p.range().high()),
          format(p.base()));
    }
    if (r.analysis() instanceof Tornado t) {
      tornado(b, r, t, width);
    } else if (r.analysis() instanceof PrccTable t) {
      prcc(b, r, t, width);
    } else {
      sobol(b, r, (SobolTable) r.analysis(), width);
    }
    b.append('\n');
    line(b, "manifest: scenario %s (sha256 %s), strategy %s, seed %d, %,d runs per point, same seed at every point",
        m.scenario(), m.scenarioSha256().substring(0, 12), m.strategy(), m.seed(), m.runs());
    line(b, "  rng %s; tandem %s; sweep fingerprint %s", m.rng(), m.version(), m.fingerprint().substring(0, 12));
    return b.toString();
  }

  private static void tornado(StringBuilder b, SweepResult r, Tornado t, int width) {
    for (Output o : r.outputs()) {
      List<Swing> rows = t.swings().stream().filter(s -> s.output().equals(o.id())).toList();
      double base = rows.get(0).base();
      double largest = rows.get(0).swing();
      b.append('\n');
      line(b, "%s: %s with the scenario's values%s", o.id(), format(base), noise(o, base, r.manifest().runs()));
      line(b, "%-" + width + "s%12s%12s%10s  %s", "parameter", "at low", "at high", "swing", "");
      for (Swing s : rows) {
        int bar = largest > 0 ? (int) Math.round(BAR * s.swing() / largest) : 0;
        line(b, "%-" + width + "s%12s%12s%10s  %s", s.parameter(), format(s.atLow()), format(s.atHigh()),
            format(s.swing()), "#".repeat(bar));
      }
    }
  }

  /** For a probability, the Monte Carlo standard error at the scenario's values, to judge small swings. */
  private static String noise(Output o, double p, long runs) {
    if (o.kind() != Output.Kind.PROBABILITY && o.kind() != Output.Kind.BREAKDOWN) {
      return "";
    }
    return String.format(Locale.ROOT, " (Monte Carlo standard error %.4f; on common random numbers a swing is usually"
        + " less noisy than that)", Math.sqrt(p * (1 - p) / runs));
  }

  private static void prcc(StringBuilder b, SweepResult r, PrccTable t, int width) {
    b.append('\n');
    line(b, "partial rank correlation coefficients (PRCC) with 95%% intervals (Fisher z); * marks an interval"
        + " that excludes 0");
    for (Output o : r.outputs()) {
      b.append('\n');
      line(b, "%s", o.id());
      line(b, "%-" + width + "s%9s%20s%10s", "parameter", "PRCC", "95% interval", "p-value");
      for (Correlation c : t.correlations()) {
        if (!c.output().equals(o.id())) {
          continue;
        }
        PrccEstimate e = c.estimate();
        if (Double.isNaN(e.value())) {
          line(b, "%-" + width + "s%9s", c.parameter(), "n/a (the output does not vary)");
          continue;
        }
        line(b, "%-" + width + "s%9.3f%20s%10.3g %s", c.parameter(), e.value(),
            String.format(Locale.ROOT, "[%.3f, %.3f]", e.low(), e.high()), e.pValue(), e.significant() ? "*" : "");
      }
    }
  }

  private static void sobol(StringBuilder b, SweepResult r, SobolTable t, int width) {
    b.append('\n');
    line(b, "Sobol' indices: first order (Saltelli 2010) and total (Jansen 1999), 95%% bootstrap intervals");
    for (Output o : r.outputs()) {
      b.append('\n');
      line(b, "%s", o.id());
      line(b, "%-" + width + "s%9s%20s%9s%20s", "parameter", "first", "95% interval", "total", "95% interval");
      for (SobolIndex s : t.indices()) {
        if (!s.output().equals(o.id())) {
          continue;
        }
        SobolEstimate e = s.estimate();
        if (Double.isNaN(e.firstOrder())) {
          line(b, "%-" + width + "s%9s", s.parameter(), "n/a (the output does not vary)");
          continue;
        }
        line(b, "%-" + width + "s%9.3f%20s%9.3f%20s", s.parameter(), e.firstOrder(),
            String.format(Locale.ROOT, "[%.3f, %.3f]", e.firstLow(), e.firstHigh()), e.total(),
            String.format(Locale.ROOT, "[%.3f, %.3f]", e.totalLow(), e.totalHigh()));
      }
    }
  }

  private static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    if (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e9) {
      return String.format(Locale.ROOT, "%.4g", v);
    }
    return new BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
