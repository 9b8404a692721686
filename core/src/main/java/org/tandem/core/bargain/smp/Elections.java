package org.tandem.core.bargain.smp;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Votes, coalitions and probabilistic Condorcet elections (PCE), as in KTAB's {@code
 * KTAB/kmodel/libsrc/kmodel.cpp}. Matrices are flat, row-major arrays.
 */
final class Elections {
  /** Floor of every coalition strength, so that no probability is 0/0 ({@code coalitions}). */
  static final double MIN_COALITION = 1e-8;
  /** Below this many options the work is too small to be worth splitting across threads. */
  static final int PARALLEL_THRESHOLD = 24;

  private Elections() {}

  /**
   * Vote of an actor with weight {@code w} for option 1 over option 2 given its utilities
   * ({@code Model::vote}): proportional {@code w (u1 - u2)}; binary {@code w clip((u1 - u2) /
   * 1e-8, -1, 1)}; cubic {@code w (u1 - u2)^3}; PropBin 0.8 prop + 0.2 binary; PropCbc 0.5 prop +
   * 0.5 cubic; ASymProsp gains times 2/3.
   */
  static double vote(SmpOptions.VotingRule rule, double w, double u1, double u2) {
    double du = u1 - u2;
    double binary = Math.max(-1, Math.min(1, du / 1e-8));
    double cubic = du * du * du;
    switch (rule) {
      case BINARY:
        return w * binary;
      case PROP_BIN:
        return w * ((1 - 0.2) * du + 0.2 * binary);
      case PROPORTIONAL:
        return w * du;
      case PROP_CBC:
        return w * ((1 - 0.5) * du + 0.5 * cubic);
      case CUBIC:
        return w * cubic;
      case ASYM_PROSP:
        if (du < 0) {
          return w * du;
        }
        return du > 0 ? (2.0 * w * du) / 3.0 : 0.0;
      default:
        throw new IllegalStateException("unknown voting rule " + rule);
    }
  }

  /**
   * Probability that strength {@code s1} beats {@code s2} ({@code Model::vProb}): {@code
   * s1^g / (s1^g + s2^g)} with g = 1, 2, 4, 8; Binary is certain above a 10% margin and linear
   * in the strength ratio between.
   */
  static double victory(SmpOptions.VictoryProbability model, double s1, double s2) {
    return victory(model, s1, s2, true);
  }

  /** {@link #victory(SmpOptions.VictoryProbability, double, double)} or its complement. */
  private static double victory(SmpOptions.VictoryProbability model, double s1, double s2,
      boolean first) {
    double x1;
    double x2;
    switch (model) {
      case LINEAR -> {
        x1 = s1;
        x2 = s2;
      }
      case SQUARE -> {
        x1 = s1 * s1;
        x2 = s2 * s2;
      }
      case QUARTIC -> {
        x1 = (s1 * s1) * (s1 * s1);
        x2 = (s2 * s2) * (s2 * s2);
      }
      case OCTIC -> {
        double q1 = (s1 * s1) * (s1 * s1);
        double q2 = (s2 * s2) * (s2 * s2);
        x1 = q1 * q1;
        x2 = q2 * q2;
      }
      case BINARY -> {
        double thresh = 1.10;
        if (s1 >= thresh * s2) {
          x1 = 1.0;
          x2 = 1e-6;
        } else if (s2 >= thresh * s1) {
          x1 = 1e-6;
          x2 = 1.0;
        } else {
          double r12 = s1 / (s1 + s2);
          double p12 = (r12 * (thresh + 1.0) - 1.0) / (thresh - 1.0);
          x1 = p12;
          x2 = 1 - p12;
        }
      }
      default -> throw new IllegalStateException("unknown victory model " + model);
    }
    return first ? x1 / (x1 + x2) : x2 / (x1 + x2);
  }

  /**
   * Probability of each of {@code options} options ({@code Model::scalarPCE}): votes of {@code
   * actors} actors with weights {@code w} and utilities {@code u[actor * options + option]} form
   * coalitions {@code C_ij = 1e-8 + sum_k max(v_k(i:j), 0)} ({@code Model::coalitions}), then
   * the chosen PCE turns them into probabilities.
   */
  static double[] scalarPce(int actors, int options, double[] w, double[] u,
      SmpOptions.VotingRule rule, SmpOptions.VictoryProbability vpm, SmpOptions.Pce pcem) {
    double[] c = new double[options * options];
    IntStream rows = IntStream.range(0, options);
    if (options >= PARALLEL_THRESHOLD) {
      rows = rows.parallel();
    }
    rows.forEach(i -> {
      for (int j = 0; j < i; j++) {
        double cij = MIN_COALITION;
        double cji = MIN_COALITION;
        for (int k = 0; k < actors; k++) {
          double v = vote(rule, w[k], u[k * options + i], u[k * options + j]);
          if (v > 0) {
            cij = cij + v;
          }
          if (v < 0) {
            cji = cji - v;
          }
        }
        c[i * options + j] = cij;
        c[j * options + i] = cji;
      }
      c[i * options + i] = MIN_COALITION;
    });
    return probabilities(pcem, vpm, c, options);
  }

