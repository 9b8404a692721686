package org.tandem.core.sim;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.tandem.core.error.UserException;
import org.tandem.core.random.Draws;
import org.tandem.core.random.RandomStreams;
import org.tandem.core.scenario.Distribution;
import org.tandem.core.scenario.EnvironmentVariable;

/**
 * One replication of a scenario, month by month, on flat state arrays sized once per worker. A
 * worker reuses one instance for all its runs; {@link #run} allocates only the run's random
 * generators. Each month, in this order:
 *
 * <ol>
 *   <li>events: scheduled events of the month draw an outcome (or take the --given one), switch
 *       profiles and apply effects; each stochastic event in its window fires with its hazard
 *       (base times the factors whose conditions hold), applies its effects, and may reverse the
 *       steps it threatens;
 *   <li>environment: every update rule is evaluated on last month's values, then all are set,
 *       bounded to their ranges;
 *   <li>decisions: steps whose preconditions hold and that the strategy offers are proposed; each
 *       is agreed with probability pace x rule pace x max(0, (support - threshold) / (1 -
 *       threshold)) x political space; a reciprocal group needs all members available and is
 *       agreed with the smallest of their probabilities, all together;
 *   <li>progress: implementation and verification advance; verification finds a violation or
 *       verifies; reversal conditions are tested; reversals cascade to reciprocal partners and
 *       snapback dependents;
 *   <li>capability, milestones, breakdown, and the month's series values are recorded.
 * </ol>
 *
 * <p>The month's work is kept proportional to what can happen rather than to the size of the
 * scenario: structural parts of conditions are cached and re-evaluated only when a step, profile,
 * outcome or issue they read changes ({@link CachedConditions}); steps are kept in bit sets (open to
 * a decision, proposed, in progress, in force) that change only when a step changes stage; a
 * stochastic event's factors are evaluated only when its draw falls below its largest possible
 * hazard. None of this changes a value or the order of the random draws.
 */
final class Replication implements State {
  private static final int NEVER = -1;
  private static final int LONG_AGO = 1_000_000;

  private final CompiledScenario m;
  private final RandomStreams streams;
  private final SupportFunction supportFunction;
  /** Non-null when the scenario's support model is a full bargaining model (eu, smp). */
  private final ForecastSupport forecastSupport;
  private final BlockerFinder blockerFinder;
  private final boolean needsGaussian;

  // state, sized once
  private int month;
  double sink;
  private int lastProgress;
  private final double[] variable;
  private final double[] nextVariable;
  private final double[] issue;
  private final int[] profile;
  private final int[] stage;
  private final int[] timer;
  private final double[] movedBy;
  private final double[] probability;
  private final boolean[] everReversed;
  /** [stage * steps + step]: the month the step first reached the stage in this run, or NEVER. */
  private final int[] stepFirst;
  private final int[] trackFirst;
  private final int[] outcome;
  private final int[] count;
  /** [event * years + year]: the stochastic event's firings in each calendar year of this run. */
  private final int[] yearCount;
  private final int[] lastFired;
  private final boolean[] milestoneHolds;
  /** Scratch: this month's milestone values, before they replace last month's. */
  private final boolean[] milestoneNow;
  private final int[] milestoneFirst;
  private final boolean[] milestoneLost;
  private int breakdownRun;
  private int breakdownMonth;
  private boolean halted;
  private double material;
  private double warheads;
  private double production;
  private double perWarhead;
  private double assembly;
  private final int[] reverseStack;
  private final double[] warheadsByMonth;
  /** Cached structural conditions: their last value, and whether something they read has changed. */
  private final boolean[] cachedValue;
  private final boolean[] cachedStale;
  /**
   * Bit sets over steps, 64 to a word: steps whose stage and cached conditions let them be decided
   * (gated), steps to re-gate, and steps proposed, available this month, in progress (implementing,
   * or implemented and being verified), in force.
   */
  private final int words;
  private final long[] gated;
  private final long[] regate;
  private final long[] proposed;
  private final long[] available;
  /** The steps, and the first members of reciprocal groups, that draw for an agreement this month. */
  private final long[] deciding;
  private final long[] inProgress;
  private final long[] inForce;
  private final long[] reversible;
  /** Scratch: the reversible steps whose condition's monthly part holds this month. */
  private final long[] candidates;
  /** Support is cached per step against its issue's stamp, renewed when the issue or a profile changes. */
  private long stamps;
  private final long[] issueStamp;
  private final long[] supportStamp;
  /** Pace x rule pace x the support's share above the threshold, per step (see agreementProbability). */
  private final double[] paceTimesShare;
  /** The capability factors of the steps in force, recomputed when one of them starts or stops holding. */
  private boolean capabilityStale;
  private double productionFactorNow;
  private double assemblyFactorNow;
  private double dismantledNow;
  /** The actors' profiles as one number (CompiledScenario.profileRadix), kept when the radix fits. */
  private long profileKey;
  private final SupportMemo memo;
  private final double[] stakePositions;
  private final double[] stakeWeights;

