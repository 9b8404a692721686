package org.tandem.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.tandem.core.error.Location;
import org.tandem.store.tracker.ObservationInput;
import org.tandem.store.tracker.Tracker;

/**
 * The child process of {@link CrashSafetyTest}: imports {@code total} observations into the
 * database at {@code url}, {@code batch} at a time, one transaction per batch, and prints
 * {@code ack N} after batch N has committed. Batch N's rows all belong to series {@code PREFIXN}
 * (the optional fourth argument; default {@code batch-}).
 */
public final class CrashImporter {
  private CrashImporter() {}

  public static void main(String[] args) {
    String url = args[0];
    int total = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    String prefix = args.length > 3 ? args[3] : "batch-";
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (Database db = Database.open(DbLocation.parse(url, "child"))) {
      Tracker tracker = new Tracker(db, clock, "crash-test");
      out.println("open");
      for (int b = 0; b * batch < total; b++) {
        List<ObservationInput> rows = new ArrayList<>(batch);
        for (int i = b * batch; i < Math.min(total, (b + 1) * batch); i++) {
          rows.add(new ObservationInput(Location.of("child"), prefix + b,
              LocalDate.of(2000, 1, 1).plusDays(i % 9000).toString(), Integer.toString(i), "test", "generated",
              "record " + i, null));
        }
        tracker.observe(rows);
        out.println("ack " + b);
      }
      out.println("done");
    }
  }
}
