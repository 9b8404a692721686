package org.tandem.core.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tandem.core.error.Location;

/** Scenarios and parameter ranges for sweep tests. */
final class SweepFixtures {
  private SweepFixtures() {}

  static ParameterSpace tiny() {
    try (InputStream in = SweepFixtures.class.getResourceAsStream("/scenarios/tiny.yaml")) {
      return ParameterSpace.of(in.readAllBytes(), "tiny.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParameterSpace inline(String yaml) {
    return ParameterSpace.of(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
  }

  /** Ranges written as on the command line. */
  static List<ParameterRange> ranges(String... texts) {
    List<ParameterRange> out = new ArrayList<>();
    for (String t : texts) {
      out.add(ParameterRange.parse(t, Location.of("--param")));
    }
    return out;
  }

  /**
   * One step agreed each month with probability {@code model.pace} (support is 1: both actors sit
   * at 100 and the issue at 0; no space), no duration: P(done by the horizon) = 1 - (1 - pace)^24.
   */
  static final String ONE_STEP = """
      tandem: 1
      id: one-step
      title: One step
      note: "test fixture"
      start: 2020-01
      horizon: 2021-12
      model: {pace: 0.05, threshold: 0.5}
      issues:
        - id: deal
          name: Deal
          scale: {low: none, high: full}
          status-quo: 0
      actors:
        - id: a
          name: A
          capability: 1
          positions:
            deal: {position: 100, salience: 1}
      tracks:
        - id: only
          name: Only track
      environment:
        - id: tension
          name: Tension
          initial: 0.5
      steps:
        - id: sign
          track: only
          title: Sign
          actors: [a]
          issue: deal
          moves: 50
      strategies:
        - id: go
          name: Go
          rules:
            - select: {all: true}
      milestones:
        - id: signed
          name: Signed
          when: "implemented(sign)"
      """;
}