  // generators of the current run
  private UniformRandomProvider elections;
  private UniformRandomProvider shocks;
  private UniformRandomProvider decisions;
  private UniformRandomProvider durations;
  private UniformRandomProvider verification;
  private UniformRandomProvider reversals;
  private NormalizedGaussianSampler durationGaussian;
  private NormalizedGaussianSampler verificationGaussian;

  Replication(CompiledScenario model, RandomStreams streams) {
    this.m = model;
    this.streams = streams;
    this.supportFunction = model.newSupportFunction();
    this.forecastSupport = model.usesForecasts() ? new ForecastSupport(model) : null;
    this.blockerFinder = new BlockerFinder(model);
    variable = new double[m.variables];
    nextVariable = new double[m.variables];
    issue = new double[m.issues];
    profile = new int[m.actors];
    stage = new int[m.steps];
    timer = new int[m.steps];
    movedBy = new double[m.steps];
    probability = new double[m.steps];
    everReversed = new boolean[m.steps];
    stepFirst = new int[Accumulator.STAGES * m.steps];
    trackFirst = new int[m.trackSteps.length];
    outcome = new int[m.events];
    count = new int[m.events];
    yearCount = new int[m.events * m.years];
    lastFired = new int[m.events];
    milestoneHolds = new boolean[m.milestones];
    milestoneNow = new boolean[m.milestones];
    milestoneFirst = new int[m.milestones];
    milestoneLost = new boolean[m.milestones];
    reverseStack = new int[m.reversalStackSize];
    warheadsByMonth = new double[m.months];
    cachedValue = new boolean[m.cache.size()];
    cachedStale = new boolean[m.cache.size()];
    words = (m.steps + 63) >>> 6;
    gated = new long[words];
    regate = new long[words];
    proposed = new long[words];
    available = new long[words];
    deciding = new long[words];
    inProgress = new long[words];
    inForce = new long[words];
    reversible = new long[words];
    candidates = new long[words];
    for (int s : m.conditionallyReversible) {
      reversible[s >>> 6] |= 1L << s;
    }
    issueStamp = new long[m.issues];
    supportStamp = new long[m.steps];
    paceTimesShare = new double[m.steps];
    memo = m.profileRadix == null || forecastSupport != null ? null : new SupportMemo();
    stakePositions = new double[m.actors];
    stakeWeights = new double[m.actors];
    boolean gaussian = false;
    for (int s = 0; s < m.steps; s++) {
      gaussian |= m.duration[s] instanceof Distribution.LogNormal
          || m.verificationDuration[s] instanceof Distribution.LogNormal;
    }
    needsGaussian = gaussian;
  }

  /** Runs replication {@code index} and adds its outcome to {@code into}. */
  void run(long index, Accumulator into) {
    start(index);
    for (month = 0; month < m.months; month++) {
      events();
      environment();
      decisions();
      progress();
      endOfMonth(into);
    }
    finish(into);
  }

