package org.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing acknowledged is lost: a child JVM imports 100,000 records one committed batch at a time
 * and is killed (SIGKILL) at a seeded random moment; the database must then open cleanly and hold
 * every acknowledged batch whole, and no batch in part. On PostgreSQL the killed process is the
 * client (the server lives on), on H2 it is the database engine itself.
 */
@ParameterizedClass
@EnumSource(Vendor.class)
class CrashSafetyTest {
  static final int TOTAL = 100_000;
  static final int BATCH = 1_000;
  static final long SEED = 20_260_101L;

  @Parameter Vendor vendor;
  @TempDir Path tempDir;

  @Test
  void everyAcknowledgedBatchSurvivesAKillAndNoBatchIsHalfWritten() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED + vendor.ordinal());
    DbLocation location = TestDatabases.fresh(vendor, tempDir);
    for (int round = 0; round < 2; round++) {
      int killAfterAcks = 2 + random.nextInt(30);
      long extraMillis = random.nextLong(40);
      int lastAck = killChildMidway(location, killAfterAcks, extraMillis);
      try (Database db = Database.open(location)) {
        Map<String, Integer> perBatch = new HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT series, COUNT(*) AS n FROM observation GROUP BY series")
            .map((rs, ctx) -> perBatch.put(rs.getString("series"), rs.getInt("n"))).list());
        String context = "seed " + SEED + ", round " + round + ", killed after ack " + lastAck;
        for (int b = 0; b <= lastAck; b++) {
          assertThat(perBatch.get("batch-" + b)).as(context + ": acknowledged batch " + b).isEqualTo(BATCH);
        }
        perBatch.forEach((series, n) -> assertThat(n).as(context + ": " + series + " is whole").isEqualTo(BATCH));
        // At most the batch in flight when the kill came may have committed without its ack.
        assertThat(perBatch.size()).as(context).isBetween(lastAck + 1, lastAck + 2);
        assertThat(db.schemaVersion()).isEqualTo("2");
      }
    }
  }

  /**
   * Starts the importer with its output going to a file (so that every ack it printed can be read
   * after the kill, which a pipe would lose), kills it once the given number of acks is there plus
   * a delay, and returns the last ack it printed.
   */
  private int killChildMidway(DbLocation location, int acks, long extraMillis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = Files.createTempFile(tempDir, "child", ".out");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashImporter.class.getName(), location.url(), Integer.toString(TOTAL), Integer.toString(BATCH))
        .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (lastAck(log) + 1 < acks && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    Thread.sleep(extraMillis);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    int lastAck = lastAck(log);
    assertThat(lastAck).as("the child acknowledged batches before it was killed").isGreaterThanOrEqualTo(acks - 1);
    assertThat(Files.readString(log)).as("the child was killed before it finished").doesNotContain("done");
    return lastAck;
  }

  private static int lastAck(Path log) throws IOException {
    int last = -1;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      // A line still being written when read has no newline yet and is not matched.
      if (line.matches("ack \\d+")) {
        last = Integer.parseInt(line.substring(4));
      }
    }
    return last;
  }
}
