package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ChartTest {

  private static Chart chart(String id) {
    return new Chart(id, "test", "A test", new JFreeChart(new XYPlot()), 320, 200);
  }

  @Test
  void svgHasAViewBoxAndInternalIdsUnderTheChartsPrefix() {
    Element svg = Jsoup.parse(chart("one").svg()).selectFirst("svg");
    assertThat(svg.id()).isEqualTo("svg-one");
    assertThat(svg.attr("viewBox")).isEqualTo("0 0 320 200");
    Set<String> ids = new HashSet<>(svg.select("[id]").eachAttr("id"));
    ids.remove("svg-one");
    assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("one-"));
  }

  @Test
  void verticalAxisLabelsAreTextNotOutlines() {
    org.jfree.chart.axis.NumberAxis y = new org.jfree.chart.axis.NumberAxis("share, in the model");
    XYPlot plot = new XYPlot(null, new org.jfree.chart.axis.NumberAxis("x"), y, null);
    Chart c = new Chart("axis", "test", "Axis", new JFreeChart(plot), 320, 200);
    assertThat(Jsoup.parse(c.svg()).select("text").eachText()).contains("share, in the model");
  }

  @Test
  void coordinatesAreRoundedToHundredthsOfAPixel() {
    org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries("s");
    s.add(0.123456, 1.0 / 3);
    s.add(2.987654, 2.0 / 3);
    XYPlot plot = new XYPlot(new org.jfree.data.xy.XYSeriesCollection(s), new org.jfree.chart.axis.NumberAxis("x"),
        new org.jfree.chart.axis.NumberAxis("y"), new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer());
    String svg = new Chart("r", "test", "R", new JFreeChart(plot), 333, 211).svg();
    assertThat(svg).contains("<path").containsPattern("\\d\\.\\d\\d?[ ,'LZ]");
    assertThat(svg).doesNotContainPattern("\\d\\.\\d{3}");
  }

  @Test
  void pngHasTheChartsSize() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart("p").png()));
    assertThat(image.getWidth()).isEqualTo(320);
    assertThat(image.getHeight()).isEqualTo(200);
  }

  @Test
  void rejectsIdsThatAreNotTokensAndEmptySizes() {
    assertThatThrownBy(() -> chart("Has Space")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Has Space");
    assertThatThrownBy(() -> new Chart("ok", "test", "t", new JFreeChart(new XYPlot()), 0, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x10");
  }
}