  private void start(long index) {
    elections = streams.substream(Streams.ELECTIONS_KEY, index);
    shocks = streams.substream(Streams.SHOCKS_KEY, index);
    decisions = streams.substream(Streams.DECISIONS_KEY, index);
    durations = streams.substream(Streams.DURATIONS_KEY, index);
    verification = streams.substream(Streams.VERIFICATION_KEY, index);
    reversals = streams.substream(Streams.REVERSALS_KEY, index);
    if (needsGaussian) {
      durationGaussian = ZigguratSampler.NormalizedGaussian.of(durations);
      verificationGaussian = ZigguratSampler.NormalizedGaussian.of(verification);
    }
    UniformRandomProvider capability = streams.substream(Streams.CAPABILITY_KEY, index);
    NormalizedGaussianSampler capabilityGaussian = ZigguratSampler.NormalizedGaussian.of(capability);
    material = Draws.draw(m.material, capability, capabilityGaussian);
    production = Draws.draw(m.production, capability, capabilityGaussian);
    perWarhead = Math.max(1e-9, Draws.draw(m.perWarhead, capability, capabilityGaussian));
    warheads = Draws.draw(m.warheads, capability, capabilityGaussian);
    assembly = Draws.draw(m.assembly, capability, capabilityGaussian);

    month = 0;
    lastProgress = 0;
    System.arraycopy(m.variableInitial, 0, variable, 0, m.variables);
    System.arraycopy(m.issueStart, 0, issue, 0, m.issues);
    System.arraycopy(m.actorInitialProfile, 0, profile, 0, m.actors);
    profileKey = 0;
    if (m.profileRadix != null) {
      for (int a = 0; a < m.actors; a++) {
        profileKey += m.profileRadix[a] * profile[a];
      }
    }
    java.util.Arrays.fill(stage, StepStage.NONE);
    java.util.Arrays.fill(timer, 0);
    java.util.Arrays.fill(movedBy, 0);
    java.util.Arrays.fill(everReversed, false);
    java.util.Arrays.fill(stepFirst, NEVER);
    java.util.Arrays.fill(trackFirst, NEVER);
    java.util.Arrays.fill(outcome, -1);
    java.util.Arrays.fill(count, 0);
    java.util.Arrays.fill(yearCount, 0);
    java.util.Arrays.fill(lastFired, -LONG_AGO);
    java.util.Arrays.fill(milestoneHolds, false);
    java.util.Arrays.fill(milestoneFirst, NEVER);
    java.util.Arrays.fill(milestoneLost, false);
    java.util.Arrays.fill(cachedStale, true);
    java.util.Arrays.fill(gated, 0);
    java.util.Arrays.fill(regate, 0);
    for (int s = 0; s < m.steps; s++) {
      regate[s >>> 6] |= 1L << s;
    }
    java.util.Arrays.fill(proposed, 0);
    java.util.Arrays.fill(available, 0);
    java.util.Arrays.fill(inProgress, 0);
    java.util.Arrays.fill(inForce, 0);
    stamps = 0;
    java.util.Arrays.fill(issueStamp, 0);
    java.util.Arrays.fill(supportStamp, -1);
    capabilityStale = true;
    breakdownRun = 0;
    breakdownMonth = NEVER;
    halted = false;
  }

  // ---- 1. events ----

  private void events() {
    for (int e : m.scheduledAt[month]) {
      fireScheduled(e);
    }
    for (int e : m.stochasticEvents) {
      if (month >= m.activeFrom[e] && month <= m.activeUntil[e]) {
        double u = shocks.nextDouble();
        if (u < m.hazardMax[e] && u < hazard(e)) { // a draw above the largest hazard needs no factor
          fireStochastic(e);
        }
      }
    }
  }

  private double hazard(int e) {
    double h = m.code != null ? m.code.hazard(e, this) : interpretedHazard(e);
    if (h > 1) {
      throw hazardAboveOne(e, h);
    }
    return h;
  }

  private double interpretedHazard(int e) {
    double h = m.hazardBase[e];
    Node[] when = m.factorWhen[e];
    int[] cached = m.factorCached[e];
    double[] times = m.factorTimes[e];
    for (int f = 0; f < when.length; f++) {
      boolean applies = cached[f] >= 0 ? cached(cached[f]) : when[f] == null || when[f].test(this);
      if (applies) {
        h *= times[f];
      }
    }
    return h;
  }

  private UserException hazardAboveOne(int e, double h) {
    return UserException.of("hazard-above-one", m.scenario.events().get(e).location(),
        "the hazard of '" + m.scenario.events().get(e).id() + "' reached " + h + " in month "
            + month + " of a run; a monthly probability cannot exceed 1: lower its base or factors");
  }

