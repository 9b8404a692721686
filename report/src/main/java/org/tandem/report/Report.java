package org.tandem.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rendered report: the self-contained HTML page, the charts it embeds, and its drawings that are
 * SVG only (the roadmap), by id.
 */
public record Report(String html, List<Chart> charts, Map<String, String> drawings) {
  public Report {
    charts = List.copyOf(charts);
    drawings = Collections.unmodifiableMap(new LinkedHashMap<>(drawings));
  }

  /** Writes the page to {@code file} (UTF-8), creating its parent directories. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  /**
   * Writes every chart as {@code ID.svg} and {@code ID.png}, and every drawing as {@code ID.svg},
   * into {@code dir}; returns the files written.
   */
  public List<Path> writeCharts(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> d : drawings.entrySet()) {
      Path svg = dir.resolve(d.getKey() + ".svg");
      Files.writeString(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + d.getValue(), StandardCharsets.UTF_8);
      written.add(svg);
    }
    for (Chart c : charts) {
      Path svg = dir.resolve(c.id() + ".svg");
      Files.writeString(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + c.svg(), StandardCharsets.UTF_8);
      Path png = dir.resolve(c.id() + ".png");
      Files.write(png, c.png());
      written.add(svg);
      written.add(png);
    }
    return written;
  }
}
