package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.QuadMapping;
import org.tandem.store.Database;
import org.tandem.store.events.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tandem events show}: the aggregates of {@code tandem events aggregate}, computed from the
 * events stored by {@code tandem events ingest}.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Aggregate the stored events per dyad and period (docs/events.md).")
public final class EventsShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final Clock clock;

  /** The command on the system clock (UTC). */
  public EventsShowCommand() {
    this(Clock.systemUTC());
  }

  /** The command with {@code clock} as the time files are recorded as ingested. */
  EventsShowCommand(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Mixin EventFilterOptions filterOptions;

  @Option(names = "--goldstein", paramLabel = "gdelt|icews|FILE",
      description = "Value every stored event's code by this table: a shipped one or a file of CODE<TAB>VALUE lines"
          + " (default: the value stored at ingest).")
  String goldstein;

  @Option(names = "--quad-map", paramLabel = "FILE|SPEC",
      description = "Class every stored event's code by this mapping: a file, or items such as"
          + " 01-05:1,06-09:2,10-14:3,15-20:4 (default: the quad class stored at ingest).")
  String quadMap;

  @Option(names = {"--output-format", "--format"}, defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  EventsAggregateCommand.Output output;

  @Option(names = "--db", paramLabel = "PATH|JDBC_URL",
      description = "The database: an H2 file path or a jdbc:h2:/jdbc:postgresql: URL (default: $TANDEM_DB, "
          + "else ~/.tandem/tandem).")
  String db;

  @Override
  public Integer call() {
    EventFilter filter = filterOptions.filter();
    GoldsteinTable table = EventTables.goldstein(goldstein);
    QuadMapping quads = EventTables.quads(quadMap);
    AggregationResult result;
    try (Database database = DbOptions.open(db)) {
      result = new EventStore(database, clock).aggregate(filter, table, quads);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    switch (output) {
      case json -> {
        ObjectNode root = EventsAggregateCommand.json(result, 0);
        ObjectNode summary = root.putObject("summary");
        summary.put("storedEventsRead", result.accepted());
        summary.put("matched", result.matched());
        out.println(Json.write(root));
      }
      case csv -> {
        EventsAggregateCommand.csv(out, result);
        summary(err, result);
      }
      default -> {
        EventsAggregateCommand.text(out, result);
        out.println();
        summary(out, result);
      }
    }
    out.flush();
    err.flush();
    return Cli.OK;
  }

  private static void summary(PrintWriter out, AggregationResult r) {
    out.printf(Locale.ROOT, "%d stored events between the dyads' countries read; %d counted in a dyad and period.%n",
        r.accepted(), r.matched());
  }
}
