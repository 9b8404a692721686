package org.tandem.core.bargain.eu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tandem.core.bargain.CompromiseModel;
import org.tandem.core.bargain.MedianModel;

/**
 * The mutable state of one expected-utility run on one dimension: positions and risk exponents
 * in flat arrays. Formulas follow Scholz, Calbert and Smith (2011), "Unravelling Bueno De
 * Mesquita's group decision model", J. Theoretical Politics 23(4), sections 3-5, and the
 * functions named below of the replication code ({@code bdm_scholz_model.py}, J. Velev).
 */
final class EuEngine {
  private final EuOptions options;
  private final int n;
  private final double[] c;
  private final double[] s;
  private final double[] x;
  private final double[] r;
  private final double range;
  /** {@code bent[a * n + b] = (|x_a - x_b| / range)^r_a}, per phase. */
  private final double[] bent;
  /** {@code win[i * n + j]}: probability that i's position beats j's, per phase. */
  private final double[] win;

  /**
   * @param c capabilities
   * @param s saliences on a 0-1 scale
   * @param x initial positions, in the input's units
   */
  EuEngine(EuOptions options, double[] c, double[] s, double[] x) {
    this.options = options;
    this.n = x.length;
    this.c = c.clone();
    this.s = s.clone();
    this.x = x.clone();
    this.r = new double[n];
    this.bent = new double[n * n];
    this.win = new double[n * n];
    Arrays.fill(r, 1.0);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double xi : x) {
      min = Math.min(min, xi);
      max = Math.max(max, xi);
    }
    // Scholz et al. normalise distances by the range of the initial positions, fixed for the run.
    this.range = max - min;
  }

  EuRun run() {
    double mean0 = mean();
    double median0 = median();
    List<EuRound> rounds = new ArrayList<>();
    if (range > 0) {
      for (int round = 1; round <= options.maxRounds(); round++) {
        updateRiskExponents();
        List<EuMove> moves = updatePositions();
        rounds.add(new EuRound(boxed(r), moves, boxed(x), mean(), median()));
        if (moves.isEmpty()) {
          break;
        }
      }
    }
    return new EuRun(mean0, median0, rounds);
  }

  private static List<Double> boxed(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }

  private double mean() {
    return CompromiseModel.weightedMean(c, s, x, n);
  }

  private double median() {
    return MedianModel.weightedMedian(c, s, x, n);
  }

  /**
   * Recomputes, for the current positions and risk exponents, every voter's bent distance to
   * every position and the probability of victory of every pair. The vote of actor a for x_i
   * over x_j is {@code c_a s_a ((|x_a - x_j|/range)^r_a - (|x_a - x_i|/range)^r_a)} (Scholz et
   * al.; replication {@code Actor.compare}); {@code P_ij = sum_a max(v_a, 0)} divided, as
   * published, by {@code sum_a |v_a|} on the pair (Bueno de Mesquita 1994) or, in the
   * replication, by the sum of |votes| over every pair of positions ({@code
   * BDMScholzModel.probability}). Equal positions give 0, as in the replication. tandem
   * addition: a pair nobody has a preference on gives 0.5 instead of dividing by zero. Sums run
   * in the replication's order, so the values are the same as computing each vote afresh.
   */
  private void refreshProbabilities() {
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        bent[a * n + b] = Math.pow(Math.abs(x[a] - x[b]) / range, r[a]);
      }
    }
    double allVotes = 0;
    if (options.mode() == EuMode.REPLICATION_COMPATIBLE) {
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          for (int k = 0; k < n; k++) {
            allVotes += Math.abs(c[a] * s[a] * (bent[a * n + k] - bent[a * n + b]));
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (x[i] == x[j]) {
          win[i * n + j] = 0.0;
          continue;
        }
        double favour = 0;
        double all = 0;
        for (int a = 0; a < n; a++) {
          double v = c[a] * s[a] * (bent[a * n + j] - bent[a * n + i]);
          favour += Math.max(0, v);
          all += Math.abs(v);
        }
        double denominator = options.mode() == EuMode.REPLICATION_COMPATIBLE ? allVotes : all;
        win[i * n + j] = denominator > 0 ? favour / denominator : 0.5;
      }
    }
  }

  /**
   * Expected utility to {@code i} of challenging {@code j}, from {@code h}'s perspective (h's
   * risk exponent in every utility): {@code EU = s_j (P U_s + (1 - P) U_f) + (1 - s_j) U_s
   * - [Q U_sq + (1 - Q)(T U_b + (1 - T) U_w)]} with {@code U_s = 2 - 4 (0.5 - 0.5 d)^r},
   * {@code U_f = 2 - 4 (0.5 + 0.5 d)^r}, {@code U_sq = 2 - 4 * 0.5^r}, {@code U_b, U_w = 2 - 4
   * (0.5 -/+ 0.25 (|x_i - mu| + |x_i - x_j|)/range)^r}, d = |x_i - x_j|/range, mu the current
   * median (Scholz et al. section 3; replication {@code Actor.eu_challenge}, which has Q only).
   */
  private double expectedUtility(int h, int i, int j, double median) {
    double rh = r[h];
    double p = win[i * n + j];
    double d = Math.abs(x[i] - x[j]) / range;
    double success = 2 - 4 * Math.pow(0.5 - 0.5 * d, rh);
    double failure = 2 - 4 * Math.pow(0.5 + 0.5 * d, rh);
    double statusQuo = 2 - 4 * Math.pow(0.5, rh);
    double resist = s[j] * (p * success + (1 - p) * failure);
    double notResist = (1 - s[j]) * success;
    double eu = resist + notResist - options.q() * statusQuo;
    if (options.q() < 1) {
      double e = 0.25 * (Math.abs(x[i] - median) + Math.abs(x[i] - x[j])) / range;
      double better = 2 - 4 * Math.pow(0.5 - e, rh);
      double worse = 2 - 4 * Math.pow(0.5 + e, rh);
      eu -= (1 - options.q()) * (options.t() * better + (1 - options.t()) * worse);
    }
    return eu;
  }

  /**
   * Risk exponents from security levels (Scholz et al. section 5; replication {@code
   * Actor.risk_acceptance}, {@code risk_aversion}): with every r = 1, {@code D_a = sum_{b != a}
   * EU_a(b challenges a)}, {@code R_a = (2 D_a - D_max - D_min) / (D_max - D_min)}, {@code r_a =
   * (1 - R_a/3) / (1 + R_a/3)}. tandem addition: when all security levels are equal, R = 0.
   */
  private void updateRiskExponents() {
    Arrays.fill(r, 1.0);
    refreshProbabilities();
    double median = median();
    double[] danger = new double[n];
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (int a = 0; a < n; a++) {
      double sum = 0;
      for (int b = 0; b < n; b++) {
        if (b != a) {
          sum += expectedUtility(a, b, a, median);
        }
      }
      danger[a] = sum;
      max = Math.max(max, sum);
      min = Math.min(min, sum);
    }
    for (int a = 0; a < n; a++) {
      double bigR = max > min ? (2 * danger[a] - max - min) / (max - min) : 0;
      r[a] = (1 - bigR / 3.0) / (1 + bigR / 3.0);
    }
  }

  /** Every actor picks its offer against the same positions; then all move at once. */
  private List<EuMove> updatePositions() {
    refreshProbabilities();
    double median = median();
    EuMove[] chosen = new EuMove[n];
    for (int i = 0; i < n; i++) {
      chosen[i] = bestOffer(i, median);
    }
    List<EuMove> moves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (chosen[i] != null) {
        x[i] = chosen[i].newPosition();
        moves.add(chosen[i]);
      }
    }
    return moves;
  }

  /**
   * The offer {@code i} accepts, or null (Scholz et al. section 4; replication {@code
   * Offer.from_actors}, {@code Actor.best_offer}).
   */
  private EuMove bestOffer(int i, double median) {
    EuMove bestConfrontation = null;
    EuMove bestCompromise = null;
    double compromiseKey = Double.POSITIVE_INFINITY;
    EuMove bestCapitulation = null;
    EuMove leastMove = null;
    for (int j = 0; j < n; j++) {
      if (j == i || x[i] == x[j]) {
        continue;
      }
      double euIj = expectedUtility(i, i, j, median);
      double euJi = expectedUtility(i, j, i, median);
      EuMove offer = classify(i, j, euIj, euJi);
      if (offer == null) {
        continue;
      }
      double move = Math.abs(x[i] - offer.newPosition());
      if (leastMove == null || move < Math.abs(x[i] - leastMove.newPosition())) {
        leastMove = offer;
      }
      switch (offer.type()) {
        case CONFRONTATION -> {
          if (bestConfrontation == null
              || move < Math.abs(x[i] - bestConfrontation.newPosition())) {
            bestConfrontation = offer;
          }
        }
        case COMPROMISE -> {
          double key = (Math.abs(euIj) * x[i] + Math.abs(euJi) * x[j])
              / (Math.abs(euIj) + Math.abs(euJi));
          if (bestCompromise == null || key < compromiseKey) {
            bestCompromise = offer;
            compromiseKey = key;
          }
        }
        case CAPITULATION -> {
          if (bestCapitulation == null
              || move < Math.abs(x[i] - bestCapitulation.newPosition())) {
            bestCapitulation = offer;
          }
        }
        default -> throw new IllegalStateException("unknown offer type " + offer.type());
      }
    }
    if (options.mode() == EuMode.AS_PUBLISHED) {
      return leastMove;
    }
    if (bestConfrontation != null) {
      return bestConfrontation;
    }
    return bestCompromise != null ? bestCompromise : bestCapitulation;
  }

  private EuMove classify(int i, int j, double euIj, double euJi) {
    if (euJi > euIj && euIj > 0) {
      return new EuMove(i, j, OfferType.CONFRONTATION, euIj, euJi, x[j]);
    }
    if (euJi > 0 && 0 > euIj && euJi > Math.abs(euIj)) {
      double concession = (x[j] - x[i]) * Math.abs(euIj / euJi);
      return new EuMove(i, j, OfferType.COMPROMISE, euIj, euJi, x[i] + concession);
    }
    // The replication compares E_j with |E_j| here, so it never finds a capitulation.
    double threshold = options.mode() == EuMode.AS_PUBLISHED ? Math.abs(euIj) : Math.abs(euJi);
    if (euJi > 0 && 0 > euIj && euJi < threshold) {
      return new EuMove(i, j, OfferType.CAPITULATION, euIj, euJi, x[j]);
    }
    return null;
  }
}
