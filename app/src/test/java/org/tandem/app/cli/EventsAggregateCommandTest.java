package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsAggregateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path shared(String relative) {
    String dir = System.getProperty("tandem.shared.dir");
    assumeTrue(dir != null, "tandem.shared.dir not set; skipping (needs data/" + relative + ")");
    Path path = Path.of(dir, "data", relative);
    assumeTrue(Files.isRegularFile(path), "missing test data file " + path + "; skipping");
    return path;
  }

  /** A GDELT 1.0 row (58 columns) with the given date, actor countries and event code. */
  private static String row(String date, String a1, String a2, String code) {
    String[] f = new String[58];
    Arrays.fill(f, "");
    f[0] = "1";
    f[1] = date;
    f[7] = a1;
    f[17] = a2;
    f[25] = "1";
    f[26] = code;
    f[32] = "2";
    return String.join("\t", f);
  }

  @Test
  void printsTheIcewsUsaNorthKoreaDaysAndASummary() {
    Path file = shared("events/icews-events.2018.sample.tab");
    CliRunner r = CliRunner.run("events", "aggregate", file.toString(), "--dyad", "USA-PRK", "--period", "day",
        "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("USA-PRK\\s+2018-06-01\\s+200\\s")
        .containsPattern("USA-PRK\\s+2018-06-02\\s+112\\s")
        .contains("3705 rows accepted, 0 rejected");
  }

  @Test
  void jsonCarriesAggregatesAndLocatedRejections(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("e.tsv"), String.join("\n", row("20180601", "USA", "PRK", "040"),
        row("20180602", "PRK", "USA", "13y"), row("20180603", "PRK", "USA", "190"), "1\t2") + "\n");
    CliRunner r = CliRunner.run("events", "aggregate", file.toString(), "--dyad", "USA-PRK", "--output-format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    JsonNode agg = root.get("aggregates");
    assertThat(agg).hasSize(1);
    assertThat(agg.get(0).get("period").asText()).isEqualTo("2018-06");
    assertThat(agg.get(0).get("events").asLong()).isEqualTo(2);
    assertThat(agg.get(0).get("goldsteinSum").asDouble()).isEqualTo(1.0 - 10.0);
    assertThat(agg.get(0).get("tension").asDouble()).isEqualTo(10.0 / 11.0);
    JsonNode summary = root.get("summary");
    assertThat(summary.get("accepted").asLong()).isEqualTo(2);
    assertThat(summary.get("rejected").asLong()).isEqualTo(2);
    assertThat(summary.get("firstRejections").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(summary.get("firstRejections").get(0).get("code").asText()).isEqualTo("bad-event-code");
    assertThat(summary.get("firstRejections").get(1).get("line").asInt()).isEqualTo(4);
  }

  @Test
  void textSummaryListsTheFirstRejectedRowsWithFileLineAndReason(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("e.tsv"), row("20180601", "USA", "PRK", "040") + "\n"
        + row("20180631", "USA", "PRK", "040") + "\n");
    CliRunner r = CliRunner.run("events", "aggregate", file.toString(), "--dyad", "USA>PRK", "--period", "week");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("2018-W22").contains("1 rows accepted, 1 rejected")
        .contains(file + ":2: expected SQLDATE as YYYYMMDD");
  }

  @Test
  void csvOutputHasAHeaderAndOneLinePerDyadAndPeriodWithTheSummaryOnStderr(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("e.tsv"), row("20180601", "USA", "PRK", "040") + "\n"
        + row("20180701", "CHN", "USA", "040") + "\n");
    CliRunner r = CliRunner.run("events", "aggregate", file.toString(), "--dyad", "USA-PRK", "--dyad", "CHN-USA",
        "--output-format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("dyad,period,start,events,");
    assertThat(lines.get(1)).startsWith("USA-PRK,2018-06,2018-06-01,1,1,0,0,0,1.0,");
    assertThat(lines.get(2)).startsWith("CHN-USA,2018-07,");
    assertThat(r.err()).contains("2 rows accepted");
  }

  @Test
  void strictModeExitsWithTwoAtTheFirstMalformedRow(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("e.tsv"), row("20180601", "USA", "PRK", "040") + "\n"
        + row("20180601", "USA", "PRK", "13y") + "\n");
    CliRunner r = CliRunner.run("events", "aggregate", file.toString(), "--dyad", "USA-PRK", "--strict");
    assertThat(r.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(r.err()).contains(file + ":2: error: ").contains("13y").contains("[bad-event-code]");
  }

  @Test
  void badOptionsAreUserErrors(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("e.tsv"), row("20180601", "USA", "PRK", "040") + "\n");
    assertThat(CliRunner.run("events", "aggregate", file.toString(), "--dyad", "USAPRK").exitCode())
        .isEqualTo(Cli.USER_ERROR);
    CliRunner quads = CliRunner.run("events", "aggregate", file.toString(), "--dyad", "USA-PRK", "--quad-map", "01-05:1");
    assertThat(quads.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(quads.err()).contains("--quad-map").contains("roots 06, 07, 08");
    CliRunner icews = CliRunner.run("events", "aggregate", shared("events/icews-events.2018.sample.tab").toString(),
        "--dyad", "USA-PRK", "--root-only");
    assertThat(icews.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(icews.err()).contains("IsRootEvent");
  }
}