  private void fireScheduled(int e) {
    int chosen = m.givenOutcome[e];
    if (chosen < 0) {
      double[] p = m.outcomeProbability[e];
      Node[] when = m.conditionalWhen[e];
      for (int t = 0; t < when.length; t++) {
        if (when[t].test(this)) {
          p = m.conditionalProbability[e][t];
          break;
        }
      }
      double u = elections.nextDouble();
      chosen = p.length - 1;
      double cumulative = 0;
      for (int o = 0; o < p.length; o++) {
        cumulative += p[o];
        if (u < cumulative) {
          chosen = o;
          break;
        }
      }
      while (chosen > 0 && p[chosen] == 0) {
        chosen--; // rounding never lands on an impossible outcome
      }
    }
    outcome[e] = chosen;
    touch(m.cache.byEvent[e]);
    lastFired[e] = month;
    int[] switches = m.outcomeProfiles[e][chosen];
    for (int k = 0; k < switches.length; k += 2) {
      int a = switches[k];
      if (m.profileRadix != null) {
        profileKey += m.profileRadix[a] * (switches[k + 1] - profile[a]);
      }
      profile[a] = switches[k + 1];
      touch(m.cache.byActor[a]);
    }
    if (switches.length > 0) {
      stamps++;
      java.util.Arrays.fill(issueStamp, stamps); // every step's support may have moved
    }
    applyEffects(m.outcomeEffectVariables[e][chosen], m.outcomeEffectDeltas[e][chosen]);
  }

  private void fireStochastic(int e) {
    count[e]++;
    yearCount[e * m.years + (m.startDate + month) / 12 - m.startDate / 12]++;
    lastFired[e] = month;
    applyEffects(m.eventEffectVariables[e], m.eventEffectDeltas[e]);
    int[] threatened = m.eventReverses[e];
    for (int s : threatened) {
      if (StepStage.holds(stage[s]) && reversals.nextDouble() < m.reversalProbability[s]) {
        reverse(s);
      }
    }
  }

  // ---- 2. environment ----

  private void environment() {
    if (m.code != null) {
      m.code.update(this, nextVariable);
    } else {
      for (int v = 0; v < m.variables; v++) {
        if (m.variableUpdate[v] != null) {
          nextVariable[v] = m.variableUpdate[v].num(this);
        }
      }
    }
    for (int v = 0; v < m.variables; v++) {
      if (m.variableUpdate[v] == null) {
        nextVariable[v] = variable[v];
      } else if (Double.isNaN(nextVariable[v])) {
        throw notANumber(v);
      } else {
        nextVariable[v] = bound(v, nextVariable[v]);
      }
    }
    System.arraycopy(nextVariable, 0, variable, 0, m.variables);
  }

  private UserException notANumber(int v) {
    EnvironmentVariable variable = m.scenario.environment().get(v);
    return UserException.of("not-a-number", variable.update().location(), "the update of '" + variable.id()
        + "' gave no number (NaN) in month " + month + " of a run, which no range can bound; check the rule"
        + " for an operation such as inf - inf or 0 * inf");
  }

  private double bound(int v, double value) {
    return Math.min(m.variableMax[v], Math.max(m.variableMin[v], value));
  }

  private void applyEffects(int[] variables, double[] deltas) {
    for (int k = 0; k < variables.length; k++) {
      int v = variables[k];
      variable[v] = bound(v, variable[v] + deltas[k]);
    }
  }

  // ---- 3. decisions ----

  private void decisions() {
    for (int w = 0; w < words; w++) {
      long bits = regate[w];
      regate[w] = 0;
      while (bits != 0) {
        int s = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (gate(s)) {
          gated[w] |= 1L << s;
        } else {
          gated[w] &= ~(1L << s);
        }
      }
    }
    for (int w = 0; w < words; w++) {
      long candidates = halted ? 0 : gated[w];
      long open = candidates & ~m.stepsWithRest[w];
      long bits = candidates & m.stepsWithRest[w];
      while (bits != 0) {
        int s = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (rest(m.offerRest[s]) && rest(m.preconditionRest[s])) {
          open |= 1L << s;
        }
      }
      available[w] = open;
    }
    for (int w = 0; w < words; w++) {
      long changed = available[w] ^ proposed[w];
      while (changed != 0) {
        int s = (w << 6) + Long.numberOfTrailingZeros(changed);
        changed &= changed - 1;
        setStage(s, (available[w] & 1L << s) != 0 ? StepStage.PROPOSED : StepStage.NONE);
      }
    }
    // Every probability of the month is computed before the first agreement, whose effects may move
    // a political space; then the draws, in step order.
    for (int w = 0; w < words; w++) {
      long bits = available[w] & m.deciders[w]; // a group is decided once, at its first member
      long deciding = 0;
      while (bits != 0) {
        int s = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        int g = m.stepGroup[s];
        if (g < 0) {
          probability[s] = agreementProbability(s);
          deciding |= 1L << s;
        } else if (allAvailable(m.groupMembers[g])) {
          probability[s] = groupProbability(m.groupMembers[g]);
          deciding |= 1L << s;
        }
      }
      this.deciding[w] = deciding;
    }
    for (int w = 0; w < words; w++) {
      long bits = deciding[w];
      while (bits != 0) {
        int s = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (decisions.nextDouble() < probability[s]) {
          int g = m.stepGroup[s];
          if (g < 0) {
            agree(s);
          } else {
            for (int member : m.groupMembers[g]) {
              agree(member);
            }
          }
        }
      }
    }
  }

