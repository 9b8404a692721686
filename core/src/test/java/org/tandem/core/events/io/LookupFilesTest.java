package org.tandem.core.events.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.UserException;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.CameoCode;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.DyadPeriodStats;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.GdeltRows;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.PartialAggregate;
import org.tandem.core.events.Period;
import org.tandem.core.events.QuadClass;
import org.tandem.core.events.QuadMapping;

class LookupFilesTest {
  @TempDir Path dir;

  /** Every root 01 to 20 with value {@code root - 10} (so 01 is -9.0 and 20 is +10.0), one per line. */
  private static String roots() {
    return IntStream.rangeClosed(1, 20).mapToObj(r -> String.format("%02d\t%d.0", r, r - 10))
        .collect(Collectors.joining("\n")) + "\n";
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static List<String> messages(Runnable r) {
    try {
      r.run();
    } catch (UserException e) {
      return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }
    throw new AssertionError("expected a user error");
  }

  @Test
  void readsATableWithCommentsAHeaderAndCodesAsText() throws IOException {
    Path file = write("g.tsv", "\uFEFF# my table\ncode\tgoldstein\n" + roots() + "010\t2.5\r\n\n0874,\"-7.3\"\n");
    GoldsteinTable t = LookupFiles.goldstein(file);
    assertThat(t.name()).isEqualTo(file.toString());
    assertThat(t.variant()).isNull();
    assertThat(t.entries()).hasSize(22);
    assertThat(t.value(new CameoCode("010"))).isEqualTo(2.5);
    assertThat(t.value(new CameoCode("10"))).isEqualTo(0.0);
    assertThat(t.value(new CameoCode("0874"))).isEqualTo(-7.3);
    // Not listed: 0871 falls back to its parent 087, not listed either, then to its root 08 (-2.0).
    assertThat(t.value(new CameoCode("0871"))).isEqualTo(-2.0);
  }

  /**
   * Hand-computed: with the table above, USA-PRK events 010 (+2.5), 0874 (-7.3) and 0871 (root 08,
   * -2.0) on one day sum to -6.8; C = 9.3, K = 2.5, tension = 9.3 / 11.8 = 0.788135...
   */
  @Test
  void aTableOfTheUsersValuesTheEventsByIt() throws IOException {
    Path file = write("g.tsv", roots() + "010\t2.5\n0874\t-7.3\n");
    String rows = String.join("\n", GdeltRows.row("20180601", "USA", "PRK", "010"),
        GdeltRows.row("20180601", "PRK", "USA", "0874"), GdeltRows.row("20180601", "USA", "PRK", "0871")) + "\n";
    EventFilter filter = new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.DAY, null, null, false, 0);
    PartialAggregate agg = new PartialAggregate(filter, true);
    EventAggregator.defaults().withGoldstein(LookupFiles.goldstein(file)).read(EventFormat.GDELT1,
        new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)), "t.tsv", agg);
    AggregationResult r = agg.result();
    DyadPeriodStats s = r.stats().get(0);
    assertThat(s.goldsteinTenthsSum()).isEqualTo(-68);
    assertThat(s.tension()).isCloseTo(9.3 / 11.8, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(s.fallbackCodes()).isEqualTo(1);
  }

  @Test
  void reportsEveryBadLineWithFileAndLine() throws IOException {
    Path file = write("g.tsv", roots() + "42\t1.0\n13y\t1.0\n040\t11\n041\t1.25\n042\tx\n043\t1.0\textra\n"
        + "040\t1.0\n040\t2.0\n");
    List<String> errors = messages(() -> LookupFiles.goldstein(file));
    String f = file.toString();
    assertThat(errors).containsExactly(
        f + ":21: error: expected a CAMEO code of 2 to 4 digits with root 01 to 20, found \"42\" [bad-goldstein-table]",
        f + ":22: error: expected a CAMEO code of 2 to 4 digits with root 01 to 20, found \"13y\" [bad-goldstein-table]",
        f + ":23: error: expected a Goldstein value from -10 to 10 in steps of 0.1 for code 040, found \"11\""
            + " [bad-goldstein-table]",
        f + ":24: error: expected a Goldstein value from -10 to 10 in steps of 0.1 for code 041, found \"1.25\""
            + " [bad-goldstein-table]",
        f + ":25: error: expected a Goldstein value from -10 to 10 in steps of 0.1 for code 042, found \"x\""
            + " [bad-goldstein-table]",
        f + ":26: error: expected CODE<TAB>VALUE (two fields), found 3 fields in \"043\t1.0\textra\""
            + " [bad-goldstein-table]",
        f + ":28: error: code 040 is listed twice (first on line 27) [bad-goldstein-table]");
  }

  @Test
  void aTableWithoutEveryRootIsRefusedNamingTheMissingRoots() throws IOException {
    Path file = write("g.tsv", roots().replace("07\t-3.0\n", "").replace("19\t9.0\n", ""));
    assertThat(messages(() -> LookupFiles.goldstein(file))).containsExactly(file + ": error: root codes 07, 19 are"
        + " not listed (every root 01 to 20 needs a value: codes the table does not list fall back to it)"
        + " [bad-goldstein-table]");
    Path notText = Files.write(dir.resolve("b.tsv"), new byte[] {(byte) 0xC3, 0x28});
    assertThat(messages(() -> LookupFiles.goldstein(notText))).singleElement().asString()
        .contains("expected a UTF-8 text file");
    assertThatThrownBy(() -> LookupFiles.goldstein(dir.resolve("none.tsv"))).isInstanceOf(UserException.class)
        .hasMessageContaining("cannot read the file");
  }

  @Test
  void readsAQuadMappingFileLineByLine() throws IOException {
    Path file = write("q.txt", "# PLOVER-like: 05 with material cooperation\n01-04:1\n05-09:2\n\n10-14:3, 15-20:4\n");
    QuadMapping m = LookupFiles.quads(file);
    assertThat(m.quadOfRoot(5)).isEqualTo(QuadClass.MATERIAL_COOPERATION);
    assertThat(m.quadOfRoot(4)).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(m.quadOfRoot(20)).isEqualTo(QuadClass.MATERIAL_CONFLICT);
  }

  @Test
  void reportsBadQuadMappingLinesAndMissingRoots() throws IOException {
    Path file = write("q.txt", "01-05:1\n05-09:2\n10-14:5\n15-20\n");
    String f = file.toString();
    assertThat(messages(() -> LookupFiles.quads(file))).containsExactly(
        f + ":2: error: root 05 is assigned twice [bad-quad-map]",
        f + ":3: error: quad class must be 1 to 4 in \"10-14:5\" [bad-quad-map]",
        f + ":4: error: expected ROOT:QUAD or FROM-TO:QUAD, found \"15-20\" [bad-quad-map]");
    Path gaps = write("g.txt", "01-05:1\n06-09:2\n10-13:3\n");
    assertThat(messages(() -> LookupFiles.quads(gaps))).containsExactly(
        gaps + ": error: roots 14, 15, 16, 17, 18, 19, 20 have no quad class (every root 01 to 20 needs one)"
            + " [bad-quad-map]");
  }
}