  /** Option probabilities from a square matrix of coalition strengths ({@code probCE2}). */
  static double[] probabilities(SmpOptions.Pce pcem, SmpOptions.VictoryProbability vpm,
      double[] c, int options) {
    double[] pv = victoryMatrix(vpm, c, options);
    return switch (pcem) {
      case CONDITIONAL -> conditional(pv, options);
      case MARKOV_UNIFORM -> markovUniform(pv, options);
      case MARKOV_INCENTIVE -> markovIncentive(c, pv, options);
    };
  }

  /** P[i>j] for every pair, 0.5 on the diagonal ({@code Model::vProb(VPModel, KMatrix)}). */
  static double[] victoryMatrix(SmpOptions.VictoryProbability vpm, double[] c, int options) {
    double[] p = new double[options * options];
    for (int i = 0; i < options; i++) {
      for (int j = 0; j < i; j++) {
        double pij = victory(vpm, c[i * options + j], c[j * options + i]);
        p[i * options + j] = pij;
        p[j * options + i] = victory(vpm, c[i * options + j], c[j * options + i], false);
      }
      p[i * options + i] = 0.5;
    }
    return p;
  }

  /** {@code p_i} proportional to {@code prod_j P[i>j]} ({@code Model::condPCE}). */
  static double[] conditional(double[] pv, int options) {
    double[] p = new double[options];
    double sum = 0;
    for (int i = 0; i < options; i++) {
      double pi = 1.0;
      for (int j = 0; j < options; j++) {
        pi = pi * pv[i * options + j];
      }
      p[i] = pi;
      sum += pi;
    }
    for (int i = 0; i < options; i++) {
      p[i] = p[i] / sum;
    }
    return p;
  }

  /**
   * Fixed point of {@code q_i = (1/n) sum_j P[i>j] (p_i + p_j)}, damped {@code p = (p + q)/2},
   * to 1e-6 ({@code Model::markovUniformPCE}). tandem stops after 1,000 iterations where KTAB
   * throws.
   */
  static double[] markovUniform(double[] pv, int options) {
    double[] p = new double[options];
    Arrays.fill(p, 1.0 / options);
    double[] q = new double[options];
    double change = 1.0;
    for (int iter = 0; 1e-6 < change && iter < 1000; iter++) {
      change = 0;
      for (int i = 0; i < options; i++) {
        double pi = 0.0;
        for (int j = 0; j < options; j++) {
          pi = pi + pv[i * options + j] * (p[i] + p[j]);
        }
        q[i] = pi / options;
        change = Math.max(change, Math.abs(q[i] - p[i]));
      }
      for (int i = 0; i < options; i++) {
        p[i] = (p[i] + q[i]) / 2.0;
      }
    }
    return p;
  }

  /**
   * Markov chain where the chance that i challenges j is proportional to {@code C_ij P[i>j]}
   * ({@code Model::markovIncentivePCE}; "Markov Voting with Incentives in KTAB"), damped, to
   * 1e-8. tandem stops after 1,000 iterations where KTAB throws.
   */
  static double[] markovIncentive(double[] c, double[] pv, int options) {
    double[] incentive = new double[options * options];
    for (int i = 0; i < options; i++) {
      for (int j = 0; j < options; j++) {
        double v = c[i * options + j] * pv[i * options + j];
        incentive[i * options + j] = i == j ? v + 1e-10 : v;
      }
    }
    double[] challenge = new double[options * options];
    for (int j = 0; j < options; j++) {
      double sum = 0.0;
      for (int k = 0; k < options; k++) {
        sum = sum + incentive[k * options + j];
      }
      for (int i = 0; i < options; i++) {
        challenge[i * options + j] = incentive[i * options + j] / sum;
      }
    }
    double[] p = new double[options];
    Arrays.fill(p, 1.0 / options);
    double[] q = new double[options];
    double[] ct = new double[options * options];
    double change = 1.0;
    for (int iter = 0; 1e-8 < change && iter < 1000; iter++) {
      for (int i = 0; i < options; i++) {
        for (int j = 0; j < options; j++) {
          ct[i * options + j] = p[i] * challenge[j * options + i];
        }
      }
      change = 0.0;
      for (int i = 0; i < options; i++) {
        double qi = 0.0;
        for (int j = 0; j < options; j++) {
          qi = qi + pv[i * options + j] * (ct[i * options + j] + ct[j * options + i]);
        }
        q[i] = qi;
        change = Math.max(change, Math.abs(q[i] - p[i]));
      }
      for (int i = 0; i < options; i++) {
        p[i] = (p[i] + q[i]) / 2.0;
      }
    }
    return p;
  }
}
