package org.tandem.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;
import org.tandem.core.error.UserException;
import org.tandem.report.ObservedSeries;

/**
 * Reads the CSV that {@code tandem events aggregate|show --period month --output-format csv} (or
 * {@code --format csv}) writes into one measured tension series per dyad, for the report. Every bad
 * row is reported with its line; none is skipped silently. An empty tension (a month whose events
 * all have Goldstein value 0, where the index is undefined) is a month without a measurement: NaN,
 * drawn as a gap.
 */
final class ObservedTensionFile {
  private ObservedTensionFile() {}

  static List<ObservedSeries> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserException.of("unreadable-file", Location.of(file.toString()), "cannot read the file: " + e.getMessage());
    }
    if (lines.isEmpty()) {
      throw UserException.of("missing-column", new Location(file.toString(), 1, 1),
          "the file is empty: expected the CSV of 'tandem events aggregate --period month --output-format csv'");
    }
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    int dyad = column(file, header, "dyad");
    int period = column(file, header, "period");
    int tension = column(file, header, "tension");
    Problems problems = new Problems();
    Map<String, List<YearMonth>> months = new LinkedHashMap<>();
    Map<String, List<Double>> values = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      Location where = new Location(file.toString(), i + 1, 0);
      if (fields.length != header.size()) {
        problems.error("wrong-column-count", where, "expected " + header.size() + " fields, found " + fields.length);
        continue;
      }
      YearMonth month;
      double value;
      try {
        month = YearMonth.parse(fields[period]);
      } catch (DateTimeParseException e) {
        problems.error("wrong-type", where, "period '" + fields[period] + "' is not a month (YYYY-MM): aggregate with --period month");
        continue;
      }
      try {
        // An empty tension is what 'events aggregate' writes for a month whose events all have
        // Goldstein value 0: the index is undefined there, so the month has no measurement (a gap).
        value = fields[tension].isBlank() ? Double.NaN : Double.parseDouble(fields[tension]);
      } catch (NumberFormatException e) {
        problems.error("wrong-type", where, "tension '" + fields[tension] + "' is not a number");
        continue;
      }
      months.computeIfAbsent(fields[dyad], d -> new ArrayList<>()).add(month);
      values.computeIfAbsent(fields[dyad], d -> new ArrayList<>()).add(value);
    }
    problems.throwIfErrors();
    List<ObservedSeries> out = new ArrayList<>();
    for (String d : months.keySet()) {
      out.add(new ObservedSeries("tension index, " + d, file.getFileName().toString(), months.get(d),
          values.get(d).stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return out;
  }

  private static int column(Path file, List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw UserException.of("missing-column", new Location(file.toString(), 1, 1), "no '" + name
          + "' column: expected the CSV of 'tandem events aggregate --period month --output-format csv'");
    }
    return i;
  }
}
