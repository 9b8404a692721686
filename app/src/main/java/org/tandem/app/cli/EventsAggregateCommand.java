package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.DyadPeriodStats;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.QuadMapping;
import org.tandem.core.events.Rejection;
import org.tandem.core.events.io.EventAggregator;
import org.tandem.core.events.io.EventFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandem events aggregate}: counts per quad class, Goldstein sum and mean, net cooperation and
 * the tension index per dyad and period, then a summary of accepted and rejected rows.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Aggregate event files per dyad and period (docs/events.md).")
public final class EventsAggregateCommand implements Callable<Integer> {
  /** Rejected rows listed in the summary; the rest are counted. */
  static final int LISTED_REJECTIONS = 10;

  enum Output { text, json, csv }

  enum Format { auto, gdelt1, gdelt2, icews, csv }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Event files, or directories of them.")
  List<Path> inputs;

  @Mixin EventFilterOptions filterOptions;

  @Option(names = "--format", defaultValue = "auto",
      description = "auto, gdelt1, gdelt2, icews or csv (default: ${DEFAULT-VALUE}, detected per file).")
  Format format;

  @Option(names = "--goldstein", paramLabel = "gdelt|icews|FILE",
      description = "Goldstein table: a shipped one, or a file of CODE<TAB>VALUE lines (default: the shipped one"
          + " matching each file's source).")
  String goldstein;

  @Option(names = "--quad-map", paramLabel = "FILE|SPEC",
      description = "Root codes to quad classes: a file, or items such as 01-05:1,06-09:2,10-14:3,15-20:4"
          + " (GDELT's, the default).")
  String quadMap;

  @Option(names = "--strict", description = "Stop at the first malformed row (exit code 2).")
  boolean strict;

  @Option(names = "--threads", paramLabel = "T", description = "Reader threads (default: all cores). Results do not depend on it.")
  Integer threads;

  @Option(names = "--output-format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Output output;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    EventFilter filter = filterOptions.filter();
    QuadMapping quads = quadMap == null ? QuadMapping.gdelt() : EventTables.quads(quadMap);
    GoldsteinTable table = EventTables.goldstein(goldstein);
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1) {
      throw UserException.of("bad-option", Location.of("--threads"), "expected at least 1 thread, found " + t);
    }
    List<Path> files = EventAggregator.expand(inputs);
    long total = EventAggregator.totalBytes(files);
    EventAggregator aggregator = new EventAggregator(
        format == Format.auto ? null : EventFormat.valueOf(format.name().toUpperCase(Locale.ROOT)),
        table, quads, strict, t, null);
    AggregationResult result;
    try (Progress progress = new Progress("events", total, !quiet && Progress.interactive(), System.err)) {
      result = aggregator.withProgress(progress::completed).aggregate(files, filter);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    switch (output) {
      case json -> out.println(Json.write(json(result, files.size())));
      case csv -> {
        csv(out, result);
        summary(err, result, files.size());
      }
      default -> {
        text(out, result);
        out.println();
        summary(out, result, files.size());
      }
    }
    out.flush();
    err.flush();
    return Cli.OK;
  }

  private static String number(double x, int places) {
    return Double.isNaN(x) ? "-" : FixedPoint.format(x, places);
  }

  static void text(PrintWriter out, AggregationResult r) {
    if (r.stats().isEmpty()) {
      out.println("No event matched the dyads and filters.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("dyad", "period", "events", "verb.coop", "mat.coop", "verb.confl", "mat.confl", "goldstein",
        "mean", "net.coop", "tension"));
    for (DyadPeriodStats s : r.stats()) {
      long[] q = s.quadCounts();
      rows.add(List.of(s.dyad(), s.period(), String.valueOf(s.events()), String.valueOf(q[0]), String.valueOf(q[1]),
          String.valueOf(q[2]), String.valueOf(q[3]), number(s.goldsteinSum(), 1), number(s.goldsteinMean(), 2),
          String.valueOf(s.netCooperation()), number(s.tension(), 3)));
    }
    TextTable.print(out, rows);
  }

