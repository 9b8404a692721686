package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.core.result.BlockerShare;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.MetricComparison;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;

class ChartsTest {
  private static SimulationResult result;

  @BeforeAll
  static void simulate() {
    result = Fixtures.simulate(Fixtures.hostile(), "engage", 200);
  }

  @Test
  void monthsArePlacedAtDecimalYears() {
    assertThat(Charts.year(YearMonth.of(2012, 1))).isEqualTo(2012.0);
    assertThat(Charts.year(YearMonth.of(2012, 10))).isEqualTo(2012.75);
  }

  @Test
  void milestoneChartHasOneSeriesPerMilestoneWithItsCumulativeProbabilityPerMonth() {
    XYDataset data = Charts.milestones("m", result).chart().getXYPlot().getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(result.milestones().size());
    assertThat(data.getSeriesKey(0).toString()).isEqualTo("Deal <done> & dusted");
    assertThat(data.getItemCount(0)).isEqualTo(result.months());
    double[] cumulative = result.milestones().get(0).cumulative();
    assertThat(data.getYValue(0, result.months() - 1)).isEqualTo(cumulative[cumulative.length - 1]);
    assertThat(data.getXValue(0, 0)).isEqualTo(2020.0);
  }

  @Test
  void linesPastThePaletteGetADashPatternSoNoTwoLookTheSame() {
    java.util.Set<String> looks = new java.util.HashSet<>();
    for (int i = 0; i < 4 * Charts.PALETTE.length; i++) {
      java.awt.BasicStroke stroke = Charts.lineStroke(i);
      assertThat(looks.add(Charts.PALETTE[i % Charts.PALETTE.length] + java.util.Arrays.toString(stroke.getDashArray())))
          .as("line %d", i).isTrue();
    }
  }

  @Test
  void aLongMilestoneLegendGrowsTheChartInsteadOfSqueezingThePlot() {
    List<String> few = List.of("Peace regime", "Diplomatic relations");
    List<String> many = java.util.stream.IntStream.range(0, 16).mapToObj(i -> "Milestone number " + i + " of the stress test")
        .toList();
    assertThat(Charts.legendRows(few, 900)).isEqualTo(1);
    assertThat(Charts.legendRows(many, 900)).isGreaterThanOrEqualTo(5);
    int height = Charts.milestones("m", result).height();
    assertThat(height).isEqualTo(400 + 18 * Charts.legendRows(result.milestones().stream().map(m -> m.name()).toList(), 900));
  }

  @Test
  void longStrategyIdsAreShortenedInTheMiddleAndStayApart() {
    List<String> ids = List.of("a-strategy-with-a-really-long-identifier-number-0-for-testing",
        "a-strategy-with-a-really-long-identifier-number-1-for-testing", "patience");
    List<String> labels = Charts.shortLabels(ids, Charts.LABEL_CHARS);
    assertThat(labels).allMatch(l -> l.length() <= Charts.LABEL_CHARS);
    assertThat(labels).doesNotHaveDuplicates();
    assertThat(labels.get(0)).startsWith("a-strategy").endsWith("0-for-testing").contains("\u2026");
    assertThat(labels.get(2)).isEqualTo("patience");
    // Ids that differ only in their middle still get distinct labels.
    List<String> middle = Charts.shortLabels(List.of("x".repeat(20) + "a" + "y".repeat(20),
        "x".repeat(20) + "b" + "y".repeat(20)), Charts.LABEL_CHARS);
    assertThat(middle).doesNotHaveDuplicates();
  }

  @Test
  void trackedChartMarksTheRecordedDayOnItsCurve() {
    double[] cumulative = result.milestones().get(0).cumulative();
    var curves = List.of(new TrackedCurve("reached", cumulative, java.time.LocalDate.of(2021, 7, 2), 0.4, 0.1),
        new TrackedCurve("not reached", cumulative, null, 0.6, 0.2));
    XYPlot plot = Charts.tracked("t", "Tracked", result, curves).chart().getXYPlot();
    assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(2);
    assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(result.months());
    // One dot, on the curve at the month of the recorded day (July 2021 is month 18 from January 2020).
    XYDataset dots = plot.getDataset(1);
    assertThat(dots.getItemCount(0)).isEqualTo(1);
    assertThat(dots.getItemCount(1)).isZero();
    assertThat(dots.getXValue(0, 0)).isEqualTo(2021 + 182.0 / 365);
    assertThat(dots.getYValue(0, 0)).isEqualTo(cumulative[18]);
    assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
  }