  private boolean allAvailable(int[] members) {
    for (int member : members) {
      if (!isAvailable(member)) {
        return false;
      }
    }
    return true;
  }

  /** A reciprocal group is agreed with the smallest probability of its members. */
  private double groupProbability(int[] members) {
    double p = 1;
    for (int member : members) {
      p = Math.min(p, agreementProbability(member));
    }
    return p;
  }

  private boolean isAvailable(int s) {
    return (available[s >>> 6] & 1L << s) != 0;
  }

  /** Whether step {@code s}'s stage, strategy and cached conditions let it be decided this month. */
  private boolean gate(int s) {
    int st = stage[s];
    return !StepStage.holds(st) && (st != StepStage.REVERSED || m.repeatable[s]) && m.offered[s]
        && cached(m.offerCached[s]) && cached(m.preconditionCached[s]);
  }

  private boolean offeredNow(int s) {
    return m.offered[s] && cached(m.offerCached[s]) && rest(m.offerRest[s]);
  }

  /** The value of cached condition {@code c} (true for -1), evaluated again if it went stale. */
  private boolean cached(int c) {
    if (c < 0) {
      return true;
    }
    if (cachedStale[c]) {
      cachedValue[c] = m.cache.when[c].test(this);
      cachedStale[c] = false;
    }
    return cachedValue[c];
  }

  private boolean rest(Node rest) {
    return rest == null || rest.test(this);
  }

  /** Marks the cached conditions {@code readers} stale, and their steps for re-gating. */
  private void touch(int[] readers) {
    for (int c : readers) {
      cachedStale[c] = true;
      int owner = m.cache.owner[c];
      if (owner >= 0) {
        regate[owner >>> 6] |= 1L << owner;
      }
    }
  }

  /** Every change of a step's stage goes through here, keeping the caches and bit sets in step. */
  private void setStage(int s, int st) {
    int before = stage[s];
    stage[s] = st;
    int w = s >>> 6;
    long bit = 1L << s;
    regate[w] |= bit;
    proposed[w] = st == StepStage.PROPOSED ? proposed[w] | bit : proposed[w] & ~bit;
    boolean progressing = st == StepStage.IMPLEMENTING || st == StepStage.IMPLEMENTED && m.verification[s];
    inProgress[w] = progressing ? inProgress[w] | bit : inProgress[w] & ~bit;
    boolean holds = StepStage.holds(st);
    inForce[w] = holds ? inForce[w] | bit : inForce[w] & ~bit;
    if (m.capabilityStep[s] && holds != StepStage.holds(before)) {
      capabilityStale = true;
    }
    touch(m.cache.byStep[s]);
  }

  private void issueChanged(int i) {
    issueStamp[i] = ++stamps;
    touch(m.cache.byIssue[i]);
  }

  private double agreementProbability(int s) {
    int i = m.stepIssue[s];
    if (i >= 0 && supportStamp[s] != issueStamp[i]) {
      double share = (support(s) - m.threshold) / (1 - m.threshold);
      paceTimesShare[s] = share <= 0 ? 0 : m.stepPace[s] * m.offerPace[s] * share;
      supportStamp[s] = issueStamp[i];
    }
    double p = i >= 0 ? paceTimesShare[s] : m.stepPace[s] * m.offerPace[s];
    if (p == 0) {
      return 0;
    }
    double space = 1;
    for (int a : m.stepActors[s]) {
      space = Math.min(space, space(a));
    }
    return p * space;
  }

