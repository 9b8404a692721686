package org.tandem.core.bargain.smp;

import java.util.Arrays;

/**
 * One state of an SMP run: every actor's position and everything derived from it that the turn
 * needs (distances, inferred risk attitudes, each actor's estimate of everyone's risk attitude).
 * Ideals equal positions (KTAB's default identity accommodation matrix, the "cynical" model), so
 * positions serve as ideals. Immutable once built.
 */
public final class SmpState {
  /** Two positions closer than this (Euclidean, 0-1 scale) are the same ({@code posTol}). */
  static final double POSITION_TOLERANCE = 1e-3;
  /** A challenge must be worth more than this to be made ({@code bestChallenge}). */
  static final double MIN_SIGNIFICANT_GAIN = 1e-5;
  /** Floor of coalition strengths inside a challenge ({@code probEduChlg}). */
  static final double MIN_CHALLENGE_COALITION = 1e-10;

  private final SmpActors actors;
  private final SmpOptions options;
  private final int n;
  private final int dims;
  private final double[] position;
  private final double[] distance;
  private final double[] riskAttitude;
  private final double[] estimatedRisk;
  /** {@code own[i * n + j]}: i's own utility of j's position, used in every bargain's value. */
  private final double[] own;

  SmpState(SmpActors actors, SmpOptions options, double[] position) {
    this.actors = actors;
    this.options = options;
    this.n = actors.n;
    this.dims = actors.dims;
    this.position = position.clone();
    this.distance = distances();
    this.riskAttitude = inferRiskAttitudes();
    this.estimatedRisk = new double[n * n];
    for (int h = 0; h < n; h++) {
      for (int i = 0; i < n; i++) {
        estimatedRisk[h * n + i] = estimateRisk(options.riskAdjust(), riskAttitude[h],
            riskAttitude[i]);
      }
    }
    this.own = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        own[i * n + j] = utility(i, i, j);
      }
    }
  }

  /**
   * Salience-weighted normalised distance from i's ideal to j's position, with i's saliences
   * ({@code SMPModel::bvDiff}): {@code sqrt(sum_d (s_id (x_id - x_jd))^2 / sum_d s_id^2)}.
   */
  private double[] distances() {
    double[] dist = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double dsSqr = 0;
        double ssSqr = 0;
        for (int d = 0; d < dims; d++) {
          double s = actors.salience[i * dims + d];
          double ds = (position[i * dims + d] - position[j * dims + d]) * s;
          dsSqr = dsSqr + ds * ds;
          ssSqr = ssSqr + s * s;
        }
        dist[i * n + j] = Math.sqrt(dsSqr / ssSqr);
      }
    }
    return dist;
  }

  /**
   * Utility of a normalised distance {@code d} under risk attitude {@code r} ({@code
   * SMPModel::bsUtil}): {@code (1 - d)(1 + d r)} for d &lt;= 1, else {@code (1 - d)(1 + r)}.
   */
  static double utilityOf(double d, double r) {
    return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
  }

  /** h's estimate of i's risk attitude ({@code Model::estNRA}). */
  static double estimateRisk(SmpOptions.RiskAdjust adjust, double rh, double ri) {
    return switch (adjust) {
      case FULL -> ri;
      case TWO_THIRDS -> (rh + (2.0 * ri)) / 3.0;
      case HALF -> (rh + ri) / 2;
      case ONE_THIRD -> ((2.0 * rh) + ri) / 3.0;
      case NONE -> rh;
    };
  }

  /**
   * Risk attitudes from the risk-neutral election over everyone's position ({@code
   * SMPState::setAllAUtil}, {@code Model::bigRfromProb}): votes weighted by capability only,
   * PCE probability p_i of each position, then Mid: {@code (3 p_i - (p_max + 2 p_min)) / (2
   * (p_max - p_min))}; Min: {@code (p_i - p_min)/(p_max - p_min)}; Max: {@code (2 p_i - p_max -
   * p_min)/(p_max - p_min)}. tandem addition: when all p are equal, everyone is risk-neutral.
   */
  private double[] inferRiskAttitudes() {
    double[] neutral = new double[n * n];
    for (int k = 0; k < n * n; k++) {
      neutral[k] = utilityOf(distance[k], 0.0);
    }
    double[] p = Elections.scalarPce(n, n, actors.capability, neutral, options.votingRule(),
        options.victoryProbability(), options.pce());
    double pMin = 1.0;
    double pMax = 0.0;
    for (double pi : p) {
      pMin = Math.min(pi, pMin);
      pMax = Math.max(pi, pMax);
    }
    double[] r = new double[n];
    if (!(pMax > pMin)) {
      return r;
    }
    for (int i = 0; i < n; i++) {
      r[i] = switch (options.riskRange()) {
        case MIN -> (p[i] - pMin) / (pMax - pMin);
        case MID -> (3 * p[i] - (pMax + 2 * pMin)) / (2 * (pMax - pMin));
        case MAX -> (2 * p[i] - (pMax + pMin)) / (pMax - pMin);
      };
    }
    return r;
  }

  /** Number of actors. */
  public int actors() {
    return n;
  }

  /** Number of dimensions. */
  public int dimensions() {
    return dims;
  }

  /** Position of actor {@code i} on dimension {@code d}, 0-1 scale. */
  public double position(int i, int d) {
    return position[i * dims + d];
  }

  double[] positionArray() {
    return position;
  }

  /** Risk-neutral value to i of j's position, {@code 1 - d_ij}. */
  public double neutralValue(int i, int j) {
    return utilityOf(distance[i * n + j], 0.0);
  }

  /** Inferred risk attitude of actor {@code i}. */
  public double riskAttitude(int i) {
    return riskAttitude[i];
  }

  /** h's estimate of the utility to i of j's position ({@code aUtil[h](i, j)}). */
  public double utility(int h, int i, int j) {
    return utilityOf(distance[i * n + j], estimatedRisk[h * n + i]);
  }

  /** i's own utility of j's position. */
  public double ownUtility(int i, int j) {
    return own[i * n + j];
  }

  /**
   * Utility to actor {@code a} of an arbitrary position {@code p} (0-1 scale), with a's own risk
   * attitude ({@code SMPActor::posUtil}).
   */
  double positionUtility(int a, double[] p) {
    double dsSqr = 0;
    double ssSqr = 0;
    for (int d = 0; d < dims; d++) {
      double s = actors.salience[a * dims + d];
      double ds = (position[a * dims + d] - p[d]) * s;
      dsSqr = dsSqr + ds * ds;
      ssSqr = ssSqr + s * s;
    }
    return utilityOf(Math.sqrt(dsSqr / ssSqr), riskAttitude[a]);
  }

  /**
   * h's estimate of the probability that i beats j and of the expected change in utility for k
   * if i challenges j ({@code SMPState::probEduChlg}). Principals vote with weight {@code S_i
   * c_i} (total salience times capability): {@code C_ij = 1e-10 + max(a_i, 0) + max(a_j, 0)}.
   * Each third party m, starting afresh from the principals' totals, estimates its little
   * contest ({@code Actor::vProbLittle}) and votes the difference between the utilities of the
   * states "i with m beats j" and "i beats j with m" ({@code Actor::thirdPartyVoteSU}). Then
   * {@code P = C_ij / (C_ij + C_ji)}, {@code EU_chlg = (1 - S_j) 2u_ki + S_j (P 2u_ki + (1 - P)
   * 2u_kj)}, gain {@code = EU_chlg - (u_ki + u_kj)}.
   */
  public Challenge challenge(int h, int k, int i, int j) {
    return challenge(h, k, i, j, null, null);
  }

  /**
   * {@link #challenge(int, int, int, int)} with, optionally, h's utilities to every actor of
   * i's position ({@code toI}) and of its own ({@code toSelf}) precomputed.
   */
  private Challenge challenge(int h, int k, int i, int j, double[] toI, double[] toSelf) {
    SmpOptions.VotingRule rule = options.votingRule();
    double uii = utility(h, i, i);
    double uij = utility(h, i, j);
    double uji = utility(h, j, i);
    double ujj = utility(h, j, j);
    double uki = utility(h, k, i);
    double ukj = utility(h, k, j);
    double euSq = uki + ukj;
    double uhkij = uki + uki;
    double uhkji = ukj + ukj;
    double sj = actors.totalSalience[j];
    double contribI = Elections.vote(rule, actors.totalSalience[i] * actors.capability[i], uii,
        uij);
    double contribJ = Elections.vote(rule, sj * actors.capability[j], uji, ujj);
    double chij = MIN_CHALLENGE_COALITION;
    double chji = MIN_CHALLENGE_COALITION;
    if (contribI > 0.0) {
      chij = chij + contribI;
    }
    if (contribI < 0.0) {
      chji = chji - contribI;
    }
    if (contribJ > 0.0) {
      chij = chij + contribJ;
    }
    if (contribJ < 0.0) {
      chji = chji - contribJ;
    }
    double principalsIj = chij;
    double principalsJi = chji;
    for (int m = 0; m < n; m++) {
      if (m == i || m == j) {
        continue;
      }
      double wm = actors.totalSalience[m] * actors.capability[m];
      double umi = toI == null ? utility(h, m, i) : toI[m];
      double umj = utility(h, m, j);
      double umm = toSelf == null ? utility(h, m, m) : toSelf[m];
      double v0 = Elections.vote(rule, wm, umi, umj);
      double cni = v0 > 0 ? principalsIj + v0 : principalsIj;
      double cnj = v0 < 0 ? principalsJi - v0 : principalsJi;
      double pin = cni / (cni + cnj);
      double vm = thirdPartyVote(rule, wm, pin, 1.0 - pin, umi, umj, umm);
      chij = vm > 0 ? chij + vm : chij;
      chji = vm < 0 ? chji - vm : chji;
    }
    double phij = chij / (chij + chji);
    double phji = chji / (chij + chji);
    double euVict = uhkij;
    double euContest = phij * uhkij + phji * uhkji;
    double euChallenge = (1 - sj) * euVict + sj * euContest;
    return new Challenge(phij, euChallenge - euSq);
  }

  /**
   * Vote of third party m in the contest (i:j) ({@code Actor::thirdPartyVoteSU}), from the sum
   * of the three position utilities in each outcome. SemiCommit: "i with m beats j" is {@code
   * 2u_mi + u_mm} if won, {@code 3u_mj} if lost; "i beats j with m" is {@code 3u_mi} if i wins,
   * {@code 2u_mj + u_mm} if not. FullCommit uses 3u everywhere, NoCommit keeps u_mm in all four.
   */
  private double thirdPartyVote(SmpOptions.VotingRule rule, double wm, double pik, double pjk,
      double umi, double umj, double umm) {
    double ikDefJ;
    double jDefIk;
    double iDefJk;
    double jkDefI;
    switch (options.thirdParty()) {
      case FULL_COMMIT -> {
        ikDefJ = umi + umi + umi;
        jDefIk = umj + umj + umj;
        iDefJk = umi + umi + umi;
        jkDefI = umj + umj + umj;
      }
      case SEMI_COMMIT -> {
        ikDefJ = umi + umi + umm;
        jDefIk = umj + umj + umj;
        iDefJk = umi + umi + umi;
        jkDefI = umj + umj + umm;
      }
      case NO_COMMIT -> {
        ikDefJ = umi + umi + umm;
        jDefIk = umj + umj + umm;
        iDefJk = umi + umi + umm;
        jkDefI = umj + umj + umm;
      }
      default -> throw new IllegalStateException("unknown commitment " + options.thirdParty());
    }
    double uIkJ = (pik * ikDefJ) + (pjk * jDefIk);
    double uIJk = (pik * iDefJk) + (pjk * jkDefI);
    return Elections.vote(rule, wm, uIkJ, uIJk);
  }

  /**
   * The challenge with the largest expected gain for {@code i}, from its own perspective, if any
   * is worth more than 1e-5 ({@code SMPState::bestChallenge}); the first target wins ties.
   */
  public Target bestTarget(int i) {
    // The initiator's view of everyone's utility of its own position and of their own positions
    // is the same for every target: compute it once (same arithmetic as challenge()).
    double[] toI = new double[n];
    double[] toSelf = new double[n];
    for (int m = 0; m < n; m++) {
      toI[m] = utility(i, m, i);
      toSelf[m] = utility(i, m, m);
    }
    int best = -1;
    double bestProbability = 0;
    double bestGain = -1.0;
    for (int j = 0; j < n; j++) {
      if (j == i) {
        continue;
      }
      Challenge c = challenge(i, i, i, j, toI, toSelf);
      if (MIN_SIGNIFICANT_GAIN < c.gain() && bestGain < c.gain()) {
        best = j;
        bestProbability = c.probability();
        bestGain = c.gain();
      }
    }
    return best < 0 ? null : new Target(i, best, bestProbability, bestGain);
  }

  /** Whether i and j hold the same position within {@link #POSITION_TOLERANCE}. */
  boolean equivalent(int i, int j) {
    double sum = 0;
    for (int d = 0; d < dims; d++) {
      double diff = position[i * dims + d] - position[j * dims + d];
      sum += diff * diff;
    }
    return Math.sqrt(sum) < POSITION_TOLERANCE;
  }

  /** Indices of the distinct positions, first holder of each ({@code State::setUENdx}). */
  int[] uniquePositions() {
    int[] unique = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      boolean seen = false;
      for (int u = 0; u < count && !seen; u++) {
        seen = equivalent(i, unique[u]);
      }
      if (!seen) {
        unique[count++] = i;
      }
    }
    return Arrays.copyOf(unique, count);
  }

  /**
   * Probability that each actor's position wins ({@code SMPState::pDist(-1)}, {@code
   * State::posProb}): a PCE over the distinct positions, each actor voting with its capability
   * and its own risk-aware utilities under the model's voting rule ({@code vrCltn}, as in the KTAB
   * version that wrote the 2017 reference logs; some other versions vote proportionally here);
   * actors on the same position share its probability.
   */
  public double[] winningProbabilities() {
    int[] unique = uniquePositions();
    double[] p = uniqueProbabilities(unique);
    double[] result = new double[n];
    for (int i = 0; i < n; i++) {
      int k = -1;
      for (int j = 0; j < unique.length; j++) {
        if (equivalent(i, unique[j])) {
          k = j;
        }
      }
      result[i] = p[k];
    }
    return result;
  }

  /**
   * The expected outcome of the state: the mean of the distinct positions weighted by their
   * winning probabilities ({@link #winningProbabilities()}), per dimension, 0-1 scale. This is
   * tandem's summary of a run; KTAB reports the probabilities only.
   */
  public double[] expectedPosition() {
    int[] unique = uniquePositions();
    double[] p = uniqueProbabilities(unique);
    double[] x = new double[dims];
    for (int d = 0; d < dims; d++) {
      double sum = 0;
      for (int u = 0; u < unique.length; u++) {
        sum += p[u] * position[unique[u] * dims + d];
      }
      x[d] = sum;
    }
    return x;
  }

  private double[] uniqueProbabilities(int[] unique) {
    int nu = unique.length;
    double[] u = new double[n * nu];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < nu; j++) {
        u[i * nu + j] = ownUtility(i, unique[j]);
      }
    }
    return Elections.scalarPce(n, nu, actors.capability, u, options.votingRule(),
        options.victoryProbability(), options.pce());
  }

  /**
   * Sum over actors of the Euclidean distance each moved between two states ({@code
   * SMPModel::stateDist}), 0-1 scale.
   */
  static double distance(SmpState a, SmpState b) {
    double total = 0;
    for (int i = 0; i < a.n; i++) {
      double sum = 0;
      for (int d = 0; d < a.dims; d++) {
        double diff = a.position[i * a.dims + d] - b.position[i * b.dims + d];
        sum += diff * diff;
      }
      total = total + Math.sqrt(sum);
    }
    return total;
  }
}
