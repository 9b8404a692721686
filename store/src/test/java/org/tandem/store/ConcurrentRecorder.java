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
import org.tandem.store.tracker.ScoreInput;
import org.tandem.store.tracker.Tracker;

/**
 * The child process of {@link ConcurrentProcessesTest}: records {@code rounds} rounds into the
 * database at {@code url}, each round one explicit score of the tracked roadmap (a write that
 * locks the roadmap's row) and one transaction of {@code batch} observations, all named with
 * {@code prefix}; prints {@code ack N} after round N has committed and {@code done} at the end.
 */
public final class ConcurrentRecorder {
  private ConcurrentRecorder() {}

  public static void main(String[] args) {
    String url = args[0];
    int rounds = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    String prefix = args[3];
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (Database db = Database.open(DbLocation.parse(url, "child"))) {
      Tracker tracker = new Tracker(db, clock, prefix);
      out.println("open");
      for (int r = 0; r < rounds; r++) {
        tracker.setScore(null, new ScoreInput(Location.of("child"), "us-signalling", "2019", Integer.toString(r % 4),
            prefix + "score " + r, null));
        List<ObservationInput> rows = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
          rows.add(new ObservationInput(Location.of("child"), prefix + r,
              LocalDate.of(2000, 1, 1).plusDays(i).toString(), Integer.toString(i), "test", "generated", null, null));
        }
        tracker.observe(rows);
        out.println("ack " + r);
      }
      out.println("done");
    }
  }
}