  /** The step's support from the bargaining model over its issue's stakeholders (1 without an issue). */
  double support(int s) {
    int i = m.stepIssue[s];
    if (i < 0) {
      return 1;
    }
    if (forecastSupport != null) {
      double from = issue[i];
      return forecastSupport.support(i, profile, profileKey, from, Math.min(100, Math.max(0, from + m.stepMoves[s])));
    }
    if (memo == null) {
      return balance(s, i);
    }
    long key = profileKey + s;
    double from = issue[i];
    int slot = SupportMemo.slot(key, from);
    if (memo.holds(slot, key, from)) {
      return memo.value(slot);
    }
    double value = balance(s, i);
    memo.put(slot, key, from, value);
    return value;
  }

  /** The support function over the stakeholders of issue {@code i} for step {@code s}'s move. */
  private double balance(int s, int i) {
    int n = 0;
    for (int a = 0; a < m.actors; a++) {
      int row = (a * m.profileSlots + profile[a]) * m.issues + i;
      double w = m.capability[a * m.profileSlots + profile[a]] * m.salience[row];
      if (w > 0) {
        stakePositions[n] = m.position[row];
        stakeWeights[n] = w;
        n++;
      }
    }
    double from = issue[i];
    double to = Math.min(100, Math.max(0, from + m.stepMoves[s]));
    return supportFunction.support(stakePositions, stakeWeights, n, from, to);
  }

  private void agree(int s) {
    setStage(s, StepStage.IMPLEMENTING);
    timer[s] = months(Draws.draw(m.duration[s], durations, durationGaussian));
    reached(Accumulator.AGREED, s);
    if (trackFirst[m.stepTrack[s]] == NEVER) {
      trackFirst[m.stepTrack[s]] = month;
    }
    lastProgress = month;
    applyEffects(m.effectVariables[CompiledScenario.AGREED][s], m.effectDeltas[CompiledScenario.AGREED][s]);
  }

  /** Notes the month step {@code s} first reached {@code stage} in this run; later returns change nothing. */
  private void reached(int stage, int s) {
    int i = stage * m.steps + s;
    if (stepFirst[i] == NEVER) {
      stepFirst[i] = month;
    }
  }

  /** A drawn duration in whole months; one beyond any horizon stays beyond it (no overflow). */
  private static int months(double draw) {
    return (int) Math.min(LONG_AGO, Math.max(0, Math.round(draw)));
  }

  // ---- 4. progress ----

  private void progress() {
    for (int w = 0; w < words; w++) {
      long bits = inProgress[w]; // a step reversed on the way is skipped by its stage
      while (bits != 0) {
        int s = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        advance(s);
      }
    }
    reversalConditions();
  }

  /**
   * Reverses, in step order, the steps in force whose reversal condition holds. Until the first
   * reversal nothing changes, so each distinct monthly part is tested once and only the steps whose
   * part holds are checked; after a reversal every remaining step is checked, as in a plain loop.
   */
  private void reversalConditions() {
    boolean any = false;
    for (int w = 0; w < words; w++) {
      any |= (inForce[w] & reversible[w]) != 0;
      candidates[w] = m.reversibleWithoutRest[w];
    }
    if (!any) {
      return;
    }
    for (int g = 0; g < m.reversalGroupFirst.length; g++) {
      long[] members = m.reversalGroupSteps[g];
      boolean inForceNow = false;
      for (int w = 0; w < words; w++) {
        inForceNow |= (inForce[w] & members[w]) != 0;
      }
      if (inForceNow && m.reversalRest[m.reversalGroupFirst[g]].test(this)) {
        for (int w = 0; w < words; w++) {
          candidates[w] |= members[w];
        }
      }
    }
    boolean changed = false;
    for (int w = 0; w < words; w++) {
      long all = inForce[w] & reversible[w];
      long bits = changed ? all : all & candidates[w];
      while (bits != 0) {
        int s = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (StepStage.holds(stage[s]) && cached(m.reversalCached[s]) && rest(m.reversalRest[s])) {
          reverse(s);
          if (!changed) {
            changed = true;
            bits = all & -(2L << s); // the steps after s, whatever their part was before
          }
        }
      }
    }
  }

  private void advance(int s) {
    if (stage[s] == StepStage.IMPLEMENTING) {
      if (timer[s] > 0) {
        timer[s]--;
        return;
      }
      implement(s);
    }
    if (stage[s] == StepStage.IMPLEMENTED && m.verification[s]) {
      if (timer[s] > 0) {
        timer[s]--;
      } else if (verification.nextDouble() < m.violation[s]) {
        reverse(s);
      } else {
        setStage(s, StepStage.VERIFIED);
        reached(Accumulator.VERIFIED, s);
        lastProgress = month;
        applyEffects(m.effectVariables[CompiledScenario.VERIFIED][s], m.effectDeltas[CompiledScenario.VERIFIED][s]);
      }
    }
  }

