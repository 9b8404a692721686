package org.tandem.core.events.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.error.UserException;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.EventRecord;
import org.tandem.core.events.GdeltRows;
import org.tandem.core.events.Period;
import org.tandem.core.events.Rejection;

/**
 * Random and mutated rows in every format: each row ends as an accepted row or a rejection with a
 * file, a line and a reason; nothing else may be thrown. Seeded; the seed is in every failure message.
 */
class EventRowsPropertyTest {
  private static final long SEED = 20_260_601L;
  private static final int ROWS = 2_500;
  private static final EventFilter FILTER = new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.WEEK, null, null,
      false, 0);
  private static final String ALPHABET = "0123456789\t\t\t\n,\"-ANUSPRKy \r\u00e9\u0000";

  private static String mutate(String row, UniformRandomProvider rng) {
    StringBuilder sb = new StringBuilder(row);
    int edits = rng.nextInt(4);
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = rng.nextInt(sb.length());
      switch (rng.nextInt(3)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
        default -> sb.setCharAt(at, ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }

  private static String gdeltRow(UniformRandomProvider rng, int columns) {
    String[] countries = {"USA", "PRK", "CHN", "", "US", "usa"};
    String[] codes = {"010", "10", "13y", "0874", "2042", "21", "", "1", "99999", "173"};
    String date = rng.nextInt(10) == 0 ? "2018-06-01" : String.format(java.util.Locale.ROOT, "%04d%02d%02d",
        rng.nextInt(2100), rng.nextInt(14), rng.nextInt(33));
    return GdeltRows.row(columns, date, countries[rng.nextInt(countries.length)],
        countries[rng.nextInt(countries.length)], rng.nextBoolean() ? "1" : "2", codes[rng.nextInt(codes.length)],
        rng.nextBoolean() ? "3" : "x");
  }

  private static String icewsRow(UniformRandomProvider rng) {
    String[] names = {"United States", "North Korea", "NA", "", "Atlantis", "China"};
    String[] codes = {"040", "13y", "1213", "NA", "010", "10"};
    return String.join("\t", "1", rng.nextInt(5) == 0 ? "20180601" : "2018-06-0" + rng.nextInt(10),
        names[rng.nextInt(names.length)], codes[rng.nextInt(codes.length)], names[rng.nextInt(names.length)]);
  }

  /**
   * Reads the file with its format given, with it detected, and with a sink as ingest reads (so that
   * the event ids are read and every accepted row becomes a record the database can hold).
   */
  private static void check(Path file, EventFormat format, long seed, int lines) {
    check(file, format, seed, lines, false);
    check(file, null, seed, lines, false);
    check(file, format, seed, lines, true);
  }

  private static void check(Path file, EventFormat format, long seed, int lines, boolean recording) {
    AggregationResult r;
    List<EventRecord> records = new ArrayList<>();
    try {
      EventAggregator reader = EventAggregator.defaults().withFormat(format);
      r = recording ? reader.aggregate(List.of(file), FILTER, records::add) : reader.aggregate(List.of(file), FILTER);
    } catch (RuntimeException e) {
      if (e instanceof UserException u && u.diagnostics().get(0).location().source().equals(file.toString())) {
        return;
      }
      throw new AssertionError("seed " + seed + ", format " + format + ": unexpected " + e, e);
    }
    assertThat(r.accepted() + r.rejected()).as("seed %d, format %s", seed, format).isLessThanOrEqualTo(lines + 1L);
    if (recording) {
      assertThat(records).as("seed %d, format %s", seed, format).hasSize((int) r.accepted());
    }
    for (Rejection x : r.firstRejections()) {
      assertThat(x.location().source()).as("seed %d", seed).isEqualTo(file.toString());
      assertThat(x.location().line()).as("seed %d: %s", seed, x).isBetween(1, lines + 1);
      assertThat(x.message()).as("seed %d", seed).isNotBlank();
    }
    assertThat(r.rejectionsByCode().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.rejected());
  }

  @Test
  void randomAndMutatedRowsEndAsAcceptedRowsOrLocatedRejections(@TempDir Path dir) throws IOException {
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(SEED);
    StringBuilder g1 = new StringBuilder();
    StringBuilder g2 = new StringBuilder();
    StringBuilder ic = new StringBuilder("Event ID\tEvent Date\tSource Country\tCAMEO Code\tTarget Country\n");
    StringBuilder csv = new StringBuilder("GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,"
        + "IsRootEvent\n");
    for (int i = 0; i < ROWS; i++) {
      g1.append(mutate(gdeltRow(rng, 57 + rng.nextInt(2)), rng)).append('\n');
      g2.append(mutate(gdeltRow(rng, 61), rng)).append('\n');
      ic.append(mutate(icewsRow(rng), rng)).append('\n');
      String[] f = gdeltRow(rng, 58).split("\t", -1);
      String id = rng.nextInt(50) == 0 ? "7".repeat(41) : Integer.toString(i);
      csv.append(mutate(String.join(",", id, "\"" + f[1] + "\"", f[7], f[17], "\"" + f[26] + "\"", f[25]), rng))
          .append('\n');
    }
    int i = 0;
    for (Object[] c : new Object[][] {{g1, EventFormat.GDELT1}, {g2, EventFormat.GDELT2}, {ic, EventFormat.ICEWS},
        {csv, EventFormat.CSV}}) {
      Path file = dir.resolve("f" + i++);
      String text = c[0].toString();
      Files.writeString(file, text, StandardCharsets.UTF_8);
      check(file, (EventFormat) c[1], SEED, (int) text.chars().filter(ch -> ch == '\n').count() + 1);
    }
  }
}
