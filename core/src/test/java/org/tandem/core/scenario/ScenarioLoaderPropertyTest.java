package org.tandem.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.core.check.CheckResult;
import org.tandem.core.check.Scenarios;
import org.tandem.core.check.TestScenarios;
import org.tandem.core.error.Diagnostic;

/**
 * Generated inputs: random mutations of valid and deliberately broken scenario files must each end
 * in a checked scenario or in located user errors, never in any other exception. Every case draws
 * from its own generator, seeded with {@code SEED + case}, so a failure names the one seed that
 * reproduces it.
 */
class ScenarioLoaderPropertyTest {
  private static final long SEED = 20_121_000L;
  private static final String SOURCE = "fuzz.yaml";
  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,{] ?)-?[0-9]+(\\.[0-9]+)?(?=\\s*[,}\\]]|\\s*$)",
      Pattern.MULTILINE);
  private static final Pattern FLOW_LIST = Pattern.compile("\\[[^\\[\\]\\n]*\\]");
  private static final String SPECIAL = ":-[]{},#&*!|>'\"%@` \t\n?=<()";
  private static final List<String> WORDS = List.of("yes", "no", "null", "~", "true", "-", "x", "1e999",
      ".nan", "2020-13", "NaN", "{}", "[]", "''", "\"\"", "!!binary AAAA", "*a", "&a", "? x", "<<: *a");

  /** Valid fixtures, broken fixtures, and the built-ins that are present, with the cases each gets. */
  static Stream<Arguments> bases() {
    List<Arguments> out = new ArrayList<>();
    for (String fixture : List.of("tiny.yaml", "cycle.yaml", "dead-step.yaml", "unreachable-milestone.yaml",
        "reciprocal-conflict.yaml")) {
      out.add(Arguments.of(fixture, TestScenarios.fixture(fixture), 2_000));
    }
    for (String id : BuiltinScenarios.ids()) {
      Optional<byte[]> bytes = TestScenarios.builtin(id);
      bytes.ifPresent(b -> out.add(Arguments.of("built-in " + id, b, 500)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {2} mutations")
  @MethodSource("bases")
  void mutatedFilesEndInAScenarioOrInLocatedUserErrors(String name, byte[] base, int cases) {
    long salt = name.chars().asLongStream().reduce(17, (h, c) -> h * 31 + c);
    int rejected = 0;
    for (int i = 0; i < cases; i++) {
      long seed = SEED + salt * 100_000 + i;
      UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
      byte[] input = mutate(base, rng);
      CheckResult result;
      try {
        result = Scenarios.check(input, SOURCE);
      } catch (RuntimeException | StackOverflowError e) {
        fail("%s, seed %d (case %d): %s on input:%n%s", name, seed, i, e, new String(input, StandardCharsets.UTF_8), e);
        return;
      }
      String[] lines = new String(input, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1); // YAML's line breaks
      for (Diagnostic d : result.diagnostics()) {
        assertThat(d.location().source()).as("%s, seed %d (case %d): %s", name, seed, i, d).isEqualTo(SOURCE);
        assertThat(d.location().line()).as("%s, seed %d (case %d): %s", name, seed, i, d)
            .isBetween(1, lines.length);
        String line = lines[d.location().line() - 1];
        assertThat(d.location().column()).as("%s, seed %d (case %d): %s", name, seed, i, d)
            .isBetween(1, line.codePointCount(0, line.length()) + 1);
        assertThat(d.code()).as("%s, seed %d (case %d): %s", name, seed, i, d).matches("[a-z]+(-[a-z]+)*");
      }
      if (result.scenario() == null) {
        assertThat(result.errors()).as("%s, seed %d (case %d): no scenario but no error", name, seed, i).isPositive();
        rejected++;
      }
    }
    // The mutations must really break files; those of a valid file must not all break it.
    assertThat(rejected).as("mutations of %s that were rejected", name).isGreaterThanOrEqualTo(cases / 4);
    if (Scenarios.check(base, SOURCE).ok()) {
      assertThat(rejected).as("mutations of %s that were rejected", name).isLessThan(cases);
    }
  }

  /** One to three mutations of {@code base}; mostly line-level, sometimes byte-level. */
  static byte[] mutate(byte[] base, UniformRandomProvider rng) {
    if (rng.nextInt(40) == 0) {
      return randomBytes(rng, rng.nextInt(1, 400));
    }
    String text = new String(base, StandardCharsets.UTF_8);
    int rounds = 1 + rng.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      text = mutateText(text, rng);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (rng.nextInt(12) == 0) {
      bytes = flipBytes(bytes, rng);
    }
    return bytes;
  }

  private static String mutateText(String text, UniformRandomProvider rng) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (lines.size() < 2) {
      return text + pick(rng, WORDS);
    }
    int at = rng.nextInt(lines.size());
    switch (rng.nextInt(11)) {
      case 0: // delete lines
        for (int n = 1 + rng.nextInt(3); n > 0 && at < lines.size(); n--) {
          lines.remove(at);
        }
        break;
      case 1: // duplicate a line, right there or elsewhere
        lines.add(rng.nextBoolean() ? at : rng.nextInt(lines.size()), lines.get(at));
        break;
      case 2: { // swap the values of two lines
        int other = rng.nextInt(lines.size());
        String[] a = splitValue(lines.get(at));
        String[] b = splitValue(lines.get(other));
        if (a != null && b != null) {
          lines.set(at, a[0] + b[1]);
          lines.set(other, b[0] + a[1]);
        } else {
          lines.set(at, lines.get(other));
        }
        break;
      }
      case 3: // truncate
        return text.substring(0, rng.nextInt(text.length() + 1));
      case 4: { // insert characters
        StringBuilder line = new StringBuilder(lines.get(at));
        for (int n = 1 + rng.nextInt(4); n > 0; n--) {
          line.insert(rng.nextInt(line.length() + 1), randomChar(rng));
        }
        lines.set(at, line.toString());
        break;
      }
      case 5: { // a number becomes a word
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
          spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
          return text;
        }
        int[] s = spans.get(rng.nextInt(spans.size()));
        return text.substring(0, s[0]) + pick(rng, List.of("many", "abc", "1.2.3", "0x1F", "-", "1e999", "true", "[1]"))
            + text.substring(s[1]);
      }
      case 6: { // a list becomes a scalar, or a scalar a list
        Matcher m = FLOW_LIST.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
          spans.add(new int[] {m.start(), m.end()});
        }
        if (!spans.isEmpty() && rng.nextBoolean()) {
          int[] s = spans.get(rng.nextInt(spans.size()));
          return text.substring(0, s[0]) + pick(rng, List.of("x", "3", "{}", "\"[a]\"")) + text.substring(s[1]);
        }
        String[] kv = splitValue(lines.get(at));
        if (kv != null) {
          lines.set(at, kv[0] + (rng.nextBoolean() ? "[" + kv[1].strip() + "]" : "{value: " + kv[1].strip() + "}"));
        }
        break;
      }
      case 7: { // shuffle indentation
        String line = lines.get(at);
        String body = line.stripLeading();
        int indent = Math.max(0, line.length() - body.length() + rng.nextInt(-4, 5));
        lines.set(at, " ".repeat(indent) + body);
        break;
      }
      case 8: { // a block of lines moved elsewhere
        int n = Math.min(1 + rng.nextInt(6), lines.size() - at);
        List<String> block = new ArrayList<>(lines.subList(at, at + n));
        lines.subList(at, at + n).clear();
        lines.addAll(rng.nextInt(lines.size() + 1), block);
        break;
      }
      case 9: { // a value replaced by a YAML oddity
        String[] kv = splitValue(lines.get(at));
        if (kv != null) {
          lines.set(at, kv[0] + pick(rng, WORDS));
        }
        break;
      }
      default: { // a key misspelt
        String line = lines.get(at);
        int colon = line.indexOf(':');
        int start = line.length() - line.stripLeading().length() + (line.stripLeading().startsWith("- ") ? 2 : 0);
        if (colon > start + 1) {
          int i = start + rng.nextInt(colon - start);
          lines.set(at, line.substring(0, i) + line.substring(i + 1));
        }
        break;
      }
    }
    return String.join("\n", lines);
  }

  /** {"key: ", "value"} for a line {@code key: value}, or null. */
  private static String[] splitValue(String line) {
    int colon = line.indexOf(": ");
    if (colon < 0 || colon + 2 >= line.length()) {
      return null;
    }
    return new String[] {line.substring(0, colon + 2), line.substring(colon + 2)};
  }

  private static String randomChar(UniformRandomProvider rng) {
    switch (rng.nextInt(4)) {
      case 0:
        return String.valueOf(SPECIAL.charAt(rng.nextInt(SPECIAL.length())));
      case 1:
        return String.valueOf((char) rng.nextInt(0x20, 0x7f));
      case 2:
        return new String(Character.toChars(rng.nextInt(0, 0x2000)));
      default:
        return new String(Character.toChars(rng.nextInt(0x1F300, 0x1F600)));
    }
  }

  private static byte[] randomBytes(UniformRandomProvider rng, int n) {
    byte[] bytes = new byte[n];
    rng.nextBytes(bytes);
    return bytes;
  }

  private static byte[] flipBytes(byte[] bytes, UniformRandomProvider rng) {
    byte[] out = bytes.clone();
    for (int n = 1 + rng.nextInt(3); n > 0 && out.length > 0; n--) {
      out[rng.nextInt(out.length)] = (byte) rng.nextInt(256);
    }
    return out;
  }

  private static <T> T pick(UniformRandomProvider rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }
}
