package org.tandem.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tandem.core.bargain.eu.EuMode;
import org.tandem.core.bargain.eu.EuOptions;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import picocli.CommandLine.Option;

/** The expected-utility model's options as command-line flags. */
final class EuFlags {
  @Option(names = "--eu-mode", paramLabel = "MODE", defaultValue = "as-published",
      description = "as-published (default) or replication-compatible (reproduces the"
          + " Scholz et al. replication's logs, quirks included)")
  String mode;

  @Option(names = "--eu-rounds", paramLabel = "N", defaultValue = "10",
      description = "stop after at most N rounds (default 10)")
  int rounds;

  @Option(names = "--eu-q", paramLabel = "Q", defaultValue = "1",
      description = "probability that the status quo persists without a challenge (default 1)")
  double q;

  @Option(names = "--eu-t", paramLabel = "T", defaultValue = "1",
      description = "probability that things improve if it does not (default 1)")
  double t;

  EuOptions resolve() {
    EuMode euMode = EuMode.fromId(mode).orElseThrow(() -> UserException.of("bad-option",
        Location.of("--eu-mode"), "expected one of " + Arrays.stream(EuMode.values())
            .map(EuMode::id).collect(Collectors.joining(", ")) + ", found '" + mode + "'"));
    check(rounds >= 1 && rounds <= 10_000, "--eu-rounds", "a number of rounds from 1 to 10000",
        String.valueOf(rounds));
    check(q >= 0 && q <= 1, "--eu-q", "a probability from 0 to 1", String.valueOf(q));
    check(t >= 0 && t <= 1, "--eu-t", "a probability from 0 to 1", String.valueOf(t));
    return new EuOptions(euMode, rounds, q, t);
  }

  private static void check(boolean ok, String flag, String expected, String found) {
    if (!ok) {
      throw UserException.of("bad-option", Location.of(flag), String.format(Locale.ROOT,
          "expected %s, found %s", expected, found));
    }
  }
}
