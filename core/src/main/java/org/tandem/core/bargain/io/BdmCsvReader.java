package org.tandem.core.bargain.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * The CSV of the expected-utility replications of Scholz, Calbert and Smith (2011)
 * ({@code ExampleActors.csv}): a header naming the columns {@code Actor, Capability, Position,
 * Salience} (any order), then one line per actor. One dimension, named after the file. Salience
 * is on a 0-1 scale there and is multiplied by 100; positions must lie in [0, 100].
 */
public final class BdmCsvReader implements InputReader {
  private static final List<String> COLUMNS = List.of("actor", "capability", "position",
      "salience");

  @Override
  public Problem read(String source, String content) {
    List<List<CsvCell>> lines = CsvLines.split(source, content);
    if (lines.isEmpty()) {
      throw UserException.of("empty-input", new Location(source, 1, 1),
          "expected a header line 'Actor,Capability,Position,Salience', found an empty file");
    }
    List<CsvCell> header = lines.get(0);
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < header.size(); k++) {
      String name = header.get(k).text().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        throw UserException.of("unknown-column", header.get(k).location(), String.format(
            Locale.ROOT, "expected one of the columns Actor, Capability, Position, Salience,"
                + " found '%s'", header.get(k).text()));
      }
      if (index.putIfAbsent(name, k) != null) {
        throw UserException.of("duplicate-column", header.get(k).location(), String.format(
            Locale.ROOT, "column '%s' appears twice", header.get(k).text()));
      }
    }
    for (String column : COLUMNS) {
      if (!index.containsKey(column)) {
        Location at = new Location(source, header.get(0).location().line(), header.size() + 1);
        throw UserException.of("missing-column", at, String.format(Locale.ROOT,
            "expected a column '%s' in the header, found only %d of the 4 columns", column,
            index.size()));
      }
    }
    ActorTable table = new ActorTable();
    for (int row = 1; row < lines.size(); row++) {
      List<CsvCell> line = lines.get(row);
      if (!table.passes(() -> KtabCsvReader.requireColumns(line, 4, "an actor row (Actor,"
          + " Capability, Position, Salience)"))
          || !table.passes(() -> KtabCsvReader.requireNoExtra(line, 4, "an actor row"))) {
        continue;
      }
      CsvCell name = line.get(index.get("actor"));
      double capability = table.value(
          () -> CsvLines.positive(line.get(index.get("capability")), "the capability"));
      double position = table.value(
          () -> CsvLines.numberIn(line.get(index.get("position")), "the position", 0, 100));
      CsvCell salienceCell = line.get(index.get("salience"));
      double salience = table.value(
          () -> CsvLines.numberIn(salienceCell, "the salience (0-1 in this format)", 0, 1));
      table.add(name.text(), name.location(), "", capability, new double[] {position},
          new double[] {salience * 100}, new Location[] {salienceCell.location()},
          line.get(0).location());
    }
    if (lines.size() == 1) {
      throw UserException.of("no-actors", new Location(source, header.get(0).location().line()
          + 1, 1), "expected at least one actor row after the header, found none");
    }
    table.throwIfErrors();
    return new Problem(baseName(source), List.of("Position"), table.actors(),
        header.get(0).location());
  }

  private static String baseName(String source) {
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
