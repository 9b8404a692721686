package org.tandem.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.core.bargain.Forecast;
import org.tandem.core.bargain.History;
import org.tandem.core.bargain.Problem;

/**
 * Writes a readable table per input: one row per model, one column per dimension, then the
 * turns; with {@code --history}, each model's path state by state.
 */
final class TextTable {
  private TextTable() {}

  static void write(PrintWriter out, ForecastResult result, boolean withHistory) {
    Problem problem = result.problem();
    out.printf(Locale.ROOT, "%s: %s (%d actors, %d dimension%s)%n", result.input(),
        problem.name().isEmpty() ? "-" : problem.name(), problem.actorCount(),
        problem.dimensionCount(), problem.dimensionCount() == 1 ? "" : "s");
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("model");
    header.addAll(problem.dimensions());
    header.add("turns");
    rows.add(header);
    for (Forecast f : result.forecasts()) {
      List<String> row = new ArrayList<>();
      row.add(f.model());
      for (double x : f.positions()) {
        row.add(String.format(Locale.ROOT, "%.2f", x));
      }
      row.add(String.valueOf(f.turns()));
      rows.add(row);
    }
    print(out, rows);
    if (withHistory) {
      for (Forecast f : result.forecasts()) {
        f.history().ifPresent(h -> history(out, problem, f.model(), h));
      }
    }
    out.println();
  }

  private static void history(PrintWriter out, Problem problem, String model, History h) {
    out.printf(Locale.ROOT, "%n%s, state by state (positions%s):%n", model,
        h.hasProbabilities() ? "; probability that the actor's position wins" : "");
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("state");
    problem.actors().forEach(a -> header.add(a.name()));
    rows.add(header);
    for (int t = 0; t < h.states(); t++) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(t));
      for (int i = 0; i < problem.actorCount(); i++) {
        StringBuilder cell = new StringBuilder();
        for (int d = 0; d < problem.dimensionCount(); d++) {
          cell.append(d == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.1f",
              h.position(t, i, d)));
        }
        if (h.hasProbabilities()) {
          cell.append(String.format(Locale.ROOT, " (%.3f)", h.probability(t, i)));
        }
        row.add(cell.toString());
      }
      rows.add(row);
    }
    print(out, rows);
  }

  /** Prints rows as aligned columns: the first left-aligned, the others right-aligned. */
  static void print(PrintWriter out, List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        line.append(c == 0 ? "" : "  ");
        line.append(c == 0 ? pad(cell, width[c]) : lead(cell, width[c]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String lead(String s, int width) {
    return " ".repeat(width - s.length()) + s;
  }
}
