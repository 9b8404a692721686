package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.random.RandomStreams;

/** Random and mutated params text gives ranges or user errors with a location, never anything else. */
class ParameterRangePropertyTest {
  private static final String VALID = "steps.open-talks.moves=5:20\n# comment\nevents.test.hazard.base=0.01:1e-1\n";
  private static final String ALPHABET = "az.-=:#0123456789eE+ \n\t\r\u00e9";

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void mutatedParamsFilesGiveRangesOrLocatedUserErrors(long seed) {
    UniformRandomProvider rng = new RandomStreams(seed).substream(RandomStreams.key("property"), 0);
    for (int trial = 0; trial < 500; trial++) {
      String text = mutate(VALID, rng);
      try {
        List<ParameterRange> ranges = ParameterFile.parse(text, "p.txt");
        for (ParameterRange r : ranges) {
          assertThat(r.low()).as("seed %d: %s", seed, text).isLessThanOrEqualTo(r.high());
          assertThat(r.path()).isNotBlank();
        }
      } catch (UserException e) {
        assertThat(e.diagnostics()).as("seed %d: %s", seed, text)
            .allSatisfy(d -> assertThat(d.location().source()).isEqualTo("p.txt"));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14})
  void randomParamTextGivesARangeOrALocatedUserError(long seed) {
    UniformRandomProvider rng = new RandomStreams(seed).substream(RandomStreams.key("property"), 0);
    for (int trial = 0; trial < 1000; trial++) {
      StringBuilder b = new StringBuilder();
      int length = rng.nextInt(30);
      for (int i = 0; i < length; i++) {
        b.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
      }
      try {
        ParameterRange r = ParameterRange.parse(b.toString(), Location.of("--param"));
        assertThat(r.low()).as("seed %d: '%s'", seed, b).isLessThanOrEqualTo(r.high());
      } catch (UserException e) {
        assertThat(e.diagnostics().get(0).location()).isEqualTo(Location.of("--param"));
      }
    }
  }

  /** One to three random edits: delete, insert or replace a character. */
  private static String mutate(String text, UniformRandomProvider rng) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + rng.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = b.length() == 0 ? 0 : rng.nextInt(b.length());
      char c = ALPHABET.charAt(rng.nextInt(ALPHABET.length()));
      switch (rng.nextInt(3)) {
        case 0 -> {
          if (b.length() > 0) {
            b.deleteCharAt(at);
          }
        }
        case 1 -> b.insert(at, c);
        default -> {
          if (b.length() > 0) {
            b.setCharAt(at, c);
          }
        }
      }
    }
    return b.toString();
  }
}
