package org.tandem.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.tandem.core.result.BlockerShare;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.Estimate;
import org.tandem.core.result.EventResult;
import org.tandem.core.result.MetricComparison;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;

/**
 * The charts of a simulation or comparison report, built from result records with JFreeChart.
 * Every chart is styled here (white background, print-friendly colours), never through
 * JFreeChart's global theme.
 */
public final class Charts {
  /** Line colours, distinguishable in print and for the common colour-vision deficiencies. */
  static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

  static final Font TITLE = new Font("SansSerif", Font.BOLD, 14);
  static final Font LABEL = new Font("SansSerif", Font.PLAIN, 12);
  static final Font TICK = new Font("SansSerif", Font.PLAIN, 11);

  /** Legend labels of a fan chart's layers, in drawing order. */
  public static final List<String> FAN_LAYERS = List.of("5-95%", "25-75%", "median");

  private Charts() {}

  /** Each milestone's probability of having been reached by each month, one line per milestone. */
  public static Chart milestones(String id, SimulationResult r) {
    return milestones(id, r, "Probability each milestone has been reached");
  }

  /** As {@link #milestones(String, SimulationResult)}, with its own title. */
  public static Chart milestones(String id, SimulationResult r, String title) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (MilestoneResult m : r.milestones()) {
      XYSeries s = new XYSeries(m.name(), false, true);
      double[] c = m.cumulative();
      for (int t = 0; t < c.length; t++) {
        s.add(year(r.monthAt(t)), c[t]);
      }
      data.addSeries(s);
    }
    NumberAxis x = timeAxis();
    NumberAxis y = new NumberAxis("probability reached, in the model");
    y.setRange(0, 1);
    y.setNumberFormatOverride(percent());
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < r.milestones().size(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, lineStroke(i));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    // The legend sits below the plot; the chart grows by its rows so that the plot keeps its height.
    int rows = legendRows(r.milestones().stream().map(MilestoneResult::name).toList(), 900);
    return new Chart(id, "milestones", title, styled(new JFreeChart(title, TITLE, plot, true)), 900,
        400 + 18 * rows);
  }

  /** Dash patterns of lines, one per round of the palette: solid, dashed, dotted, dash-dot. */
  private static final float[][] DASHES = {null, {9f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}};

  /**
   * The stroke of line {@code i}: solid for the first round of {@link #PALETTE}, then each further
   * round of colours with the next dash pattern, so lines up to four times the palette stay apart.
   */
  static BasicStroke lineStroke(int i) {
    float[] dash = DASHES[(i / PALETTE.length) % DASHES.length];
    return dash == null ? new BasicStroke(2.2f)
        : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** Rows a bottom legend of these labels takes in a chart {@code width} pixels wide (12 px text, 40 px per swatch). */
  static int legendRows(List<String> labels, int width) {
    int rows = labels.isEmpty() ? 0 : 1;
    double used = 0;
    for (String label : labels) {
      double w = 40 + 7 * label.length();
      if (used > 0 && used + w > width - 20) {
        rows++;
        used = 0;
      }
      used += w;
    }
    return rows;
  }

  /**
   * A fan chart of one series: the 5-95% and 25-75% bands between runs and the median per month.
   *
   * @param small drawn for a grid of small multiples (no legend, smaller title)
   */
  public static Chart fan(String id, SimulationResult r, SeriesResult s, String label, boolean small) {
    return fan(id, r, s, label, label, small);
  }

  /** As {@link #fan(String, SimulationResult, SeriesResult, String, boolean)}, with its own title. */
  public static Chart fan(String id, SimulationResult r, SeriesResult s, String label, String title, boolean small) {
    YIntervalSeries outer = new YIntervalSeries(FAN_LAYERS.get(0));
    YIntervalSeries inner = new YIntervalSeries(FAN_LAYERS.get(1));
    YIntervalSeries median = new YIntervalSeries(FAN_LAYERS.get(2));
    for (int t = 0; t < s.p50().length; t++) {
      double x = year(r.monthAt(t));
      outer.add(x, s.p50()[t], s.p05()[t], s.p95()[t]);
      inner.add(x, s.p50()[t], s.p25()[t], s.p75()[t]);
      median.add(x, s.p50()[t], s.p50()[t], s.p50()[t]);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(outer);
    data.addSeries(inner);
    data.addSeries(median);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(1f);
    renderer.setSeriesFillPaint(0, new Color(0xC6DBEF));
    renderer.setSeriesFillPaint(1, new Color(0x6BAED6));
    renderer.setSeriesFillPaint(2, new Color(0x08519C));
    renderer.setSeriesPaint(0, new Color(0xC6DBEF));
    renderer.setSeriesPaint(1, new Color(0x6BAED6));
    renderer.setSeriesPaint(2, new Color(0x08306B));
    renderer.setSeriesStroke(0, new BasicStroke(0.5f));
    renderer.setSeriesStroke(1, new BasicStroke(0.5f));
    renderer.setSeriesStroke(2, new BasicStroke(small ? 1.5f : 2.2f));
    NumberAxis y = new NumberAxis(small ? null : label + ", in the model");
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, timeAxis(), y, renderer);
    // Outer band first, so the inner band and the median are drawn over it.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    // Bands as filled swatches in the legend (the renderer would show them as hairlines).
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < 2; i++) {
      legend.add(new LegendItem(FAN_LAYERS.get(i), null, null, null, new Rectangle2D.Double(-7, -5, 14, 10),
          renderer.getSeriesFillPaint(i)));
    }
    legend.add(new LegendItem(FAN_LAYERS.get(2), null, null, null, new Line2D.Double(-7, 0, 7, 0),
        new BasicStroke(2.2f), renderer.getSeriesPaint(2)));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, small ? LABEL : TITLE, plot, !small);
    return new Chart(id, "fan", title, styled(chart), small ? 300 : 900, small ? 200 : 400);
  }

  /** Shares of the runs that did not reach a milestone, by what stood in the way, largest first. */
  public static Chart blockers(String id, String milestoneName, List<BlockerShare> shares, int limit) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    shares.stream().sorted((a, b) -> Double.compare(b.share(), a.share())).limit(limit)
        .forEach(b -> data.addValue(b.share(), "share of runs not reaching it", b.blocker()));
    CategoryAxis categories = new CategoryAxis(null);
    categories.setMaximumCategoryLabelWidthRatio(0.55f);
    categories.setMaximumCategoryLabelLines(2);
    categories.setTickLabelFont(TICK);
    NumberAxis value = new NumberAxis("share of the runs that did not reach it");
    value.setRange(0, 1);
    value.setNumberFormatOverride(percent());
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, PALETTE[1]);
    renderer.setMaximumBarWidth(0.12);
    CategoryPlot plot = new CategoryPlot(data, categories, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    int rows = Math.max(1, data.getColumnCount());
    String title = "What stood in the way: " + milestoneName;
    return new Chart(id, "blockers", title, styled(new JFreeChart(title, TITLE, plot, false)), 900, 110 + 34 * rows);
  }

  /**
   * One compared output: each strategy's value with its 95% interval (left) and its paired
   * difference to the baseline with its 95% interval (right), strategies on the shared vertical axis.
   */
  public static Chart comparison(String id, ComparisonResult c, MetricComparison m) {
    String[] names = shortLabels(c.strategies(), LABEL_CHARS).toArray(String[]::new);
    boolean proportion = isProportion(m);
    XYPlot values = dotWhiskerPlot(m.values(), names, "value (95% interval)", proportion ? percent() : null,
        PALETTE[0], null);
    // A difference of two probabilities is in percentage points, as in the text output.
    XYPlot differences = dotWhiskerPlot(m.differences(), names,
        "minus " + shortLabel(c.baseline(), LABEL_CHARS) + " (paired, 95% interval)", proportion ? points() : null, PALETTE[1], 0.0);
    SymbolAxis strategies = new SymbolAxis(null, names);
    strategies.setInverted(true);
    strategies.setTickLabelFont(TICK);
    strategies.setGridBandsVisible(false);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(strategies);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.add(values, 1);
    plot.add(differences, 1);
    plot.setGap(36);
    JFreeChart chart = new JFreeChart(m.label(), TITLE, plot, false);
    return new Chart(id, "comparison", m.label(), styled(chart), 900, 120 + 36 * names.length);
  }

  /** Longest strategy id drawn whole on a comparison chart's axis; longer ones are shortened in the middle. */
  static final int LABEL_CHARS = 26;

  /**
   * The labels of {@code ids} on a chart axis: each at most {@code max} characters, a longer one cut
   * in its middle ("a-strategy-wi...ber-2-for-testing") so that ids differing only in their ends
   * stay apart; labels that would still coincide get their position appended. The report gives the
   * full ids beside the chart.
   */
  static List<String> shortLabels(List<String> ids, int max) {
    List<String> out = new java.util.ArrayList<>(ids.stream().map(id -> shortLabel(id, max)).toList());
    for (int i = 0; i < out.size(); i++) {
      if (java.util.Collections.frequency(out, out.get(i)) > 1 && !ids.get(i).equals(out.get(i))) {
        out.set(i, out.get(i) + " (" + (i + 1) + ")");
      }
    }
    return out;
  }

  /** {@code id} cut in its middle to at most {@code max} characters, or whole if it fits. */
  static String shortLabel(String id, int max) {
    if (id.length() <= max) {
      return id;
    }
    int head = (max - 1) / 2;
    int tail = max - 1 - head;
    return id.substring(0, head) + "\u2026" + id.substring(id.length() - tail);
  }

  /**
   * A dot-and-whisker plot of estimates, one per row of {@code rows}; drawn with the value on the
   * horizontal axis once the plot is placed in a horizontal combined plot or oriented horizontally.
   */
  static XYPlot dotWhiskerPlot(List<Estimate> estimates, String[] rows, String axisLabel, DecimalFormat format,
      Color colour, Double marker) {
    XYIntervalSeries series = new XYIntervalSeries(axisLabel);
    for (int i = 0; i < estimates.size(); i++) {
      Estimate e = estimates.get(i);
      series.add(i, i, i, e.mean(), e.low(), e.high());
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(series);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesPaint(0, colour);
    renderer.setErrorPaint(colour);
    renderer.setErrorStroke(new BasicStroke(2f));
    renderer.setCapLength(8);
    NumberAxis value = new NumberAxis(axisLabel);
    value.setAutoRangeIncludesZero(marker != null);
    // Keep a margin beyond 0 too, so the baseline's own difference (exactly 0) is not cut in half.
    value.setAutoRangeStickyZero(false);
    value.setLabelFont(LABEL);
    value.setTickLabelFont(TICK);
    if (format != null) {
      value.setNumberFormatOverride(format);
    }
    // A difference that does not vary (the baseline's own) would otherwise get an axis a hair wide.
    value.setAutoRangeMinimumSize(format != null ? 0.02 : 1.0);
    SymbolAxis rowAxis = new SymbolAxis(null, rows);
    XYPlot plot = new XYPlot(data, rowAxis, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.setDomainGridlinesVisible(false);
    if (marker != null) {
      ValueMarker zero = new ValueMarker(marker, Color.DARK_GRAY, new BasicStroke(1f));
      plot.addRangeMarker(zero);
    }
    return plot;
  }

  /** Whether a compared output is a probability (drawn in percent). */
  static boolean isProportion(MetricComparison m) {
    return isProbability(m.id());
  }

  /** Whether an output id ({@code p:MILESTONE}, {@code breakdown}) names a probability. */
  static boolean isProbability(String outputId) {
    return outputId.startsWith("p:") || outputId.equals("breakdown");
  }

  /** The decimal year of a month (its first day), the x of every time chart. */
  /** A measured series as a line over the calendar, on its own scale. */
  public static Chart observed(String id, ObservedSeries o) {
    XYSeries series = new XYSeries(o.name());
    double[] values = o.values();
    for (int t = 0; t < values.length; t++) {
      series.add(year(o.months().get(t)), values[t]);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, new Color(0xA63603));
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setSeriesShape(0, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
    NumberAxis y = new NumberAxis(o.name() + ", measured");
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), timeAxis(), y, renderer);
    JFreeChart chart = new JFreeChart(o.name(), TITLE, plot, false);
    return new Chart(id, "observed", o.name(), styled(chart), 900, 320);
  }

  /**
   * Simulated curves of reaching something (milestones, or a step's stages) with the days the
   * record shows them reached: a dashed vertical line and a dot on the curve at each recorded day.
   */
  public static Chart tracked(String id, String title, SimulationResult r, List<TrackedCurve> curves) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeriesCollection recorded = new XYSeriesCollection();
    XYPlot plot = new XYPlot();
    for (int i = 0; i < curves.size(); i++) {
      TrackedCurve c = curves.get(i);
      XYSeries s = new XYSeries(c.label(), false, true);
      double[] cumulative = c.cumulative();
      for (int t = 0; t < cumulative.length; t++) {
        s.add(year(r.monthAt(t)), cumulative[t]);
      }
      data.addSeries(s);
      XYSeries dot = new XYSeries(c.label() + " (recorded)", false, true);
      if (c.happenedOn() != null) {
        int t = (int) java.time.temporal.ChronoUnit.MONTHS.between(r.start(), YearMonth.from(c.happenedOn()));
        if (t >= 0 && t < cumulative.length) {
          dot.add(year(c.happenedOn()), cumulative[t]);
        }
        ValueMarker marker = new ValueMarker(year(c.happenedOn()), PALETTE[i % PALETTE.length],
            new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        plot.addDomainMarker(marker);
      }
      recorded.addSeries(dot);
    }
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < curves.size(); i++) {
      Color colour = PALETTE[i % PALETTE.length];
      lines.setSeriesPaint(i, colour);
      lines.setSeriesStroke(i, new BasicStroke(2.2f));
      dots.setSeriesPaint(i, colour);
      dots.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9));
      legend.add(new LegendItem(curves.get(i).label(), null, null, null, new Line2D.Double(-7, 0, 7, 0),
          new BasicStroke(2.2f), colour));
    }
    legend.add(new LegendItem("recorded (dashed line: the day)", null, null, null,
        new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9), Color.DARK_GRAY));
    NumberAxis y = new NumberAxis("probability reached, in the model");
    y.setRange(0, 1);
    y.setNumberFormatOverride(percent());
    plot.setDomainAxis(timeAxis());
    plot.setRangeAxis(y);
    plot.setDataset(0, data);
    plot.setRenderer(0, lines);
    plot.setDataset(1, recorded);
    plot.setRenderer(1, dots);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    plot.setFixedLegendItems(legend);
    return new Chart(id, "tracked", title, styled(new JFreeChart(title, TITLE, plot, true)), 900, 380);
  }

  /**
   * A series' fan chart with observations drawn over it: a dot at each observed value (a range's
   * midpoint) with a bar over its range, at the day it describes.
   */
  public static Chart fanWithObservations(String id, SimulationResult r, SeriesResult s, String label, String title,
      ObservedPoints observed) {
    Chart fan = fan(id, r, s, label, title, false);
    XYPlot plot = fan.chart().getXYPlot();
    XYIntervalSeries points = new XYIntervalSeries("observed (" + observed.method() + ")");
    for (ObservedPoint p : observed.points()) {
      double x = year(p.date());
      points.add(x, x, x, (p.low() + p.high()) / 2, p.low(), p.high());
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(points);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    Color colour = new Color(0xA63603);
    renderer.setSeriesPaint(0, colour);
    renderer.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
    renderer.setErrorPaint(colour);
    renderer.setErrorStroke(new BasicStroke(2f));
    renderer.setCapLength(6);
    plot.setDataset(1, data);
    plot.setRenderer(1, renderer);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    LegendItemCollection legend = new LegendItemCollection();
    legend.addAll(plot.getFixedLegendItems());
    legend.add(new LegendItem(points.getKey().toString(), null, null, null, new Rectangle2D.Double(-4, -4, 8, 8),
        colour));
    plot.setFixedLegendItems(legend);
    return new Chart(id, "observed-fan", title, fan.chart(), fan.width(), fan.height());
  }

  /**
   * Observed yearly counts over the simulated distribution of a stochastic event's firings per
   * calendar year: for each year the median and the central 50% and 90% intervals (the smallest
   * counts whose simulated share reaches 25% and 75%, 5% and 95%), drawn as steps across the year,
   * and each observed count as a point in the middle of its year.
   */
  public static Chart countsWithObservations(String id, SimulationResult r, ObservedCounts observed, String title) {
    return yearlyCounts(id, r, observed.event(), title, observed, false);
  }

  /**
   * A stochastic event's firings per calendar year: the median and the central 50% and 90%
   * intervals of the runs, with the observed counts as points when {@code observed} is not null.
   */
  public static Chart yearlyCounts(String id, SimulationResult r, String eventId, String title,
      ObservedCounts observed, boolean small) {
    EventResult event = r.events().stream().filter(e -> e.id().equals(eventId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
    YIntervalSeries outer = new YIntervalSeries(FAN_LAYERS.get(0));
    YIntervalSeries inner = new YIntervalSeries(FAN_LAYERS.get(1));
    YIntervalSeries median = new YIntervalSeries(FAN_LAYERS.get(2));
    event.byYear().forEach((year, d) -> {
      int y = Integer.parseInt(year);
      for (double x : new double[] {y, y + 0.999}) {
        outer.add(x, d.quantile(0.5), d.quantile(0.05), d.quantile(0.95));
        inner.add(x, d.quantile(0.5), d.quantile(0.25), d.quantile(0.75));
        median.add(x, d.quantile(0.5), d.quantile(0.5), d.quantile(0.5));
      }
    });
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    bands.addSeries(outer);
    bands.addSeries(inner);
    bands.addSeries(median);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(1f);
    Color[] fills = {new Color(0xC6DBEF), new Color(0x6BAED6), new Color(0x08519C)};
    for (int i = 0; i < 3; i++) {
      renderer.setSeriesFillPaint(i, fills[i]);
      renderer.setSeriesPaint(i, i == 2 ? new Color(0x08306B) : fills[i]);
      renderer.setSeriesStroke(i, new BasicStroke(i == 2 ? 2.2f : 0.5f));
    }
    NumberAxis y = new NumberAxis(small ? null : "count per year");
    y.setAutoRangeIncludesZero(true);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = new XYPlot(bands, timeAxis(), y, renderer);
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < 2; i++) {
      legend.add(new LegendItem(FAN_LAYERS.get(i), null, null, null, new Rectangle2D.Double(-7, -5, 14, 10),
          fills[i]));
    }
    legend.add(new LegendItem(FAN_LAYERS.get(2), null, null, null, new Line2D.Double(-7, 0, 7, 0),
        new BasicStroke(2.2f), new Color(0x08306B)));
    if (observed != null) {
      XYSeries points = new XYSeries("observed (" + observed.method() + ")");
      for (ObservedCount p : observed.points()) {
        points.add(p.year() + 0.5, p.count());
      }
      XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
      Color colour = new Color(0xA63603);
      dots.setSeriesPaint(0, colour);
      dots.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
      plot.setDataset(1, new XYSeriesCollection(points));
      plot.setRenderer(1, dots);
      plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
      legend.add(new LegendItem(points.getKey().toString(), null, null, null, new Rectangle2D.Double(-4, -4, 8, 8),
          colour));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, small ? LABEL : TITLE, plot, !small);
    return new Chart(id, observed == null ? "counts" : "observed-counts", title, styled(chart), small ? 300 : 900,
        small ? 200 : 400);
  }

  /** The decimal year of a day. */
  static double year(java.time.LocalDate day) {
    return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
  }

  static double year(YearMonth month) {
    return month.getYear() + (month.getMonthValue() - 1) / 12.0;
  }

  static NumberAxis timeAxis() {
    NumberAxis x = new NumberAxis(null);
    x.setAutoRangeIncludesZero(false);
    x.setAutoRangeStickyZero(false);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    x.setTickUnit(new NumberTickUnit(2, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))), false,
        false);
    x.setAutoTickUnitSelection(true);
    return x;
  }

  static DecimalFormat percent() {
    return new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** Differences of probabilities in percentage points: 0.05 is "+5 pt", -0.347 is "-34.7 pt". */
  static DecimalFormat points() {
    DecimalFormat f = new DecimalFormat("+0.# pt;-0.# pt", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMultiplier(100);
    return f;
  }

  /** Applies the house style to a chart and its plot. */
  static JFreeChart styled(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setPaint(new Color(0x222222));
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(LABEL);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    if (chart.getPlot() instanceof XYPlot xy) {
      xy.setBackgroundPaint(Color.WHITE);
      xy.setDomainGridlinePaint(new Color(0xDDDDDD));
      xy.setRangeGridlinePaint(new Color(0xDDDDDD));
      xy.setOutlineVisible(false);
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        font(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        font(xy.getRangeAxis(i));
      }
    } else if (chart.getPlot() instanceof CategoryPlot cat) {
      cat.setBackgroundPaint(Color.WHITE);
      cat.setRangeGridlinePaint(new Color(0xDDDDDD));
      cat.setOutlineVisible(false);
      font(cat.getRangeAxis());
    }
    return chart;
  }

  private static void font(org.jfree.chart.axis.Axis axis) {
    if (axis != null) {
      axis.setLabelFont(LABEL);
      axis.setTickLabelFont(TICK);
    }
  }
}
