package org.tandem.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tandem.core.events.Rejection;
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

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Event files, or directories of them.")
  List<Path> inputs;

  @Option(names = "--db", paramLabel = "PATH|JDBC_URL",
      description = "The database: an H2 file path or a jdbc:h2:/jdbc:postgresql: URL (default: $TANDEM_DB, "
          + "else ~/.tandem/tandem).")
  String db;

  @Option(names = "--format", defaultValue = "auto",
      description = "auto, gdelt1, gdelt2, icews or csv (default: ${DEFAULT-VALUE}, detected per file).")
  EventsAggregateCommand.Format format;

  @Option(names = "--strict", description = "A file with a malformed row stores nothing, and ingesting stops there"
      + " (exit code 2); files before it stay stored.")
  boolean strict;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    List<Path> files = EventAggregator.expand(inputs);
    long total = EventAggregator.totalBytes(files);
    EventAggregator reader = EventAggregator.defaults().withStrict(strict)
        .withFormat(format == EventsAggregateCommand.Format.auto ? null
            : EventFormat.valueOf(format.name().toUpperCase(Locale.ROOT)));
    List<IngestResult> results = new ArrayList<>();
    try (Database database = DbOptions.open(db);
        Progress progress = new Progress("ingest", total, !quiet && Progress.interactive(), System.err)) {
      EventStore store = new EventStore(database, Clock.systemUTC());
      long before = 0;
      for (Path file : files) {
        long offset = before;
        results.add(store.ingest(file, reader.withProgress(done -> progress.completed(offset + done))));
        before += file.toFile().length();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    summary(out, results);
    out.flush();
    return Cli.OK;
  }

  static void summary(PrintWriter out, List<IngestResult> results) {
    long lines = 0;
    long accepted = 0;
    long rejected = 0;
    long fresh = 0;
    long stored = 0;
    Map<String, Long> reasons = new TreeMap<>();
    List<Rejection> first = new ArrayList<>();
    for (IngestResult r : results) {
      lines += r.read().lines();
      accepted += r.read().accepted();
      rejected += r.read().rejected();
      fresh += r.newEvents();
      stored += r.alreadyStored();
      r.read().rejectionsByCode().forEach((k, v) -> reasons.merge(k, v, Long::sum));
      for (Rejection x : r.read().firstRejections()) {
        if (first.size() < EventsAggregateCommand.LISTED_REJECTIONS) {
          first.add(x);
        }
      }
    }
    int files = results.size();
    out.printf(Locale.ROOT, "%d file%s, %d lines: %d rows accepted, %d rejected.%n", files, files == 1 ? "" : "s",
        lines, accepted, rejected);
    out.printf(Locale.ROOT, "%d new events stored, %d already stored.%n", fresh, stored);
    if (rejected > 0) {
      out.println("Rejected by reason: " + reasons.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", ")) + ".");
      out.println("First rejected rows:");
      for (Rejection x : first) {
        out.println("  " + x);
      }
      if (rejected > first.size()) {
        out.println("  ... and " + (rejected - first.size()) + " more");
      }
    }
  }
}