  private void implement(int s) {
    setStage(s, StepStage.IMPLEMENTED);
    reached(Accumulator.IMPLEMENTED, s);
    lastProgress = month;
    int i = m.stepIssue[s];
    if (i >= 0) {
      double before = issue[i];
      issue[i] = Math.min(100, Math.max(0, before + m.stepMoves[s]));
      movedBy[s] = issue[i] - before;
      issueChanged(i);
    }
    applyEffects(m.effectVariables[CompiledScenario.IMPLEMENTED][s], m.effectDeltas[CompiledScenario.IMPLEMENTED][s]);
    if (m.verification[s]) {
      timer[s] = months(Draws.draw(m.verificationDuration[s], verification, verificationGaussian));
    }
  }

  /** Reverses {@code first} and, transitively, its reciprocal partners and snapback dependents. */
  private void reverse(int first) {
    int top = 0;
    reverseStack[top++] = first;
    while (top > 0) {
      int s = reverseStack[--top];
      if (!StepStage.holds(stage[s])) {
        continue;
      }
      if (stage[s] >= StepStage.IMPLEMENTED && m.stepIssue[s] >= 0) {
        int i = m.stepIssue[s];
        issue[i] = Math.min(100, Math.max(0, issue[i] - movedBy[s]));
        movedBy[s] = 0;
        issueChanged(i);
      }
      setStage(s, StepStage.REVERSED);
      timer[s] = 0;
      everReversed[s] = true;
      applyEffects(m.effectVariables[CompiledScenario.REVERSED][s], m.effectDeltas[CompiledScenario.REVERSED][s]);
      int g = m.stepGroup[s];
      if (g >= 0) {
        for (int member : m.groupMembers[g]) {
          if (StepStage.holds(stage[member])) {
            reverseStack[top++] = member;
          }
        }
      }
      for (int dependent : m.snapbackDependents[s]) {
        if (StepStage.holds(stage[dependent])) {
          reverseStack[top++] = dependent;
        }
      }
    }
  }

  // ---- 5. end of month ----

  private void endOfMonth(Accumulator into) {
    if (m.hasCapability) {
      if (capabilityStale) {
        capabilityFactors();
      }
      material += production * productionFactorNow;
      double built = Math.min(assembly * assemblyFactorNow, material / perWarhead);
      warheads += built;
      material = Math.max(0, material - built * perWarhead);
      warheads = Math.max(0, warheads - dismantledNow);
    }
    // Milestones and the breakdown condition are all evaluated before any milestone's value is
    // stored, so that reached(m) reads last month's value in each of them, as in a precondition.
    for (int k = 0; k < m.milestones; k++) {
      milestoneNow[k] = cached(m.milestoneCached[k]) && rest(m.milestoneRest[k]);
    }
    if (m.breakdownWhen != null) {
      breakdownRun = m.breakdownWhen.test(this) ? breakdownRun + 1 : 0;
      if (breakdownRun >= m.breakdownFor && breakdownMonth == NEVER) {
        breakdownMonth = month;
        halted = m.breakdownHalts;
      }
    }
    for (int k = 0; k < m.milestones; k++) {
      boolean holds = milestoneNow[k];
      milestoneHolds[k] = holds;
      if (holds && milestoneFirst[k] == NEVER) {
        milestoneFirst[k] = month;
      } else if (!holds && milestoneFirst[k] != NEVER) {
        milestoneLost[k] = true;
      }
    }
    for (int v = 0; v < m.variables; v++) {
      into.record(v, month, variable[v]);
    }
    warheadsByMonth[month] = warheads;
    if (m.hasCapability) {
      into.record(m.variables, month, warheads);
      into.record(m.variables + 1, month, material);
    }
  }

  private void capabilityFactors() {
    productionFactorNow = 1;
    assemblyFactorNow = 1;
    dismantledNow = 0;
    for (int s : m.capabilitySteps) {
      if (StepStage.holds(stage[s])) {
        productionFactorNow = Math.min(productionFactorNow, m.productionFactor[s]);
        assemblyFactorNow = Math.min(assemblyFactorNow, m.assemblyFactor[s]);
        dismantledNow += m.dismantle[s];
      }
    }
    capabilityStale = false;
  }

