package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  @Test
  void writesThePageCreatingItsDirectories(@TempDir Path dir) throws Exception {
    Report report = new Report("<!DOCTYPE html><p>Tom &amp; Jerry \u21c4</p>", List.of(), Map.of());
    Path file = dir.resolve("a/b/r.html");
    report.write(file);
    assertThat(file).hasContent("<!DOCTYPE html><p>Tom &amp; Jerry \u21c4</p>");
  }

  @Test
  void writesEachChartAsSvgAndPngAndEachDrawingAsSvg(@TempDir Path dir) throws Exception {
    Chart c = new Chart("fan-x", "fan", "X", new JFreeChart(new XYPlot()), 200, 100);
    Report report = new Report("", List.of(c), Map.of("roadmap", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    List<Path> written = report.writeCharts(dir.resolve("charts"));
    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("roadmap.svg", "fan-x.svg", "fan-x.png");
    assertThat(dir.resolve("charts/fan-x.svg")).content().startsWith("<?xml").contains("id='svg-fan-x'");
    assertThat(Files.readAllBytes(dir.resolve("charts/fan-x.png"))).startsWith((byte) 0x89, (byte) 'P');
    assertThat(dir.resolve("charts/roadmap.svg")).content().endsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  }
}
