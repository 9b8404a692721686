package org.tandem.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A rendered report: the self-contained HTML page and the charts it embeds. */
public record Report(String html, List<Chart> charts) {
  public Report {
    charts = List.copyOf(charts);
  }

  /** Writes the page to {@code file} (UTF-8), creating its parent directories. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  /** Writes every chart as {@code ID.svg} and {@code ID.png} into {@code dir}; returns the files written. */
  public List<Path> writeCharts(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
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
