package org.tandem.core.bargain.smp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One turn of bargaining from a state to the next ({@code SMPState::doBCN}): every actor picks
 * its best target, proposes a bargain to it, and then every actor takes one of the bargains it is
 * party to. The expensive loops run over actors in parallel; each actor's result lands in its
 * own slot, so the outcome does not depend on the number of threads.
 */
final class BargainingTurn {
  private final SmpActors actors;
  private final SmpOptions options;
  private final UniformRandomProvider random;

  BargainingTurn(SmpActors actors, SmpOptions options, UniformRandomProvider random) {
    this.actors = actors;
    this.options = options;
    this.random = random;
  }

  private static IntStream actorsOf(int n) {
    IntStream range = IntStream.range(0, n);
    return n >= Elections.PARALLEL_THRESHOLD ? range.parallel() : range;
  }

  /** The turn from {@code state}, and the positions it leads to ({@code next}, 0-1 scale). */
  SmpTurn play(SmpState state, double[] next) {
    int n = actors.n;
    int dims = actors.dims;
    Target[] targets = new Target[n];
    actorsOf(n).forEach(i -> targets[i] = state.bestTarget(i));

    List<List<Bargain>> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lists.add(new ArrayList<>());
    }
    List<Target> made = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] own = slice(state.positionArray(), i, dims);
      lists.get(i).add(new Bargain(i, i, own, own));
      Target t = targets[i];
      if (t == null) {
        continue;
      }
      made.add(t);
      int j = t.target();
      Bargain fromI = interpolate(state, i, j, t.probability());
      switch (options.bargains()) {
        case INITIATOR_ONLY -> {
          lists.get(i).add(fromI);
          lists.get(j).add(fromI);
        }
        case INITIATOR_AND_RECEIVER -> {
          Bargain fromJ = interpolate(state, i, j, state.challenge(j, i, i, j).probability());
          lists.get(i).add(fromI);
          lists.get(i).add(fromJ);
          lists.get(j).add(fromI);
          lists.get(j).add(fromJ);
        }
        case POWER_WEIGHTED -> {
          Bargain fromJ = interpolate(state, i, j, state.challenge(j, i, i, j).probability());
          Bargain mixed = powerWeighted(i, j, fromI, fromJ);
          lists.get(i).add(mixed);
          lists.get(j).add(mixed);
        }
        default -> throw new IllegalStateException("unknown bargain model " + options.bargains());
      }
    }

    int[] chosen = new int[n];
    double[][] probabilities = new double[n][];
    actorsOf(n).forEach(k -> probabilities[k] = bargainProbabilities(state, lists.get(k)));
    // Draws happen in actor order, after the parallel part, so a stochastic run is reproducible.
    for (int k = 0; k < n; k++) {
      chosen[k] = options.transitions() == SmpOptions.Transitions.DETERMINISTIC
          ? indexOfMax(probabilities[k]) : draw(probabilities[k]);
      Bargain b = lists.get(k).get(chosen[k]);
      double[] p = b.isStatusQuo() || b.initiator() != k ? b.receiverPositionArray()
          : b.initiatorPositionArray();
      System.arraycopy(p, 0, next, k * dims, dims);
    }
    List<Integer> chosenList = new ArrayList<>(n);
    for (int c : chosen) {
      chosenList.add(c);
    }
    return new SmpTurn(made, lists, chosenList);
  }

  private static double[] slice(double[] flat, int i, int dims) {
    double[] x = new double[dims];
    System.arraycopy(flat, i * dims, x, 0, dims);
    return x;
  }

  /**
   * The bargain of i challenging j given the estimate {@code p} that i wins ({@code
   * SMPActor::interpolateBrgn}). S1P1 / S2P2 ({@code interpBrgnSnPm}), per dimension: {@code w_i
   * = s_i^n p^m}, {@code w_j = s_j^n (1 - p)^m}, {@code b_i = ((w_i + 1e-6) x_i + w_j x_j) /
   * (w_i + 1e-6 + w_j)}, {@code b_j} with the 1e-6 on w_j, both rounded to 4 decimals on the 0-1
   * scale. S2PMax ({@code interpBrgnS2PMax}): each concedes in proportion to the probability gap
   * against it, weighted by squared saliences.
   */
  Bargain interpolate(SmpState state, int i, int j, double p) {
    int dims = actors.dims;
    double[] bi = new double[dims];
    double[] bj = new double[dims];
    double prbI = p;
    double prbJ = 1 - p;
    for (int d = 0; d < dims; d++) {
      double ti = state.position(i, d);
      double tj = state.position(j, d);
      double si = actors.salience[i * dims + d];
      double sj = actors.salience[j * dims + d];
      switch (options.interpolation()) {
        case S1P1, S2P2 -> {
          boolean squared = options.interpolation() == SmpOptions.Interpolation.S2P2;
          double wi = squared ? (si * si) * (prbI * prbI) : si * prbI;
          double wj = squared ? (sj * sj) * (prbJ * prbJ) : sj * prbJ;
          double minW = 1e-6;
          bi[d] = round4(((wi + minW) * ti + wj * tj) / (wi + minW + wj));
          bj[d] = round4((wi * ti + (minW + wj) * tj) / (wi + minW + wj));
        }
        case S2PMAX -> {
          double di = prbJ > prbI ? prbJ - prbI : 0;
          double dj = prbI > prbJ ? prbI - prbJ : 0;
          double si2 = si * si;
          double sj2 = sj * sj;
          double minW = 1e-6;
          double dik = (di * sj2) / ((di * sj2) + minW + ((1 - di) * si2));
          double djk = (dj * si2) / ((dj * si2) + minW + ((1 - dj) * sj2));
          bi[d] = ti + dik * (tj - ti);
          bj[d] = tj + djk * (ti - tj);
        }
        default -> throw new IllegalStateException("unknown interpolation");
      }
    }
    return new Bargain(i, j, bi, bj);
  }

  /** Rounds a 0-1 position to 4 decimals, half up, as {@code interpBrgnSnPm} does. */
  static double round4(double x) {
    return ((long) (0.5 + x * 10000.0)) / 10000.0;
  }

  /**
   * The capability x total-salience weighted average of the two perspectives' bargains ({@code
   * doBCN}, PWCompInterp). Where tandem differs: KTAB weights the receiver's bargain with the
   * initiator's capability; tandem uses the receiver's own.
   */
  private Bargain powerWeighted(int i, int j, Bargain fromI, Bargain fromJ) {
    double wi = actors.capability[i] * actors.totalSalience[i];
    double wj = actors.capability[j] * actors.totalSalience[j];
    int dims = actors.dims;
    double[] bi = new double[dims];
    double[] bj = new double[dims];
    for (int d = 0; d < dims; d++) {
      bi[d] = (wi * fromI.initiatorPosition(d) + wj * fromJ.initiatorPosition(d)) / (wi + wj);
      bj[d] = (wi * fromI.receiverPosition(d) + wj * fromJ.receiverPosition(d)) / (wi + wj);
    }
    return new Bargain(i, j, bi, bj);
  }

  /**
   * Probability of each bargain in an actor's list ({@code doBCN}, {@code brgnUtil}): the
   * utility of a bargain to actor a is the mean over all actors' positions of a's utility, with
   * only the initiator's and receiver's positions replaced by the bargain's; then a scalar PCE,
   * everyone voting with its capability.
   */
  private double[] bargainProbabilities(SmpState state, List<Bargain> list) {
    int n = actors.n;
    int nb = list.size();
    double[] u = new double[n * nb];
    for (int a = 0; a < n; a++) {
      for (int m = 0; m < nb; m++) {
        Bargain b = list.get(m);
        double sum = 0.0;
        if (b.isStatusQuo()) {
          for (int k = 0; k < n; k++) {
            sum = sum + state.ownUtility(a, k);
          }
        } else {
          sum = sum + state.positionUtility(a, b.initiatorPositionArray());
          sum = sum + state.positionUtility(a, b.receiverPositionArray());
          for (int k = 0; k < n; k++) {
            if (k != b.initiator() && k != b.receiver()) {
              sum = sum + state.ownUtility(a, k);
            }
          }
        }
        u[a * nb + m] = sum / n;
      }
    }
    return Elections.scalarPce(n, nb, actors.capability, u, options.votingRule(),
        options.victoryProbability(), options.pce());
  }

  private static int indexOfMax(double[] p) {
    int best = 0;
    for (int m = 1; m < p.length; m++) {
      if (Math.abs(p[m]) > Math.abs(p[best])) {
        best = m;
      }
    }
    return best;
  }

  /**
   * A bargain drawn with its probability, one uniform double from the generator. KTAB draws from
   * its own Mersenne Twister stream, so stochastic runs do not reproduce KTAB's logs.
   */
  private int draw(double[] p) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int m = 0; m < p.length; m++) {
      cumulative += p[m];
      if (u < cumulative) {
        return m;
      }
    }
    return p.length - 1;
  }
}
