package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;



import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Location;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.sim.ProgressListener;
import org.tandem.core.sim.Simulation;
import org.tandem.core.sim.SimulationSettings;
import org.tandem.store.Database;
import org.tandem.store.tracker.ImplementationScores;
import org.tandem.store.tracker.ImportFile;
import org.tandem.store.tracker.ObservationInput;
import org.tandem.store.tracker.RealityComparison;
import org.tandem.store.tracker.RecordOutcome;
import org.tandem.store.tracker.Roadmap;
import org.tandem.store.tracker.ScoreInput;
import org.tandem.store.tracker.StatusEntry;
import org.tandem.store.tracker.StatusInput;
import org.tandem.store.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem track ...}: records what really happens to a roadmap's steps, and scores it. */
@Command(name = "track", mixinStandardHelpOptions = true,
    description = "Record what really happens to a roadmap's steps, with evidence, and score its implementation.",
    subcommands = {TrackCommand.Init.class, TrackCommand.Record.class, TrackCommand.History.class,
      TrackCommand.Score.class, TrackCommand.SetScore.class, TrackCommand.Import.class, TrackCommand.Export.class,
      TrackCommand.Observe.class, TrackCommand.Observations.class, TrackCommand.Compare.class})
public final class TrackCommand implements Callable<Integer> {
  /** Where command-line values are located in error messages. */
  static final Location COMMAND_LINE = Location.of("command line");

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }

  /** Options of commands that write: who is recording. */
  static final class Recorder {
    @Option(names = "--by", paramLabel = "NAME", description = "Who records it (default: the login name).")
    String by;

    String name() {
      return by != null && !by.isBlank() ? by.strip() : System.getProperty("user.name", "unknown");
    }
  }

  /** Option of commands that work on one roadmap. */
  static final class Which {
    @Option(names = "--roadmap", paramLabel = "ID", description = "The roadmap (default: the only one tracked).")
    String roadmap;
  }

  /** Base of the subcommands: the database options, an open database and the output. */
  abstract static class Sub implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOptions options;

    @Override
    public Integer call() throws IOException {
      before();
      try (Database db = options.open()) {
        run(db, spec.commandLine().getOut());
      }
      spec.commandLine().getOut().flush();
      return Cli.OK;
    }

    /** Checks and reads the command's own input before the database is opened (which may create it). */
    void before() throws IOException {
    }

    abstract void run(Database db, PrintWriter out) throws IOException;

    Tracker tracker(Database db, String user) {
      return new Tracker(db, options.clock(), user);
    }

    /** The day {@code --at} names (today when absent), which may not come before the roadmap starts. */
    LocalDate day(String at, Roadmap roadmap) {
      LocalDate day;
      try {
        day = at == null ? LocalDate.now(options.clock()) : LocalDate.parse(at);
      } catch (DateTimeParseException e) {
        throw UserException.of("bad-date", Location.of("--at"), "expected an ISO date YYYY-MM-DD, found '" + at + "'");
      }
      if (day.isBefore(roadmap.startsOn())) {
        throw UserException.of("date-before-start", Location.of("--at"), day + " is before roadmap '" + roadmap.id()
            + "' starts (" + roadmap.startsOn() + ")");
      }
      return day;
    }
  }

  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Start tracking a scenario (a file or built-in id; default korea-2012). Tracking the same "
          + "text again does nothing.")
  static final class Init extends Sub {
    @Parameters(paramLabel = "SCENARIO", arity = "0..1", defaultValue = "korea-2012",
        description = "A scenario file or built-in id (default: ${DEFAULT-VALUE}).")
    String scenario;
    @Mixin Recorder recorder;

    @Override
    void run(Database db, PrintWriter out) {
      Roadmap r = tracker(db, recorder.name()).init(Scenarios.load(scenario));
      if (options.json()) {
        ObjectNode node = TrackJson.roadmap(r);
        node.put("database", db.location().display());
        out.println(Json.write(node));
      } else {
        out.println("tracking roadmap " + r.id() + " (sha256 " + r.sha256().substring(0, 12) + "..., starts "
            + r.startsOn() + ") in " + db.location().display());
      }
    }
  }

  @Command(name = "record", mixinStandardHelpOptions = true,
      description = "Record a dated, sourced status change of a step.")
  static final class Record extends Sub {
    @Parameters(index = "0", paramLabel = "STEP", description = "The step id (see: tandem track score).")
    String step;
    @Parameters(index = "1", paramLabel = "STATUS", description = "proposed, agreed, implementing, implemented, "
        + "verified, suspended, reversed or withdrawn.")
    String status;
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day it happened.")
    String date;
    @Option(names = "--source", required = true, paramLabel = "URL|CITATION", description = "The evidence.")
    String source;
    @Option(names = "--quote", paramLabel = "TEXT", description = "The evidence's words.")
    String quote;
    @Option(names = "--note", paramLabel = "TEXT", description = "A note.")
    String note;
    @Option(names = "--corrects", paramLabel = "ID", description = "The history entry this one corrects, "
        + "of the same step (both stay in the history; this one counts).")
    String corrects;
    @Mixin Which which;
    @Mixin Recorder recorder;

    @Override
    void run(Database db, PrintWriter out) {
      RecordOutcome outcome = tracker(db, recorder.name()).record(which.roadmap, List.of(new StatusInput(
          COMMAND_LINE, step, status, date, source, quote, note, corrects)));
      if (options.json()) {
        out.println(Json.write(TrackJson.outcome(outcome)));
      } else if (outcome.added().isEmpty()) {
        out.println("already recorded: " + step + " " + status + " on " + date);
      } else {
        out.println("recorded #" + outcome.added().get(0) + ": " + step + " " + status + " on " + date);
      }
    }
  }

  @Command(name = "history", mixinStandardHelpOptions = true,
      description = "The recorded history of every step, or of one; corrected entries are marked.")
  static final class History extends Sub {
    @Parameters(paramLabel = "STEP", arity = "0..1", description = "Only this step.")
    String step;
    @Mixin Which which;

    @Override
    void run(Database db, PrintWriter out) {
      List<StatusEntry> history = tracker(db, "").history(which.roadmap, step, COMMAND_LINE);
      if (options.json()) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        history.forEach(e -> array.add(TrackJson.entry(e, history)));
        out.println(Json.write(array));
        return;
      }
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("id", "date", "step", "status", "source", "recorded", "note"));
      for (StatusEntry e : history) {
        String by = history.stream().filter(o -> o.supersedes() != null && o.supersedes() == e.id())
            .map(o -> "corrected by #" + o.id()).findFirst().orElse("");
        String note = String.join("; ", java.util.stream.Stream.of(
            e.supersedes() == null ? null : "corrects #" + e.supersedes(), by.isEmpty() ? null : by, e.note())
            .filter(s -> s != null && !s.isEmpty()).toList());
        rows.add(List.of("#" + e.id(), e.date().toString(), e.step(), e.status().label(), e.source(),
            e.recordedBy() + " " + e.recordedAt(), note));
      }
      TrackText.table(out, rows);
    }
  }

  @Command(name = "score", mixinStandardHelpOptions = true,
      description = "Implementation scores (0-3) per step and rates per track and overall, strict and lenient, "
          + "on a day and at the end of every year before it (see docs/tracker.md).")
  static final class Score extends Sub {
    @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "The day (default: today).")
    String at;
    @Mixin Which which;

    @Override
    void run(Database db, PrintWriter out) {
      Tracker tracker = tracker(db, "");
      Roadmap roadmap = tracker.roadmap(which.roadmap);
      LocalDate day = day(at, roadmap);
      var scenario = roadmap.scenario();
      var history = tracker.history(roadmap.id(), null);
      var scores = tracker.scores(roadmap.id());
      var card = ImplementationScores.at(scenario, history, scores, day);
      var yearly = ImplementationScores.yearly(scenario, roadmap.startsOn(), history, scores, day);
      if (options.json()) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("roadmap", roadmap.id());
        node.set("at", TrackJson.card(card));
        ArrayNode over = node.putArray("overTime");
        yearly.forEach(c -> over.add(TrackJson.rates(c)));
        out.println(Json.write(node));
        return;
      }
      TrackText.card(out, roadmap, card, yearly);
    }
  }

  @Command(name = "set-score", mixinStandardHelpOptions = true,
      description = "Set a step's score for one year explicitly (it overrides the score derived from its status).")
  static final class SetScore extends Sub {
    @Parameters(index = "0", paramLabel = "STEP") String step;
    @Parameters(index = "1", paramLabel = "YEAR") String year;
    @Parameters(index = "2", paramLabel = "SCORE", description = "0 not initiated, 1 minimal, 2 intermediate, "
        + "3 full implementation.") String score;
    @Option(names = "--justification", required = true, paramLabel = "TEXT", description = "Why.")
    String justification;
    @Option(names = "--corrects", paramLabel = "ID", description = "The score entry this one corrects.")
    String corrects;
    @Mixin Which which;
    @Mixin Recorder recorder;

    @Override
    void run(Database db, PrintWriter out) {
      RecordOutcome outcome = tracker(db, recorder.name()).setScore(which.roadmap, new ScoreInput(COMMAND_LINE, step,
          year, score, justification, corrects));
      if (options.json()) {
        out.println(Json.write(TrackJson.outcome(outcome)));
      } else {
        out.println(outcome.added().isEmpty() ? "already recorded" : "recorded score #" + outcome.added().get(0)
            + ": " + step + " " + year + " = " + score);
      }
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import status changes, observations or explicit scores from CSV or JSON, all or nothing; "
          + "rows already recorded are skipped, so importing a file twice adds nothing.")
  static final class Import extends Sub {
    @Parameters(paramLabel = "FILE") Path file;
    @Mixin Which which;
    @Mixin Recorder recorder;

    private ImportFile.Contents contents;

    @Override
    void before() {
      if (Files.isDirectory(file)) {
        throw UserException.of("not-a-file", Location.of(file.toString()), "expected a CSV or JSON file, found a "
            + "directory");
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        throw UserException.of("no-such-file", Location.of(file.toString()), "no such file");
      } catch (IOException e) {
        throw UserException.of("unreadable-file", Location.of(file.toString()), "cannot read the file: " + OutputFiles.reason(e));
      }
      contents = ImportFile.read(bytes, file.toString());
    }

    @Override
    void run(Database db, PrintWriter out) throws IOException {
      boolean needsRoadmap = !contents.history().isEmpty() || !contents.scores().isEmpty();
      List<RecordOutcome> outcomes = tracker(db, recorder.name()).importContents(
          needsRoadmap ? which.roadmap : null, contents);
      int skipped = outcomes.stream().mapToInt(RecordOutcome::alreadyRecorded).sum();
      if (options.json()) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("statusChanges", outcomes.get(0).added().size());
        node.put("observations", outcomes.get(1).added().size());
        node.put("scores", outcomes.get(2).added().size());
        node.put("alreadyRecorded", skipped);
        out.println(Json.write(node));
      } else {
        String scores = contents.scores().isEmpty() ? "" : ", " + outcomes.get(2).added().size() + " explicit scores";
        out.println("imported " + outcomes.get(0).added().size() + " status changes" + scores + " and "
            + outcomes.get(1).added().size() + " observations (" + skipped + " already recorded)");
      }
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write the roadmap's history (CSV with --format text, or JSON with its scores and all "
          + "observations), in a form that track import reads back.")
  static final class Export extends Sub {
    @Mixin Which which;

    @Override
    void run(Database db, PrintWriter out) {
      Tracker tracker = tracker(db, "");
      Roadmap roadmap = tracker.roadmap(which.roadmap);
      List<StatusEntry> history = tracker.history(roadmap.id(), null);
      if (options.json()) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        ObjectNode r = TrackJson.roadmap(roadmap);
        node.set("roadmap", r);
        ArrayNode h = node.putArray("history");
        history.forEach(e -> h.add(TrackJson.entry(e, history)));
        ArrayNode s = node.putArray("scores");
        tracker.scores(roadmap.id()).forEach(e -> s.add(TrackJson.score(e)));
        ArrayNode o = node.putArray("observations");
        tracker.observations(null).forEach(e -> o.add(TrackJson.observation(e)));
        out.println(Json.write(node));
      } else {
        TrackText.csv(out, history);
      }
    }
  }

  @Command(name = "observe", mixinStandardHelpOptions = true,
      description = "Record one dated value of an observed series, e.g. warheads 2021-01-01 40:50.")
  static final class Observe extends Sub {
    @Parameters(index = "0", paramLabel = "SERIES") String series;
    @Parameters(index = "1", paramLabel = "DATE") String date;
    @Parameters(index = "2", paramLabel = "VALUE|LOW:HIGH") String value;
    @Option(names = "--method", required = true, paramLabel = "TAG",
        description = "How it was estimated, e.g. assembled-estimate or fissile-material-capacity.")
    String method;
    @Option(names = "--source", required = true, paramLabel = "URL|CITATION") String source;
    @Option(names = "--note", paramLabel = "TEXT") String note;
    @Option(names = "--corrects", paramLabel = "ID", description = "The observation this one corrects.")
    String corrects;
    @Mixin Recorder recorder;

    @Override
    void run(Database db, PrintWriter out) {
      RecordOutcome outcome = tracker(db, recorder.name()).observe(List.of(new ObservationInput(COMMAND_LINE, series,
          date, value, method, source, note, corrects)));
      if (options.json()) {
        out.println(Json.write(TrackJson.outcome(outcome)));
      } else {
        out.println(outcome.added().isEmpty() ? "already recorded"
            : "recorded observation #" + outcome.added().get(0) + ": " + series + " " + date + " " + value);
      }
    }
  }

  @Command(name = "observations", mixinStandardHelpOptions = true, description = "List observations.")
  static final class Observations extends Sub {
    @Parameters(paramLabel = "SERIES", arity = "0..1", description = "Only this series.") String series;

    @Override
    void run(Database db, PrintWriter out) {
      var list = tracker(db, "").observations(series);
      if (options.json()) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        list.forEach(o -> array.add(TrackJson.observation(o)));
        out.println(Json.write(array));
        return;
      }
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("id", "series", "date", "value", "method", "source"));
      for (var o : list) {
        rows.add(List.of("#" + o.id(), o.series(), o.date().toString(), TrackText.range(o.low(), o.high()),
            o.method(), o.source() + (o.supersedes() == null ? "" : " (corrects #" + o.supersedes() + ")")));
      }
      TrackText.table(out, rows);
    }
  }

  // Descriptions are format strings to picocli: a percent sign is written %%.
  @Command(name = "compare", mixinStandardHelpOptions = true,
      description = "Reality against the simulated distribution: milestones and each step's stages by every year "
          + "end with Brier scores, the probability the simulation gave to what happened, and observations "
          + "placed in the simulated fan of their month or, for yearly counts matched to a stochastic event, in "
          + "the simulated distribution of its firings that year (percentile, 50%%/90%% coverage, interval score, "
          + "CRPS).")
  static final class Compare extends Sub {
    @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "The last day compared (default: today).")
    String at;
    @Option(names = "--strategy", paramLabel = "ID",
        description = "The strategy simulated (default: the scenario's default strategy).")
    String strategy;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "2000",
        description = "Replications (default: ${DEFAULT-VALUE}).")
    long runs;
    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: "
        + SimulationSettings.DEFAULT_SEED + ").")
    Long seed;
    @Option(names = "--match", paramLabel = "OBSERVED=SIMULATED",
        description = "Compare the observed series OBSERVED with the simulated series SIMULATED, or with the "
            + "yearly count of the stochastic event SIMULATED (repeatable; by default a series is compared with "
            + "the simulated series, or else the stochastic event, of its own name).")
    List<String> match = new ArrayList<>();
    @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report with charts.")
    Path report;
    @Mixin Which which;

    @Override
    void before() {
      if (report != null && Files.isDirectory(report)) {
        // Refused before the database is opened and the runs simulated.
        throw UserException.of("not-a-file", Location.of(report.toString()), "--report names a directory; name the "
            + "HTML file to write, e.g. " + report.resolve("track-compare.html"));
      }
    }

    @Override
    void run(Database db, PrintWriter out) throws IOException {
      Tracker tracker = tracker(db, "");
      Roadmap roadmap = tracker.roadmap(which.roadmap);
      var scenario = roadmap.scenario();
      LocalDate day = day(at, roadmap);
      Map<String, String> matches = matches(scenario);
      String strategyId = strategy != null ? strategy : scenario.defaultStrategy();
      var settings = new SimulationSettings(strategyId, runs,
          seed == null ? SimulationSettings.DEFAULT_SEED : seed,
          Runtime.getRuntime().availableProcessors(), Map.of(), null);
      var simulated = Simulation.run(scenario, settings,
          ProgressListener.NONE);
      var comparison = RealityComparison.of(scenario, simulated,
          tracker.history(roadmap.id(), null), tracker.observations(null), matches, roadmap.startsOn(), day);
      if (report != null) {
        try {
          TrackCompareReport.of(scenario, simulated, roadmap.id(), day, comparison).write(report);
        } catch (IOException e) {
          throw UserException.of("unwritable-file", Location.of(report.toString()), "cannot write the report: "
              + OutputFiles.reason(e));
        }
      }
      if (options.json()) {
        out.println(Json.write(TrackCompareJson.of(roadmap.id(), strategyId, runs, settings.seed(), day, matches,
            comparison)));
        return;
      }
      TrackCompareText.print(out, roadmap.id(), strategyId, runs, settings.seed(), day, comparison);
      if (report != null) {
        out.println();
        out.println("report: " + report);
      }
    }

    /**
     * The --match values as observed name to simulated series or stochastic event; unknown targets
     * are user errors.
     */
    private Map<String, String> matches(Scenario scenario) {
      List<String> simulated = new ArrayList<>();
      scenario.environment().forEach(v -> simulated.add(v.id()));
      if (scenario.capability() != null) {
        simulated.add("warheads");
        simulated.add("material");
      }
      List<String> stochastic = scenario.events().stream()
          .filter(e -> e instanceof Event.Stochastic).map(e -> e.id()).toList();
      List<String> known = new ArrayList<>(simulated);
      known.addAll(stochastic);
      Map<String, String> matches = new LinkedHashMap<>();
      for (String m : match) {
        String[] parts = m.split("=", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw UserException.of("bad-match", Location.of("--match"), "expected OBSERVED=SIMULATED, found '" + m
              + "'");
        }
        String target = parts[1].strip();
        if (!known.contains(target)) {
          throw UserException.of("unknown-series", Location.of("--match"), "the simulation has no series or "
              + "stochastic event '" + target + "' (series: " + String.join(", ", simulated) + "; stochastic events, "
              + "compared as yearly counts: " + String.join(", ", stochastic) + ")"
              + Suggestions.hint(target, known));
        }
        matches.put(parts[0].strip(), target);
      }
      return matches;
    }
  }
}