  @Test
  void observationsAreDrawnOverTheFanWithTheirRanges() {
    SeriesResult tension = result.series("tension");
    var observed = new ObservedPoints("tension-index", "estimate", "tension", List.of(
        new ObservedPoint(java.time.LocalDate.of(2021, 1, 1), YearMonth.of(2020, 12), 0.2, 0.4, 10),
        new ObservedPoint(java.time.LocalDate.of(2021, 6, 30), YearMonth.of(2021, 6), 0.5, 0.5, 50)), 1, 2, 0.3, 0.1);
    Chart chart = Charts.fanWithObservations("o", result, tension, "Tension", "Observed tension", observed);
    XYPlot plot = chart.chart().getXYPlot();
    var points = (org.jfree.data.xy.XYIntervalSeriesCollection) plot.getDataset(1);
    assertThat(points.getItemCount(0)).isEqualTo(2);
    assertThat(points.getYValue(0, 0)).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(points.getStartYValue(0, 0)).isEqualTo(0.2);
    assertThat(points.getEndYValue(0, 0)).isEqualTo(0.4);
    assertThat(plot.getFixedLegendItems().get(3).getLabel()).isEqualTo("observed (estimate)");
    assertThat(chart.svg()).contains("svg-o");
  }

  @Test
  void fanDrawsOuterBandThenInnerBandThenMedian() {
    SeriesResult tension = result.series("tension");
    XYPlot plot = Charts.fan("f", result, tension, "Tension", false).chart().getXYPlot();
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
    assertThat(List.of(data.getSeriesKey(0).toString(), data.getSeriesKey(1).toString(), data.getSeriesKey(2).toString()))
        .isEqualTo(Charts.FAN_LAYERS);
    assertThat(plot.getSeriesRenderingOrder()).isEqualTo(SeriesRenderingOrder.FORWARD);
    var legend = plot.getFixedLegendItems();
    assertThat(List.of(legend.get(0).getLabel(), legend.get(1).getLabel(), legend.get(2).getLabel()))
        .isEqualTo(Charts.FAN_LAYERS);
    assertThat(legend.get(1).getFillPaint()).isNotEqualTo(legend.get(0).getFillPaint());
    int t = 10;
    assertThat(data.getStartYValue(0, t)).isEqualTo(tension.p05()[t]);
    assertThat(data.getEndYValue(0, t)).isEqualTo(tension.p95()[t]);
    assertThat(data.getStartYValue(1, t)).isEqualTo(tension.p25()[t]);
    assertThat(data.getEndYValue(1, t)).isEqualTo(tension.p75()[t]);
    assertThat(data.getYValue(2, t)).isEqualTo(tension.p50()[t]);
    assertThat(Charts.fan("s", result, tension, "Tension", true).chart().getLegend()).isNull();
  }

  @Test
  void blockersShowTheLargestSharesFirstUpToTheLimit() {
    List<BlockerShare> shares = List.of(new BlockerShare("m", "a: offered but not agreed", 1, 0.1),
        new BlockerShare("m", "b: reversed", 6, 0.6), new BlockerShare("m", "c: not offered", 3, 0.3));
    CategoryPlot plot = Charts.blockers("b", "M", shares, 2).chart().getCategoryPlot();
    CategoryDataset data = plot.getDataset();
    assertThat(List.of(data.getColumnKey(0).toString(), data.getColumnKey(1).toString()))
        .containsExactly("b: reversed", "c: not offered");
    assertThat(data.getColumnCount()).isEqualTo(2);
    assertThat(data.getValue(0, 0)).isEqualTo(0.6);
  }

  @Test
  void comparisonShowsValuesAndPairedDifferencesInPercentForProbabilities() {
    Scenario hostile = Fixtures.hostile();
    ComparisonResult c = Fixtures.compare(hostile, List.of("engage", "engage-slowly"), 100);
    MetricComparison p = c.metric("p:deal");
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) Charts.comparison("c", c, p).chart().getPlot();
    List<XYPlot> panels = plot.getSubplots();
    assertThat(panels).hasSize(2);
    XYDataset values = panels.get(0).getDataset();
    assertThat(values.getYValue(0, 1)).isEqualTo(p.values().get(1).mean());
    assertThat(panels.get(1).getDataset().getYValue(0, 1)).isEqualTo(p.differences().get(1).mean());
    assertThat(((NumberAxis) panels.get(0).getRangeAxis()).getNumberFormatOverride().format(0.25)).isEqualTo("25%");
    // Differences of probabilities are percentage points, as in the text output ("-34.7 pt").
    assertThat(((NumberAxis) panels.get(1).getRangeAxis()).getNumberFormatOverride().format(-0.347))
        .isEqualTo("-34.7 pt");
    assertThat(((NumberAxis) panels.get(1).getRangeAxis()).getNumberFormatOverride().format(0.05)).isEqualTo("+5 pt");
    MetricComparison months = c.metric("months:deal");
    assertThat(Charts.isProportion(p)).isTrue();
    assertThat(Charts.isProportion(months)).isFalse();
    assertThat(Charts.isProportion(c.metric("breakdown"))).isTrue();
  }
}
