package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.UserException;
import org.tandem.core.random.RandomStreams;

/**
 * Mutated import files give contents or user errors located in the file, never another exception:
 * the reader must not fail with a parser's own exception on any input.
 */
class ImportFilePropertyTest {
  private static final String JSON = "{\"roadmap\": {\"id\": \"x\"},\n \"history\": [{\"id\": 1, \"step\": \"a\", "
      + "\"status\": \"agreed\", \"date\": \"2018-01-01\", \"source\": \"s\", \"corrects\": null}],\n"
      + " \"scores\": [{\"step\": \"a\", \"year\": 2019, \"score\": 1, \"justification\": \"j\"}],\n"
      + " \"observations\": [{\"series\": \"w\", \"date\": \"2019-01-01\", \"low\": 1.5, \"high\": 2, "
      + "\"method\": \"m\", \"source\": \"s\"}]}\n";
  private static final String CSV = "step,status,date,source,quote\nus-signalling,agreed,2018-06-12,\"a, b\","
      + "\"two\nlines\"\n";
  private static final String ALPHABET = "{}[]\":,. \n\r\t0123456789-aeiostrun\\\u00e9\uFEFF";

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4})
  void mutatedTextGivesContentsOrLocatedUserErrors(long seed) {
    UniformRandomProvider rng = new RandomStreams(seed).substream(RandomStreams.key("import-text"), 0);
    for (int trial = 0; trial < 500; trial++) {
      String text = mutate(rng.nextBoolean() ? JSON : CSV, rng);
      check(text.getBytes(StandardCharsets.UTF_8), seed, text);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12})
  void mutatedBytesGiveContentsOrLocatedUserErrors(long seed) {
    UniformRandomProvider rng = new RandomStreams(seed).substream(RandomStreams.key("import-bytes"), 0);
    for (int trial = 0; trial < 500; trial++) {
      byte[] bytes = (rng.nextBoolean() ? JSON : CSV).getBytes(StandardCharsets.UTF_8);
      for (int e = 0; e < 1 + rng.nextInt(3); e++) {
        bytes[rng.nextInt(bytes.length)] = (byte) rng.nextInt(256);
      }
      check(bytes, seed, java.util.Arrays.toString(bytes));
    }
  }

  private static void check(byte[] bytes, long seed, String input) {
    try {
      ImportFile.Contents contents = ImportFile.read(bytes, "f");
      assertThat(contents.problems()).as("seed %d: %s", seed, input)
          .allSatisfy(d -> assertThat(d.location().source()).isEqualTo("f"));
    } catch (UserException e) {
      assertThat(e.diagnostics()).as("seed %d: %s", seed, input).isNotEmpty()
          .extracting(Diagnostic::location).allSatisfy(l -> assertThat(l.source()).isEqualTo("f"));
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