  private void finish(Accumulator into) {
    month = m.months - 1;
    into.runs++;
    into.endRun();
    for (int k = 0; k < m.milestones; k++) {
      into.milestoneFirst[k][milestoneFirst[k] == NEVER ? m.months : milestoneFirst[k]]++;
      if (milestoneLost[k]) {
        into.milestoneLost[k]++;
      }
      if (milestoneFirst[k] == NEVER) {
        into.blocker(k, blockerFinder.blocker(k, this));
      }
    }
    into.breakdownFirst[breakdownMonth == NEVER ? m.months : breakdownMonth]++;
    for (int s = 0; s < m.steps; s++) {
      into.stepReversed[s] += everReversed[s] ? 1 : 0;
    }
    for (int i = 0; i < stepFirst.length; i++) {
      into.stepFirst[i * (m.months + 1) + (stepFirst[i] == NEVER ? m.months : stepFirst[i])]++;
    }
    int tracks = trackFirst.length;
    for (int t = 0; t < tracks; t++) {
      into.trackFirst[t][trackFirst[t] == NEVER ? m.months : trackFirst[t]]++;
      if (trackFirst[t] == NEVER) {
        continue;
      }
      for (int u = 0; u < tracks; u++) {
        if (u != t && (trackFirst[u] == NEVER || trackFirst[t] <= trackFirst[u])) {
          into.trackNoLater[t * tracks + u]++;
        }
      }
    }
    for (int e : m.stochasticEvents) {
      for (int y = 0; y < m.years; y++) {
        into.eventYearCount[(e * m.years + y) * Accumulator.COUNTS + yearCount[e * m.years + y]]++;
      }
    }
    for (int e = 0; e < m.events; e++) {
      into.eventFired[e] += count[e];
      if (m.scheduled[e] && outcome[e] >= 0) {
        into.outcomeCount[e][outcome[e]]++;
      }
    }
  }

  // ---- State ----

  @Override
  public int month() {
    return month;
  }

  @Override
  public int date() {
    return m.startDate + month;
  }

  @Override
  public int monthsSinceProgress() {
    return month - lastProgress;
  }

  @Override
  public double variable(int index) {
    return variable[index];
  }

  @Override
  public double warheads() {
    return warheads;
  }

  @Override
  public double material() {
    return material;
  }

  @Override
  public int stage(int step) {
    return stage[step];
  }

  @Override
  public boolean milestoneHolds(int milestone) {
    return milestoneHolds[milestone];
  }

  @Override
  public double progress(int track) {
    int[] members = m.trackSteps[track];
    if (members.length == 0) {
      return 0;
    }
    int done = 0;
    for (int s : members) {
      if (stage[s] == StepStage.IMPLEMENTED || stage[s] == StepStage.VERIFIED) {
        done++;
      }
    }
    return (double) done / members.length;
  }

  @Override
  public double space(int actor) {
    int v = m.actorSpace[actor];
    return v < 0 ? 1 : variable[v];
  }

  @Override
  public double position(int actor, int issueIndex) {
    return m.position[(actor * m.profileSlots + profile[actor]) * m.issues + issueIndex];
  }

  @Override
  public double issueState(int issueIndex) {
    return issue[issueIndex];
  }

  @Override
  public int profile(int actor) {
    return profile[actor];
  }

  @Override
  public int outcome(int scheduledEvent) {
    return outcome[scheduledEvent];
  }

  @Override
  public int count(int stochasticEvent) {
    return count[stochasticEvent];
  }

  @Override
  public int monthsSince(int event) {
    return month - lastFired[event];
  }

  int milestoneCount() {
    return m.milestones;
  }

  int monthCount() {
    return m.months;
  }

  /** After {@link #run}: the month milestone {@code k} was first reached, or -1. */
  int milestoneFirst(int k) {
    return milestoneFirst[k];
  }

  /** After {@link #run}: the month of breakdown, or -1. */
  int breakdownMonth() {
    return breakdownMonth;
  }

  /** After {@link #run}: warheads at the end of month {@code t} (0 without a capability model). */
  double warheadsAt(int t) {
    return warheadsByMonth[t];
  }

  boolean offered(int s) {
    return offeredNow(s);
  }

  boolean halted() {
    return halted;
  }
}
