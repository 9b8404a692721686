package org.tandem.report;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * One chart of a report, with the id it is known by in the page and as a file ({@code ID.svg},
 * {@code ID.png}) and its drawing size in pixels.
 *
 * @param kind what the chart shows (milestones, fan, blockers, comparison, tornado, sobol), for
 *     styling and tests
 */
public record Chart(String id, String kind, String title, JFreeChart chart, int width, int height) {

  static {
    // JFreeChart draws rotated text (vertical axis labels) as glyph outlines by default; as text it
    // stays searchable, selectable and a fraction of the size in SVG. The setting is process-wide and
    // affects only how rotated strings are drawn.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  public Chart {
    Objects.requireNonNull(chart, "chart");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("chart id must be lower-case letters, digits and hyphens: " + id);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("chart size must be positive: " + width + "x" + height);
    }
  }

  /**
   * The chart as an SVG element with a view box, so that CSS can scale it. Its internal ids
   * (clip paths, gradients) are prefixed with the chart id, so many charts can share one page.
   */
  public String svg() {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    // Hundredths of a pixel are plenty on screen and paper, and keep a report of many charts small.
    g.setGeomDoubleConverter(Chart::hundredths);
    g.setTransformDoubleConverter(Chart::hundredths);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGElement("svg-" + id, true, new ViewBox(0, 0, width, height), null, null);
  }

  private static String hundredths(double v) {
    double r = Math.round(v * 100) / 100.0;
    return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) : Double.toString(r);
  }

  /** The chart as PNG bytes, at its drawing size. */
  public byte[] png() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
