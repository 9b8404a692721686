package org.tandem.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.QuadMapping;
import org.tandem.core.events.io.EventAggregator;
import org.tandem.core.events.io.EventFormat;
import org.tandem.store.Database;
import org.tandem.store.events.EventStore;
import org.tandem.store.events.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandem events ingest}: stores event files in the database, each event id once, one
 * transaction per file, and prints accepted and rejected rows and new versus already stored events.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Store event files in the database, each event once (docs/events.md).")
public final class EventsIngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final Clock clock;

  /** The command on the system clock (UTC). */
  public EventsIngestCommand() {
    this(Clock.systemUTC());
  }

  /** The command with {@code clock} as the time files are recorded as ingested. */
  EventsIngestCommand(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Event files, or directories of them.")
  List<Path> inputs;

  @Option(names = "--db", paramLabel = "PATH|JDBC_URL",
      description = "The database: an H2 file path or a jdbc:h2:/jdbc:postgresql: URL (default: $TANDEM_DB, "
          + "else ~/.tandem/tandem).")
  String db;

  @Option(names = "--format", defaultValue = "auto",
      description = "auto, gdelt1, gdelt2, icews or csv (default: ${DEFAULT-VALUE}, detected per file).")
  EventsAggregateCommand.Format format;

  @Option(names = "--goldstein", paramLabel = "gdelt|icews|FILE",
      description = "Goldstein table for the stored values: a shipped one, or a file of CODE<TAB>VALUE lines"
          + " (default: the shipped one matching each file's source).")
  String goldstein;

  @Option(names = "--quad-map", paramLabel = "FILE|SPEC",
      description = "Root codes to the stored quad classes: a file, or items such as 01-05:1,06-09:2,10-14:3,15-20:4"
          + " (GDELT's, the default).")
  String quadMap;

  @Option(names = "--strict", description = "A file with a malformed row stores nothing, and ingesting stops there"
      + " (exit code 2); files before it stay stored.")
  boolean strict;

  @Option(names = "--output-format", defaultValue = "text", paramLabel = "text|json",
      description = "The summary as text or JSON (default: ${DEFAULT-VALUE}).")
  Summary output;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  enum Summary { text, json }

  @Override
  public Integer call() {
    // Checked before anything is stored, so that a bad table or mapping stores nothing.
    GoldsteinTable table = EventTables.goldstein(goldstein);
    QuadMapping quads = EventTables.quads(quadMap);
    List<Path> files = EventAggregator.expand(inputs);
    long total = EventAggregator.totalBytes(files);
    EventAggregator reader = EventAggregator.defaults().withStrict(strict).withGoldstein(table)
        .withQuads(quads == null ? QuadMapping.gdelt() : quads)
        .withFormat(format == EventsAggregateCommand.Format.auto ? null
            : EventFormat.valueOf(format.name().toUpperCase(Locale.ROOT)));
    List<IngestResult> results = new ArrayList<>();
    try (Database database = DbOptions.open(db);
        Progress progress = new Progress("ingest", total, !quiet && Progress.interactive(), System.err)) {
      EventStore store = new EventStore(database, clock);
      long before = 0;
      for (Path file : files) {
        long offset = before;
        results.add(store.ingest(file, reader.withProgress(done -> progress.completed(offset + done))));
        before += file.toFile().length();
      }
    }
    IngestSummary summary = new IngestSummary(results, table == null ? null : table.name(),
        quads == null ? null : quadMap);
    PrintWriter out = spec.commandLine().getOut();
    if (output == Summary.json) {
      out.println(Json.write(summary.json()));
    } else {
      summary.text(out);
    }
    out.flush();
    return Cli.OK;
  }
}
