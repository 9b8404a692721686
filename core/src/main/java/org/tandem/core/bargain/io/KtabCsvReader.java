package org.tandem.core.bargain.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * KTAB's CSV format ({@code examples/smp/libsrc/smpread.cpp}, {@code SMPModel::csvRead}): line 1
 * {@code scenario name, description, number of actors, number of dimensions}; line 2 the header
 * {@code Actor, Description, Power|Influence, Position1, Salience1, ...}, whose position columns
 * name the dimensions; then one line per actor with capability, and per dimension a position and
 * a salience on 0-100 scales. Trailing commas and blank lines are tolerated.
 */
public final class KtabCsvReader implements InputReader {
  /** Largest number of actors or dimensions accepted on the scenario line. */
  static final int MAX_COUNT = 100_000;

  @Override
  public Problem read(String source, String content) {
    List<List<CsvCell>> lines = CsvLines.split(source, content);
    if (lines.isEmpty()) {
      throw UserException.of("empty-input", new Location(source, 1, 1),
          "expected a KTAB scenario line (name, description, actors, dimensions), found an"
              + " empty file");
    }
    List<CsvCell> scenario = lines.get(0);
    Location scenarioAt = scenario.get(0).location();
    requireColumns(scenario, 4, "the scenario line (name, description, number of actors,"
        + " number of dimensions)");
    int actorCount = CsvLines.count(scenario.get(2), "the number of actors", 1, MAX_COUNT);
    int dims = CsvLines.count(scenario.get(3), "the number of dimensions", 1, MAX_COUNT);
    if (lines.size() < 2) {
      throw UserException.of("missing-header", new Location(source,
          scenarioAt.line() + 1, 1), "expected the header line (Actor, Description, Power,"
              + " Position, Salience, ...) after the scenario line, found the end of the file");
    }
    List<CsvCell> header = lines.get(1);
    int columns = 3 + 2 * dims;
    requireColumns(header, columns, String.format(Locale.ROOT,
        "the header for %d dimension(s) (Actor, Description, Power, then a position and a"
            + " salience per dimension)", dims));
    requireNoExtra(header, columns, "the header");
    List<String> dimensions = new ArrayList<>();
    for (int d = 0; d < dims; d++) {
      String name = header.get(3 + 2 * d).text();
      dimensions.add(name.isEmpty() ? "Dimension " + (d + 1) : name);
    }
    ActorTable table = new ActorTable();
    int rows = lines.size() - 2;
    for (int row = 2; row < lines.size(); row++) {
      List<CsvCell> line = lines.get(row);
      if (row - 2 == actorCount) {
        table.error("actor-count", line.get(0).location(), String.format(Locale.ROOT,
            "the scenario line announces %d actor(s), but there are more rows", actorCount));
      }
      if (!table.passes(() -> requireColumns(line, columns, "an actor row"))
          || !table.passes(() -> requireNoExtra(line, columns, "an actor row"))) {
        continue;
      }
      double capability = table.value(
          () -> CsvLines.positive(line.get(2), "the capability (power)"));
      double[] positions = new double[dims];
      double[] saliences = new double[dims];
      Location[] salienceAt = new Location[dims];
      for (int d = 0; d < dims; d++) {
        CsvCell position = line.get(3 + 2 * d);
        CsvCell salience = line.get(4 + 2 * d);
        positions[d] = table.value(() -> CsvLines.numberIn(position, "a position", 0, 100));
        saliences[d] = table.value(() -> CsvLines.numberIn(salience, "a salience", 0, 100));
        salienceAt[d] = salience.location();
      }
      table.add(line.get(0).text(), line.get(0).location(), line.get(1).text(), capability,
          positions, saliences, salienceAt, line.get(0).location());
    }
    if (rows < actorCount) {
      List<CsvCell> last = lines.get(lines.size() - 1);
      table.error("actor-count", new Location(source, last.get(0).location().line() + 1, 1),
          String.format(Locale.ROOT, "the scenario line announces %d actor(s), but the file"
              + " ends after %d", actorCount, rows));
    }
    table.throwIfErrors();
    return new Problem(scenario.get(0).text(), dimensions, table.actors(),
        header.get(0).location());
  }

  static void requireColumns(List<CsvCell> line, int columns, String what) {
    if (line.size() < columns) {
      CsvCell last = line.get(line.size() - 1);
      Location at = new Location(last.location().source(), last.location().line(),
          line.size() + 1);
      throw UserException.of("missing-column", at, String.format(Locale.ROOT,
          "expected %d columns for %s, found %d", columns, what, line.size()));
    }
  }

  static void requireNoExtra(List<CsvCell> line, int columns, String what) {
    if (line.size() > columns) {
      throw UserException.of("extra-column", line.get(columns).location(), String.format(
          Locale.ROOT, "expected %d columns for %s, found a value in column %d: '%s'", columns,
          what, columns + 1, line.get(columns).text()));
    }
  }
}
