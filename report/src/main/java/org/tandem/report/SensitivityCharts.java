package org.tandem.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.tandem.core.result.Estimate;

/**
 * Sensitivity charts, apart from the rest of the report: they take plain records ({@link Swing},
 * {@link SobolIndex}) so that any sensitivity analysis can feed them.
 */
public final class SensitivityCharts {
  /** Legend labels of a tornado chart's two bars. */
  public static final List<String> TORNADO_LAYERS = List.of("parameter at its low end", "parameter at its high end");

  /** Legend labels of a Sobol' chart's two indices. */
  public static final List<String> SOBOL_LAYERS = List.of("first-order index", "total index");

  private SensitivityCharts() {}

  /**
   * The note to show instead of {@code chart} when it has nothing to draw (an output that does not
   * vary), or null when it has.
   */
  public static String emptyNote(Chart chart) {
    if (chart.chart().getPlot() instanceof XYPlot plot
        && org.jfree.data.general.DatasetUtils.isEmptyOrNull(plot.getDataset())) {
      return plot.getNoDataMessage();
    }
    return null;
  }

  /**
   * A tornado chart of one output: one row per parameter, widest swing on top, each with a bar from
   * 0 to its low-end swing and one from 0 to its high-end swing.
   *
   * @throws IllegalArgumentException when a swing belongs to another output, or there are none
   */
  public static Chart tornado(String id, String output, List<Swing> swings) {
    requireOutput(output, swings.stream().map(Swing::output).toList());
    List<Swing> sorted = new ArrayList<>(swings);
    sorted.sort(Comparator.comparingDouble(Swing::range).reversed());
    XYIntervalSeries low = new XYIntervalSeries(TORNADO_LAYERS.get(0));
    XYIntervalSeries high = new XYIntervalSeries(TORNADO_LAYERS.get(1));
    for (int i = 0; i < sorted.size(); i++) {
      Swing s = sorted.get(i);
      low.add(i, i - 0.35, i + 0.35, s.lowSwing(), Math.min(0, s.lowSwing()), Math.max(0, s.lowSwing()));
      high.add(i, i - 0.35, i + 0.35, s.highSwing(), Math.min(0, s.highSwing()), Math.max(0, s.highSwing()));
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    // An output that no parameter moves would be an empty grid: no data, and a note saying why.
    if (sorted.stream().anyMatch(s -> s.lowSwing() != 0 || s.highSwing() != 0)) {
      data.addSeries(low);
      data.addSeries(high);
    }
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, new Color(0x0072B2, false));
    renderer.setSeriesPaint(1, new Color(0xE69F00));
    renderer.setDrawBarOutline(false);
    SymbolAxis parameters = new SymbolAxis(null, sorted.stream().map(Swing::parameter).toArray(String[]::new));
    parameters.setInverted(true);
    parameters.setGridBandsVisible(false);
    // A probability's swing is a difference of probabilities: in percentage points, as elsewhere in the report.
    boolean probability = Charts.isProbability(output);
    NumberAxis value = new NumberAxis("change of " + output + " from its baseline" + (probability
        ? ", percentage points" : "") + ", in the model");
    if (probability) {
      value.setNumberFormatOverride(Charts.points());
    }
    XYPlot plot = new XYPlot(data, parameters, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
    plot.setNoDataMessage(output + " does not change when any parameter is set to either end of its range, in "
        + "the model.");
    JFreeChart chart = new JFreeChart("Tornado: " + output, Charts.TITLE, plot, true);
    return new Chart(id, "tornado", "Tornado: " + output, Charts.styled(chart), 900, 130 + 30 * sorted.size());
  }

  /**
   * First-order and total Sobol' indices of one output with their intervals, one row per
   * parameter, largest total index on top.
   */
  public static Chart sobol(String id, String output, List<SobolIndex> indices) {
    requireOutput(output, indices.stream().map(SobolIndex::output).toList());
    List<SobolIndex> sorted = new ArrayList<>(indices);
    sorted.sort(Comparator.comparingDouble((SobolIndex s) -> s.total().mean()).reversed());
    XYIntervalSeries first = new XYIntervalSeries(SOBOL_LAYERS.get(0));
    XYIntervalSeries total = new XYIntervalSeries(SOBOL_LAYERS.get(1));
    for (int i = 0; i < sorted.size(); i++) {
      SobolIndex s = sorted.get(i);
      first.add(i - 0.15, i - 0.15, i - 0.15, s.firstOrder().mean(), s.firstOrder().low(), s.firstOrder().high());
      total.add(i + 0.15, i + 0.15, i + 0.15, s.total().mean(), s.total().low(), s.total().high());
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    // An output that does not vary has no variance to share out: every index is undefined (NaN).
    if (sorted.stream().anyMatch(s -> Double.isFinite(s.firstOrder().mean()) || Double.isFinite(s.total().mean()))) {
      data.addSeries(first);
      data.addSeries(total);
    }
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setErrorStroke(new BasicStroke(2f));
    renderer.setSeriesPaint(0, Charts.PALETTE[0]);
    renderer.setSeriesPaint(1, Charts.PALETTE[1]);
    renderer.setCapLength(6);
    SymbolAxis parameters = new SymbolAxis(null, sorted.stream().map(SobolIndex::parameter).toArray(String[]::new));
    parameters.setInverted(true);
    parameters.setGridBandsVisible(false);
    NumberAxis value = new NumberAxis("share of the variance of " + output + ", in the model");
    // Indices lie in [0, 1] in theory, but estimates from few samples fall outside it (1.38 with an
    // interval up to 2.09, lower bounds of -0.4): the axis covers every estimate and interval, and
    // lines at 0 and 1 show where the theoretical range ends.
    double lowest = -0.05;
    double highest = 1.05;
    for (SobolIndex s : sorted) {
      for (Estimate e : List.of(s.firstOrder(), s.total())) {
        for (double v : new double[] {e.mean(), e.low(), e.high()}) {
          if (Double.isFinite(v)) {
            lowest = Math.min(lowest, v - 0.05);
            highest = Math.max(highest, v + 0.05);
          }
        }
      }
    }
    value.setRange(lowest, highest);
    XYPlot plot = new XYPlot(data, parameters, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setNoDataMessage(output + " does not vary over the sweep's points, in the model, so its variance has "
        + "nothing to share out: no Sobol' index is defined.");
    if (lowest < -0.05 || highest > 1.05) {
      BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f},
          0f);
      plot.addRangeMarker(new ValueMarker(0, Color.GRAY, dashed));
      plot.addRangeMarker(new ValueMarker(1, Color.GRAY, dashed));
    }
    JFreeChart chart = new JFreeChart("Sobol' indices: " + output, Charts.TITLE, plot, true);
    return new Chart(id, "sobol", "Sobol' indices: " + output, Charts.styled(chart), 900, 130 + 34 * sorted.size());
  }

  private static void requireOutput(String output, List<String> outputs) {
    if (outputs.isEmpty()) {
      throw new IllegalArgumentException("no sensitivity values for " + output);
    }
    for (String o : outputs) {
      if (!o.equals(output)) {
        throw new IllegalArgumentException("a value for output " + o + " in the chart of " + output);
      }
    }
  }
}
