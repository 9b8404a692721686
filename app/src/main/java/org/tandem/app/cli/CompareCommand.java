package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.Estimate;
import org.tandem.core.result.MetricComparison;
import org.tandem.core.scenario.BuiltinScenarios;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Strategy;
import org.tandem.core.sim.Comparison;
import org.tandem.core.sim.ComparisonSettings;
import org.tandem.core.sim.ScheduledOutcomes;
import org.tandem.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem compare}: strategies on the same replications, paired with a baseline. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare strategies on the same random numbers, with paired 95%% intervals.",
      "Run k of every strategy sees the same draws, so paired differences come from the strategies",
      "alone. --vary crosses the strategies with the outcomes of a scheduled event. Also writes an HTML",
      "report with charts (tandem-report.html; --report FILE, --no-report; one file per outcome with --vary)."})
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", arity = "0..1", defaultValue = BuiltinScenarios.DEFAULT,
      description = "A scenario file or built-in id (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--strategies", split = ",", paramLabel = "A,B,...", description = "Strategies to compare (default: all).")
  List<String> strategies = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "ID", description = "The strategy the others are compared with (default: the first).")
  String baseline;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "10000", description = "Paired replications (default: ${DEFAULT-VALUE}).")
  long runs;

  @Mixin SeedOptions seeding = new SeedOptions();

  @Option(names = "--given", paramLabel = "EVENT=OUTCOME", description = "Condition on a scheduled event's outcome (repeatable).")
  List<String> givenOptions = new ArrayList<>();

  @Option(names = "--vary", paramLabel = "EVENT=O1,O2", description = "Cross the strategies with these outcomes of a scheduled event.")
  String vary;

  @Option(names = "--dates", split = ",", paramLabel = "YYYY-MM,...", description = "Months at which to compare the arsenal (default: every fifth December and the horizon;"
      + " refused for a scenario without a capability model).")
  List<String> dates = new ArrayList<>();

  @Option(names = "--independent", description = "Give each strategy its own random streams (no common random numbers).")
  boolean independent;

  @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  SimulateCommand.SimulateFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
  Path out;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Mixin ReportOptions report = new ReportOptions();

  @Override
  public Integer call() throws IOException {
    report.check();
    ResultOutput.check(out);
    Map<String, String> given = Givens.parse(givenOptions);
    Scenario loaded = Scenarios.load(scenario);
    List<String> ids = strategies.isEmpty() ? loaded.strategies().stream().map(Strategy::id).toList() : strategies;
    String base = baseline != null ? baseline : ids.get(0);
    List<YearMonth> months = dates.isEmpty() ? defaultDates(loaded) : parse(dates);
    int workers = seeding.threads();
    String text;
    List<ComparisonResult> reported = new ArrayList<>();
    List<String> variants = new ArrayList<>();
    if (vary == null) {
      ComparisonResult result = compare(loaded, ids, base, workers, given, months);
      reported.add(result);
      variants.add(null);
      text = format == SimulateCommand.SimulateFormat.json ? Json.write(ComparisonJson.of(result)) + "\n"
          : format == SimulateCommand.SimulateFormat.csv ? csv(List.of(result), List.of("")) : ComparisonText.of(result);
    } else {
      String[] parts = vary.split("=", 2);
      if (parts.length != 2 || parts[1].isBlank()) {
        throw UserException.of("wrong-type", Location.of("--vary"), "--vary must be EVENT=OUTCOME1,OUTCOME2, not '" + vary + "'");
      }
      if (given.containsKey(parts[0])) {
        throw UserException.of("duplicate-key", Location.of("--vary " + vary), "'" + parts[0] + "' is also given"
            + " (--given " + parts[0] + "=" + given.get(parts[0]) + "): vary it or give it, not both");
      }
      List<String> outcomes = List.of(parts[1].split(","));
      checkOutcomes(loaded, parts[0], outcomes);
      List<ComparisonResult> results = new ArrayList<>();
      for (String outcome : outcomes) {
        Map<String, String> conditioned = new LinkedHashMap<>(given);
        conditioned.put(parts[0], outcome);
        results.add(compare(loaded, ids, base, workers, conditioned, months));
        variants.add(parts[0] + "-" + outcome);
      }
      reported.addAll(results);
      if (format == SimulateCommand.SimulateFormat.json) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("vary", parts[0]);
        ArrayNode rows = root.putArray("outcomes");
        for (int i = 0; i < outcomes.size(); i++) {
          rows.addObject().put("outcome", outcomes.get(i)).set("comparison", ComparisonJson.of(results.get(i)));
        }
        text = Json.write(root) + "\n";
      } else if (format == SimulateCommand.SimulateFormat.csv) {
        text = csv(results, outcomes.stream().map(o -> parts[0] + "=" + o).toList());
      } else {
        text = ComparisonText.crossed(parts[0], outcomes, results);
      }
    }
    ResultOutput.write(spec, out, text);
    if (report.wanted()) {
      for (int i = 0; i < reported.size(); i++) {
        report.write(HtmlReport.comparison(loaded, reported.get(i)), variants.get(i), spec.commandLine().getErr());
      }
    }
    return Cli.OK;
  }

  private ComparisonResult compare(Scenario loaded, List<String> ids, String base, int workers,
      Map<String, String> conditioned, List<YearMonth> months) {
    ComparisonSettings settings = new ComparisonSettings(ids, base, runs, seeding.seed(), workers, conditioned, months, independent);
    try (Progress progress = new Progress("compare", runs, !quiet && Progress.interactive(), System.err)) {
      return Comparison.run(loaded, settings, progress);
    }
  }

  private static String csv(List<ComparisonResult> results, List<String> conditions) {
    StringBuilder b = new StringBuilder("condition,metric,strategy,mean,low,high,difference,difference_low,difference_high,variance_ratio,rank\n");
    for (int r = 0; r < results.size(); r++) {
      ComparisonResult c = results.get(r);
      for (MetricComparison m : c.metrics()) {
        for (int s = 0; s < c.strategies().size(); s++) {
          Estimate v = m.values().get(s);
          Estimate d = m.differences().get(s);
          double ratio = m.varianceRatios().get(s);
          b.append(String.format(Locale.ROOT, "%s,%s,%s,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%s,%d%n", conditions.get(r), m.id(),
              c.strategies().get(s), v.mean(), v.low(), v.high(), d.mean(), d.low(), d.high(),
              Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.6g", ratio) : "", m.ranks().get(s)));
        }
      }
    }
    return b.toString();
  }

  /** Each outcome of {@code --vary} must be one the scheduled event can have in this simulation. */
  private void checkOutcomes(Scenario s, String eventId, List<String> outcomes) {
    for (String outcome : outcomes) {
      ScheduledOutcomes.check(s, eventId, outcome, Location.of("--vary " + vary), "cannot be varied");
    }
  }

  /** Every fifth December and the horizon; none for a scenario without an arsenal (no capability model). */
  private static List<YearMonth> defaultDates(Scenario s) {
    List<YearMonth> out = new ArrayList<>();
    if (s.capability() == null) {
      return out;
    }
    for (int year = s.start().getYear(); year < s.horizon().getYear(); year++) {
      YearMonth december = YearMonth.of(year, 12);
      if (year % 5 == 0 && !december.isBefore(s.start())) {
        out.add(december);
      }
    }
    out.add(s.horizon());
    return out;
  }

  private static List<YearMonth> parse(List<String> texts) {
    List<YearMonth> out = new ArrayList<>();
    for (String t : texts) {
      try {
        out.add(YearMonth.parse(t.trim()));
      } catch (DateTimeParseException e) {
        throw UserException.of("wrong-type", Location.of("--dates"), "'" + t + "' is not a month as YYYY-MM");
      }
    }
    return out;
  }
}
