package org.tandem.app.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.core.bargain.smp.SmpOptions;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import picocli.CommandLine.Option;

/**
 * The SMP options as command-line flags. Each flag left out falls back to the input's own model
 * parameters (KTAB XML {@code ModelParameters}), then to KTAB's default.
 */
final class SmpFlags {
  /** The KTAB model parameters this class reads from an input. */
  static final Set<String> PARAMETERS = Set.of("VictoryProbModel",
      "VotingRule", "PCEModel", "StateTransitions", "BigRRange", "BigRAdjust",
      "ThirdPartyCommit", "InterVecBrgn", "BargnModel");

  @Option(names = "--smp-victory", paramLabel = "LAW",
      description = "victory probability: linear (default), square, quartic, octic, binary")
  String victory;

  @Option(names = "--smp-voting", paramLabel = "RULE", description = "voting rule:"
      + " proportional (default), binary, prop-bin, prop-cbc, cubic, asym-prosp")
  String voting;

  @Option(names = "--smp-pce", paramLabel = "MODEL",
      description = "election model: conditional (default), markov-uniform, markov-incentive")
  String pce;

  @Option(names = "--smp-transitions", paramLabel = "MODE",
      description = "deterministic (default) or stochastic (needs --seed)")
  String transitions;

  @Option(names = "--smp-risk-range", paramLabel = "RANGE",
      description = "range of risk attitudes: mid (default), min, max")
  String riskRange;

  @Option(names = "--smp-risk-adjust", paramLabel = "ADJ",
      description = "projection of own risk attitude: one-third (default), none, half,"
          + " two-thirds, full")
  String riskAdjust;

  @Option(names = "--smp-third-party", paramLabel = "COMMIT",
      description = "third-party commitment: semi-commit (default), full-commit, no-commit")
  String thirdParty;

  @Option(names = "--smp-interpolation", paramLabel = "RULE",
      description = "bargain interpolation: s2p2 (default), s1p1, s2pmax")
  String interpolation;

  @Option(names = "--smp-bargains", paramLabel = "MODEL", description = "bargains from:"
      + " initiator-only (default), initiator-and-receiver, power-weighted")
  String bargains;

  @Option(names = "--smp-max-turns", paramLabel = "N",
      description = "stop after at most N turns (default 100)")
  Integer maxTurns;

  @Option(names = "--smp-stop-ratio", paramLabel = "R",
      description = "stop when a turn moves less than R times the first turn (default 0.02)")
  Double stopRatio;

  /** The options for an input carrying {@code parameters}, errors located at {@code at}. */
  SmpOptions resolve(Map<String, String> parameters, Location at) {
    SmpOptions d = SmpOptions.DEFAULTS;
    int turns = maxTurns == null ? d.maxTurns() : maxTurns;
    double ratio = stopRatio == null ? d.stopRatio() : stopRatio;
    if (turns < 1 || turns > 10_000) {
      throw UserException.of("bad-option", Location.of("--smp-max-turns"),
          "expected a number of turns from 1 to 10000, found " + turns);
    }
    if (!(ratio > 0 && ratio < 1)) {
      throw UserException.of("bad-option", Location.of("--smp-stop-ratio"),
          "expected a ratio strictly between 0 and 1, found " + ratio);
    }
    return new SmpOptions(
        pick(SmpOptions.VictoryProbability.class, "--smp-victory", victory, parameters,
            "VictoryProbModel", at, d.victoryProbability()),
        pick(SmpOptions.VotingRule.class, "--smp-voting", voting, parameters, "VotingRule", at,
            d.votingRule()),
        pick(SmpOptions.Pce.class, "--smp-pce", pce, parameters, "PCEModel", at, d.pce()),
        pick(SmpOptions.Transitions.class, "--smp-transitions", transitions, parameters,
            "StateTransitions", at, d.transitions()),
        pick(SmpOptions.RiskRange.class, "--smp-risk-range", riskRange, parameters,
            "BigRRange", at, d.riskRange()),
        pick(SmpOptions.RiskAdjust.class, "--smp-risk-adjust", riskAdjust, parameters,
            "BigRAdjust", at, d.riskAdjust()),
        pick(SmpOptions.ThirdParty.class, "--smp-third-party", thirdParty, parameters,
            "ThirdPartyCommit", at, d.thirdParty()),
        pick(SmpOptions.Interpolation.class, "--smp-interpolation", interpolation, parameters,
            "InterVecBrgn", at, d.interpolation()),
        pick(SmpOptions.Bargains.class, "--smp-bargains", bargains, parameters, "BargnModel",
            at, d.bargains()),
        turns, ratio);
  }

  private static <E extends Enum<E> & SmpOptions.Choice> E pick(Class<E> type, String flag,
      String flagValue, Map<String, String> parameters, String parameter, Location at,
      E fallback) {
    if (flagValue != null) {
      return lookup(type, flagValue, Location.of(flag));
    }
    String fromInput = parameters.get(parameter);
    return fromInput == null ? fallback : lookup(type, fromInput, at);
  }

  private static <E extends Enum<E> & SmpOptions.Choice> E lookup(Class<E> type, String value,
      Location at) {
    Optional<E> found = SmpOptions.choice(type, value);
    return found.orElseThrow(() -> {
      StringBuilder allowed = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(e.id());
      }
      return UserException.of("bad-option", at, String.format(Locale.ROOT,
          "expected one of %s, found '%s'", allowed, value));
    });
  }
}