  static void csv(PrintWriter out, AggregationResult r) {
    out.println("dyad,period,start,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,"
        + "goldstein_sum,goldstein_mean,net_cooperation,conflict_share,tension,fallback_codes");
    for (DyadPeriodStats s : r.stats()) {
      long[] q = s.quadCounts();
      out.println(String.join(",", s.dyad(), s.period(), s.start().toString(), String.valueOf(s.events()),
          String.valueOf(q[0]), String.valueOf(q[1]), String.valueOf(q[2]), String.valueOf(q[3]),
          FixedPoint.format(s.goldsteinSum(), 1), csvNumber(s.goldsteinMean()),
          String.valueOf(s.netCooperation()), csvNumber(s.conflictShare()), csvNumber(s.tension()),
          String.valueOf(s.fallbackCodes())));
    }
  }

  private static String csvNumber(double x) {
    return Double.isNaN(x) ? "" : FixedPoint.format(x, 6);
  }

  static void summary(PrintWriter out, AggregationResult r, int files) {
    out.printf(Locale.ROOT, "%d file%s, %d lines: %d rows accepted, %d rejected; %d counted in a dyad and period.%n",
        files, files == 1 ? "" : "s", r.lines(), r.accepted(), r.rejected(), r.matched());
    if (!r.columnLayouts().isEmpty()) {
      out.println("Columns per row: " + r.columnLayouts().entrySet().stream()
          .map(e -> e.getKey() + " (" + e.getValue() + " rows)").collect(Collectors.joining(", ")) + ".");
    }
    if (r.rejected() > 0) {
      out.println("Rejected by reason: " + r.rejectionsByCode().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ".");
      List<Rejection> first = r.firstRejections();
      out.println("First rejected rows:");
      for (Rejection x : first.subList(0, Math.min(LISTED_REJECTIONS, first.size()))) {
        out.println("  " + x);
      }
      if (r.rejected() > LISTED_REJECTIONS) {
        out.println("  ... and " + (r.rejected() - Math.min(LISTED_REJECTIONS, first.size())) + " more");
      }
    }
    if (!r.unknownCountryNames().isEmpty()) {
      out.println("Unknown country names (rows accepted, counted in no dyad): " + r.unknownCountryNames().entrySet()
          .stream().map(e -> "\"" + e.getKey() + "\" " + e.getValue()).collect(Collectors.joining(", ")) + ".");
    }
  }

  static ObjectNode json(AggregationResult r, int files) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode stats = root.putArray("aggregates");
    for (DyadPeriodStats s : r.stats()) {
      ObjectNode n = stats.addObject();
      long[] q = s.quadCounts();
      n.put("dyad", s.dyad());
      n.put("period", s.period());
      n.put("start", s.start().toString());
      n.put("events", s.events());
      n.put("verbalCooperation", q[0]);
      n.put("materialCooperation", q[1]);
      n.put("verbalConflict", q[2]);
      n.put("materialConflict", q[3]);
      n.put("goldsteinSum", s.goldsteinTenthsSum() / 10.0);
      putNumber(n, "goldsteinMean", s.goldsteinMean());
      n.put("netCooperation", s.netCooperation());
      putNumber(n, "conflictShare", s.conflictShare());
      putNumber(n, "tension", s.tension());
      n.put("fallbackCodes", s.fallbackCodes());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", files);
    summary.put("lines", r.lines());
    summary.put("accepted", r.accepted());
    summary.put("rejected", r.rejected());
    summary.put("matched", r.matched());
    ObjectNode layouts = summary.putObject("columnLayouts");
    r.columnLayouts().forEach((k, v) -> layouts.put(String.valueOf(k), v));
    ObjectNode reasons = summary.putObject("rejectedByReason");
    r.rejectionsByCode().forEach(reasons::put);
    ArrayNode first = summary.putArray("firstRejections");
    for (Rejection x : r.firstRejections()) {
      first.add(Json.diagnostic(x.diagnostic()));
    }
    ObjectNode unknown = summary.putObject("unknownCountryNames");
    r.unknownCountryNames().forEach(unknown::put);
    return root;
  }

  private static void putNumber(ObjectNode n, String name, double x) {
    if (Double.isNaN(x)) {
      n.putNull(name);
    } else {
      n.put(name, x);
    }
  }
}
