package org.tandem.core.bargain.smp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of the spatial model of politics. Every enum mirrors a KTAB model parameter (same
 * name in KTAB's XML scenario files, {@code smpSchema.xsd}); the defaults are KTAB's
 * ({@code kmodel.h}, {@code smp.h}).
 *
 * @param victoryProbability how coalition strengths become a probability of victory
 * @param votingRule how a difference in utility becomes a vote
 * @param pce how pairwise victory probabilities become a probability per option
 * @param transitions whether each actor takes its most likely bargain or draws one
 * @param riskRange the range of inferred risk attitudes
 * @param riskAdjust how far an actor projects its own risk attitude onto others
 * @param thirdParty how committed a third party assumes itself to be when it joins a contest
 * @param interpolation how a bargain is interpolated between two positions
 * @param bargains whose estimates form the bargains put to the actors
 * @param maxTurns the run stops after this many turns at the latest (KTAB: 100); 1 to 10,000
 * @param stopRatio the run stops (from turn 2 on) when a turn moves the actors less than this
 *     fraction of the first turn's movement (KTAB: 0.02); in (0, 1)
 */
public record SmpOptions(
    VictoryProbability victoryProbability,
    VotingRule votingRule,
    Pce pce,
    Transitions transitions,
    RiskRange riskRange,
    RiskAdjust riskAdjust,
    ThirdParty thirdParty,
    Interpolation interpolation,
    Bargains bargains,
    int maxTurns,
    double stopRatio) {

  /** KTAB's defaults, as logged in its reference runs. */
  public static final SmpOptions DEFAULTS = new SmpOptions(VictoryProbability.LINEAR,
      VotingRule.PROPORTIONAL, Pce.CONDITIONAL, Transitions.DETERMINISTIC, RiskRange.MID,
      RiskAdjust.ONE_THIRD, ThirdParty.SEMI_COMMIT, Interpolation.S2P2, Bargains.INITIATOR_ONLY,
      100, 0.02);

  public SmpOptions {
    Objects.requireNonNull(victoryProbability, "victoryProbability");
    Objects.requireNonNull(votingRule, "votingRule");
    Objects.requireNonNull(pce, "pce");
    Objects.requireNonNull(transitions, "transitions");
    Objects.requireNonNull(riskRange, "riskRange");
    Objects.requireNonNull(riskAdjust, "riskAdjust");
    Objects.requireNonNull(thirdParty, "thirdParty");
    Objects.requireNonNull(interpolation, "interpolation");
    Objects.requireNonNull(bargains, "bargains");
    if (maxTurns < 1 || maxTurns > 10_000) {
      throw new IllegalArgumentException("maxTurns must be in [1, 10000]: " + maxTurns);
    }
    if (!(stopRatio > 0 && stopRatio < 1)) {
      throw new IllegalArgumentException("stopRatio must be in (0, 1): " + stopRatio);
    }
  }

  /** A model parameter: an id for the command line and KTAB's name for it. */
  public interface Choice {
    /** Lower-case, kebab-case id, e.g. {@code semi-commit}. */
    String id();

    /** The name KTAB uses in its XML files and logs, e.g. {@code SemiCommit}. */
    String ktabName();
  }

  /** Looks up a choice by its id or its KTAB name, ignoring case. */
  public static <E extends Enum<E> & Choice> Optional<E> choice(Class<E> type, String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.id().equals(wanted) || e.ktabName().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  private static String idOf(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code VPModel}: P[i>j] from coalition strengths C (kmodel.cpp, {@code Model::vProb}). */
  public enum VictoryProbability implements Choice {
    /** C_ij / (C_ij + C_ji). */
    LINEAR("Linear"),
    /** Squares of the strengths. */
    SQUARE("Square"),
    /** Fourth powers. */
    QUARTIC("Quartic"),
    /** Eighth powers. */
    OCTIC("Octic"),
    /** Certain victory with a 10% advantage, linear in between. */
    BINARY("Binary");

    private final String ktab;

    VictoryProbability(String ktab) {
      this.ktab = ktab;
    }

    @Override
    public String id() {
      return idOf(this);
    }

    @Override
    public String ktabName() {
      return ktab;
    }
  }

  /** {@code VotingRule}: vote from a utility difference (kmodel.cpp, {@code Model::vote}). */
  public enum VotingRule implements Choice {
    /** Sign only (saturating at 1e-8). */
    BINARY("Binary"),
    /** 0.8 proportional + 0.2 binary. */
    PROP_BIN("PropBin"),
    /** Weight times difference. */
    PROPORTIONAL("Prop"),
    /** 0.5 proportional + 0.5 cubic. */
    PROP_CBC("PropCbc"),
    /** Cube of the difference. */
    CUBIC("Cubic"),
    /** Losses count fully, gains two thirds. */
    ASYM_PROSP("ASymProsp");

    private final String ktab;

    VotingRule(String ktab) {
      this.ktab = ktab;
    }

    @Override
    public String id() {
      return idOf(this);
    }

    @Override
    public String ktabName() {
      return ktab;
    }
  }

  /** {@code PCEModel}: probability of each option (kmodel.cpp, {@code Model::probCE2}). */
  public enum Pce implements Choice {
    /** p_i proportional to the product over j of P[i>j]. */
    CONDITIONAL("Conditional"),
    /** Markov chain with uniform challenges. */
    MARKOV_UNIFORM("MarkovUniform"),
    /** Markov chain with challenges in proportion to incentive. */
    MARKOV_INCENTIVE("MarkovIncentive");

    private final String ktab;

    Pce(String ktab) {
      this.ktab = ktab;
    }

    @Override
    public String id() {
      return idOf(this);
    }

    @Override
    public String ktabName() {
      return ktab;
    }
  }

  /** {@code StateTransitions}: how an actor picks among its bargains. */
  public enum Transitions implements Choice {
    /** The most probable bargain. */
    DETERMINISTIC("Deterministic"),
    /** A bargain drawn with its probability (needs a random generator). */
    STOCHASTIC("Stochastic");

    private final String ktab;

    Transitions(String ktab) {
      this.ktab = ktab;
    }

    @Override
    public String id() {
      return idOf(this);
    }

    @Override
    public String ktabName() {
      return ktab;
    }
  }

  /** {@code BigRRange}: range of inferred risk attitudes (kmodel.cpp, {@code bigRfromProb}). */
  public enum RiskRange implements Choice {
    /** [0, 1]. */
    MIN("Min"),
    /** [-0.5, 1]. */
    MID("Mid"),
    /** [-1, 1]. */
    MAX("Max");

    private final String ktab;

    RiskRange(String ktab) {
      this.ktab = ktab;
    }

    @Override
    public String id() {
      return idOf(this);
    }

    @Override
    public String ktabName() {
      return ktab;
    }
  }

  /** {@code BigRAdjust}: h's estimate of i's risk attitude (kmodel.cpp, {@code estNRA}). */
  public enum RiskAdjust implements Choice {
    /** r_hi = R_h. */
    NONE("No"),
    /** r_hi = (2 R_h + R_i) / 3. */
    ONE_THIRD("OneThird"),
    /** r_hi = (R_h + R_i) / 2. */
    HALF("Half"),
    /** r_hi = (R_h + 2 R_i) / 3. */
    TWO_THIRDS("TwoThirds"),
    /** r_hi = R_i. */
    FULL("Full");

    private final String ktab;

    RiskAdjust(String ktab) {
      this.ktab = ktab;
    }

    @Override
    public String id() {
      return idOf(this);
    }

    @Override
    public String ktabName() {
      return ktab;
    }
  }

  /** {@code ThirdPartyCommit} (kmodel.cpp, {@code Actor::thirdPartyVoteSU}). */
  public enum ThirdParty implements Choice {
    /** A third party counts on its own position being given up either way. */
    FULL_COMMIT("FullCommit"),
    /** It keeps its position only when its side wins. */
    SEMI_COMMIT("SemiCommit"),
    /** It always keeps its position. */
    NO_COMMIT("NoCommit");

    private final String ktab;

    ThirdParty(String ktab) {
      this.ktab = ktab;
    }

    @Override
    public String id() {
      return idOf(this);
    }

    @Override
    public String ktabName() {
      return ktab;
    }
  }

  /** {@code InterVecBrgn} (smp.cpp, {@code SMPActor::interpolateBrgn}). */
  public enum Interpolation implements Choice {
    /** Weights salience x probability. */
    S1P1("S1P1"),
    /** Weights squared salience x squared probability. */
    S2P2("S2P2"),
    /** Concession in proportion to the probability gap. */
    S2PMAX("S2PMax");

    private final String ktab;

    Interpolation(String ktab) {
      this.ktab = ktab;
    }

    @Override
    public String id() {
      return idOf(this);
    }

    @Override
    public String ktabName() {
      return ktab;
    }
  }

  /** {@code BargnModel} (smpbcn.cpp, {@code SMPState::doBCN}). */
  public enum Bargains implements Choice {
    /** The initiator's bargain only. */
    INITIATOR_ONLY("InitOnlyInterp"),
    /** Both the initiator's and the receiver's bargains. */
    INITIATOR_AND_RECEIVER("InitRcvrInterp"),
    /** The capability x salience weighted average of the two. */
    POWER_WEIGHTED("PWCompInterp");

    private final String ktab;

    Bargains(String ktab) {
      this.ktab = ktab;
    }

    @Override
    public String id() {
      return idOf(this);
    }

    @Override
    public String ktabName() {
      return ktab;
    }
  }
}
