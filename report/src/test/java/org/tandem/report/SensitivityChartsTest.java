package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.tandem.core.result.Estimate;

/** Synthetic sensitivity values, shaped as a parameter sweep would hand them over. */
class SensitivityChartsTest {
  private static final List<Swing> SWINGS = List.of(
      new Swing("steps.bilateral-roadmap.duration.median", "p:normalization", -0.02, 0.01),
      new Swing("actors.us-congress.capability", "p:normalization", 0.08, -0.12),
      new Swing("model.threshold", "p:normalization", 0.05, -0.04));

  private static final List<SobolIndex> INDICES = List.of(
      new SobolIndex("model.pace", "p:normalization", new Estimate(0.10, 0.05, 0.15), new Estimate(0.20, 0.12, 0.28)),
      new SobolIndex("model.threshold", "p:normalization", new Estimate(0.40, 0.33, 0.47), new Estimate(0.55, 0.47, 0.63)));

  @Test
  void tornadoPutsTheWidestSwingOnTopWithLowAndHighBarsFromZero() {
    Chart c = SensitivityCharts.tornado("tornado-normalization", "p:normalization", SWINGS);
    XYPlot plot = c.chart().getXYPlot();
    SymbolAxis rows = (SymbolAxis) plot.getDomainAxis();
    assertThat(rows.getSymbols()).containsExactly("actors.us-congress.capability", "model.threshold",
        "steps.bilateral-roadmap.duration.median");
    XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) plot.getDataset();
    assertThat(data.getSeriesKey(0).toString()).isEqualTo(SensitivityCharts.TORNADO_LAYERS.get(0));
    // congress: low end +0.08 (bar 0..0.08), high end -0.12 (bar -0.12..0)
    assertThat(data.getStartYValue(0, 0)).isEqualTo(0);
    assertThat(data.getEndYValue(0, 0)).isEqualTo(0.08);
    assertThat(data.getStartYValue(1, 0)).isEqualTo(-0.12);
    assertThat(data.getEndYValue(1, 0)).isEqualTo(0);
    assertThat(c.kind()).isEqualTo("tornado");
    assertThat(Jsoup.parse(c.svg()).select("text").eachText()).contains("parameter at its low end",
        "parameter at its high end", "model.threshold");
  }

  @Test
  void sobolShowsBothIndicesWithTheirIntervalsLargestTotalOnTop() {
    Chart c = SensitivityCharts.sobol("sobol-normalization", "p:normalization", INDICES);
    XYPlot plot = c.chart().getXYPlot();
    assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()).containsExactly("model.threshold", "model.pace");
    XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) plot.getDataset();
    assertThat(data.getSeriesKey(0).toString()).isEqualTo("first-order index");
    assertThat(data.getSeriesKey(1).toString()).isEqualTo("total index");
    assertThat(data.getStartYValue(1, 0)).isEqualTo(0.47);
    assertThat(data.getEndYValue(1, 0)).isEqualTo(0.63);
    assertThat(data.getYValue(0, 1)).isEqualTo(0.10);
    assertThat(Jsoup.parse(c.svg()).select("text").eachText()).contains("first-order index", "total index");
  }

  @Test
  void aProbabilitysSwingsAreInPercentagePoints() {
    org.jfree.chart.axis.NumberAxis axis = (org.jfree.chart.axis.NumberAxis) SensitivityCharts
        .tornado("t", "p:normalization", SWINGS).chart().getXYPlot().getRangeAxis();
    assertThat(axis.getNumberFormatOverride().format(-0.125)).isEqualTo("-12.5 pt");
    assertThat(axis.getLabel()).contains("percentage points");
    org.jfree.chart.axis.NumberAxis months = (org.jfree.chart.axis.NumberAxis) SensitivityCharts
        .tornado("t", "median:deal", List.of(new Swing("model.pace", "median:deal", -3, 4))).chart().getXYPlot()
        .getRangeAxis();
    assertThat(months.getNumberFormatOverride()).isNull();
    assertThat(months.getLabel()).doesNotContain("percentage points");
  }

  @Test
  void sobolAxisCoversEstimatesOutsideZeroToOne() {
    // Few samples give estimates outside [0, 1]; none may fall off the chart.
    List<SobolIndex> wild = List.of(
        new SobolIndex("model.pace", "p:x", new Estimate(1.379, 0.840, 2.085), new Estimate(0.9, 0.5, 1.2)),
        new SobolIndex("model.threshold", "p:x", new Estimate(0.1, -0.402, 0.5), new Estimate(0.2, 0.1, 0.3)));
    org.jfree.data.Range range = SensitivityCharts.sobol("s", "p:x", wild).chart().getXYPlot().getRangeAxis()
        .getRange();
    assertThat(range.getLowerBound()).isLessThan(-0.402);
    assertThat(range.getUpperBound()).isGreaterThan(2.085);
    org.jfree.data.Range usual = SensitivityCharts.sobol("s", "p:normalization", INDICES).chart().getXYPlot()
        .getRangeAxis().getRange();
    assertThat(usual.getLowerBound()).isEqualTo(-0.05);
    assertThat(usual.getUpperBound()).isEqualTo(1.05);
  }

  @Test
  void anOutputThatDoesNotVaryHasANoteInsteadOfAnEmptyChart() {
    Chart flatTornado = SensitivityCharts.tornado("t", "p:x", List.of(new Swing("model.pace", "p:x", 0, 0),
        new Swing("model.threshold", "p:x", 0, 0)));
    assertThat(SensitivityCharts.emptyNote(flatTornado)).contains("p:x does not change");
    Estimate undefined = new Estimate(Double.NaN, Double.NaN, Double.NaN);
    Chart flatSobol = SensitivityCharts.sobol("s", "p:x", List.of(new SobolIndex("model.pace", "p:x", undefined,
        undefined)));
    assertThat(SensitivityCharts.emptyNote(flatSobol)).contains("p:x does not vary");
    assertThat(SensitivityCharts.emptyNote(SensitivityCharts.tornado("t", "p:normalization", SWINGS))).isNull();
    assertThat(SensitivityCharts.emptyNote(SensitivityCharts.sobol("s", "p:normalization", INDICES))).isNull();
  }

  @Test
  void refusesValuesOfAnotherOutputAndEmptyInput() {
    List<Swing> mixed = List.of(SWINGS.get(0), new Swing("model.pace", "breakdown", 0.1, 0.2));
    assertThatThrownBy(() -> SensitivityCharts.tornado("t", "p:normalization", mixed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("breakdown");
    assertThatThrownBy(() -> SensitivityCharts.sobol("s", "p:normalization", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sensitivity values");
  }
}
