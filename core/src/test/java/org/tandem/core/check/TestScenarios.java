package org.tandem.core.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.tandem.core.error.Diagnostic;

/** Loading and checking of hand-made scenarios and test resources, for the tests of this module. */
public final class TestScenarios {
  /** The name every text-block scenario is loaded under, so that locations read {@code test.yaml:L:C}. */
  public static final String SOURCE = "test.yaml";

  private TestScenarios() {}

  /** A minimal valid scenario; tests change a line of it and know its line numbers. */
  public static final String MINI = """
      tandem: 1
      id: mini
      title: Minimal
      note: "test fixture"
      start: 2020-01
      horizon: 2020-12
      issues:
        - id: trade
          name: Trade
          scale: {low: closed, high: open}
          status-quo: 10
      actors:
        - id: a
          name: Side A
          capability: 1
          positions:
            trade: {position: 80, salience: 0.5}
      tracks:
        - id: talks
          name: Talks
      steps:
        - id: open
          track: talks
          title: Open
          actors: [a]
          issue: trade
          moves: 5
      strategies:
        - id: engage
          name: Engage
      milestones:
        - id: opened
          name: Opened
          when: "implemented(open)"
      """;

  /** {@link #MINI} with {@code from} (which must occur) replaced by {@code to}. */
  public static String mini(String from, String to) {
    if (!MINI.contains(from)) {
      throw new IllegalArgumentException("not in MINI: " + from);
    }
    return MINI.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  /** Loads and checks {@code yaml} under the name {@link #SOURCE}. */
  public static CheckResult check(String yaml) {
    return Scenarios.check(yaml.getBytes(StandardCharsets.UTF_8), SOURCE);
  }

  /** Every diagnostic of {@code yaml}, each as its one-line form {@code test.yaml:L:C: error: ... [code]}. */
  public static List<String> lines(String yaml) {
    return check(yaml).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  /** The bytes of a test resource under {@code /scenarios/}. */
  public static byte[] fixture(String name) {
    return resource("/scenarios/" + name).orElseThrow(() -> new IllegalStateException("no test resource " + name));
  }

  /** The bytes of a class-path resource, or empty when it is not there. */
  public static Optional<byte[]> resource(String path) {
    try (InputStream in = TestScenarios.class.getResourceAsStream(path)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of the built-in scenario {@code id}, or empty while its resource has not been written. */
  public static Optional<byte[]> builtin(String id) {
    return resource("/org/tandem/core/scenarios/" + id + ".yaml");
  }
}
