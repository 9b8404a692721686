package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.core.check.Scenarios;
import org.tandem.store.Database;
import org.tandem.store.TestDatabases;
import org.tandem.store.Vendor;

/** The project's record of 2012-2019 (data/korea-2012) imports into korea-2012 and scores as hand-computed. */
@ParameterizedClass
@EnumSource(Vendor.class)
class KoreaRecordTest {
  static final Path DATA = Path.of(System.getProperty("tandem.repo.dir", "."), "data", "korea-2012");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Parameter Vendor vendor;
  @TempDir Path tempDir;

  static ImportFile.Contents read(String name) throws IOException {
    Path file = DATA.resolve(name);
    return ImportFile.read(Files.readAllBytes(file), "data/korea-2012/" + name);
  }

  @Test
  void importsOnceAndScoresTheSingaporeCommitments() throws IOException {
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      Tracker tracker = new Tracker(db, CLOCK, "test");
      var scenario = Scenarios.load("korea-2012");
      tracker.init(scenario);
      List<RecordOutcome> first = tracker.importContents(null, read("record-2012-2019.csv"));
      List<RecordOutcome> observations = tracker.importContents(null, read("observations-2012-2019.csv"));
      assertThat(first.get(0).added()).hasSize(8);
      assertThat(observations.get(1).added()).hasSize(21);
      assertThat(tracker.importContents(null, read("record-2012-2019.csv")).get(0).alreadyRecorded()).isEqualTo(8);

      var history = tracker.history(null, null);
      var before = ImplementationScores.at(scenario, history, List.of(), LocalDate.of(2017, 12, 31));
      assertThat(before.overall().points()).isZero();
      assertThat(before.overall().lenient()).isNaN();
      // End of 2019: dprk-goodwill implementing (1 point), security-assurances agreed (0); both
      // started; five steps only proposed. Strict 1 / (3 x 35), lenient 1 / (3 x 2).
      var card = ImplementationScores.at(scenario, history, List.of(), LocalDate.of(2019, 12, 31));
      int steps = scenario.steps().size();
      assertThat(card.overall().points()).isEqualTo(1);
      assertThat(card.overall().started()).isEqualTo(2);
      assertThat(card.overall().strict()).isCloseTo(100.0 / (3 * steps), within(1e-9));
      assertThat(card.overall().lenient()).isCloseTo(100.0 / 6, within(1e-9));
      assertThat(tracker.observations("warheads")).extracting(Observation::method)
          .containsOnly("fissile-material-capacity");
    }
  }

  @Test
  void explicitScoresAddTheMoratoriumAndTheSuspendedExercises() throws IOException {
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      Tracker tracker = new Tracker(db, CLOCK, "test");
      var scenario = Scenarios.load("korea-2012");
      tracker.init(scenario);
      tracker.importContents(null, read("record-2012-2019.csv"));
      tracker.importContents(null, read("scores-2018-2019.csv"));
      assertThat(tracker.scores(null)).hasSize(4);
      assertThat(tracker.importContents(null, read("scores-2018-2019.csv")).get(2).alreadyRecorded()).isEqualTo(4);

      // End of 2019: dprk-goodwill implementing (1, derived), dprk-pre-steps set to 1 and
      // security-assurances set to 1 (agreed, which alone derives 0). Three steps started.
      // Strict 3 / (3 x 35), lenient 3 / (3 x 3).
      var card = ImplementationScores.at(scenario, tracker.history(null, null), tracker.scores(null),
          LocalDate.of(2019, 12, 31));
      int steps = scenario.steps().size();
      assertThat(card.overall().points()).isEqualTo(3);
      assertThat(card.overall().started()).isEqualTo(3);
      assertThat(card.overall().strict()).isCloseTo(300.0 / (3 * steps), within(1e-9));
      assertThat(card.overall().lenient()).isCloseTo(100.0 / 3, within(1e-9));
    }
  }
}
