package org.tandem.core.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.OrderedMaps;
import org.tandem.core.error.Location;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.Actor;
import org.tandem.core.scenario.ConditionalProbabilities;
import org.tandem.core.scenario.Distribution;
import org.tandem.core.scenario.EnvironmentVariable;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.HazardFactor;
import org.tandem.core.scenario.Outcome;
import org.tandem.core.scenario.Position;
import org.tandem.core.scenario.Profile;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.StepEffects;
import org.tandem.core.scenario.Strategy;
import org.tandem.core.scenario.StrategyRule;

/**
 * A checked scenario, one strategy and the conditioned event outcomes, laid out in flat arrays for
 * the engine. Immutable once built and shared by all worker threads.
 */
final class CompiledScenario {
  static final int AGREED = 0;
  static final int IMPLEMENTED = 1;
  static final int VERIFIED = 2;
  static final int REVERSED = 3;

  final Scenario scenario;
  final Strategy strategy;
  final Map<String, String> given;
  final int months;
  final int startDate;
  /** The calendar years the simulated months touch, the first and last possibly in part. */
  final int years;

  // environment
  final int variables;
  final double[] variableInitial;
  final double[] variableMin;
  final double[] variableMax;
  final Node[] variableUpdate;

  // issues
  final int issues;
  final double[] issueStart;

  // actors: [actor * profileSlots + profile], positions [(actor * profileSlots + profile) * issues + issue]
  final int actors;
  final int profileSlots;
  /**
   * The profiles the actors hold, as one number: the sum of each actor's profile times its radix
   * (profileSlots to the power of its index), times the number of steps; null when that does not
   * fit in a long. Keys support per step and profile combination (see SupportMemo).
   */
  final long[] profileRadix;
  final int[] actorSpace;
  final int[] actorInitialProfile;
  final double[] capability;
  final double[] position;
  final double[] salience;

  // steps
  final int steps;
  final int[] stepTrack;
  final int[][] stepActors;
  final int[] stepGroup;
  final double[] stepPace;
  final int[] stepIssue;
  final double[] stepMoves;
  final Distribution[] duration;
  final boolean[] verification;
  final Distribution[] verificationDuration;
  final double[] violation;
  final int[][] reversalEvents;
  final double[] reversalProbability;
  final int[][] snapbackDependents;
  /**
   * The most steps a cascade of reversals can stack: the first, and for each step reversed (at
   * most once per cascade, since it no longer holds) the members of its group and its snapback
   * dependents.
   */
  final int reversalStackSize;
  final boolean[] repeatable;
  final double[] productionFactor;
  final double[] assemblyFactor;
  final double[] dismantle;
  final int[][][] effectVariables;
  final double[][][] effectDeltas;
  final boolean[] offered;
  final double[] offerPace;

  /**
   * Conditions cut into a cached structural part (an id in {@link #cache}, -1 for none) and a rest
   * evaluated each time (null for none): see {@link ConditionSplit}.
   */
  final CachedConditions cache;
  final int[] preconditionCached;
  final Node[] preconditionRest;
  final int[] offerCached;
  final Node[] offerRest;
  final int[] reversalCached;
  final Node[] reversalRest;
  final int[] milestoneCached;
  final Node[] milestoneRest;
  /** Per stochastic event and factor: the cached condition's id, or -1 when factorWhen is evaluated. */
  final int[][] factorCached;
  /** The largest hazard each event can have: its base times every factor above one. */
  final double[] hazardMax;

  // groups and tracks
  final int[][] groupMembers;
  /**
   * Bit sets over steps, 64 to a word: the steps whose offer or preconditions keep a part evaluated
   * every month, and the steps that draw for an agreement (steps outside a reciprocal group, and
   * the first member of each group).
   */
  final long[] stepsWithRest;
  final long[] deciders;
  final int[][] trackSteps;

  // events
  final int events;
  final boolean[] scheduled;
  final int[] eventMonth;
  final double[][] outcomeProbability;
  final int[][][] outcomeProfiles;
  final int[][][] outcomeEffectVariables;
  final double[][][] outcomeEffectDeltas;
  final Node[][] conditionalWhen;
  final double[][][] conditionalProbability;
  final int[] givenOutcome;
  final int[] activeFrom;
  final int[] activeUntil;
  final double[] hazardBase;
  final Node[][] factorWhen;
  final double[][] factorTimes;
  final int[] eventEffectVariables[];
  final double[][] eventEffectDeltas;
  /** For each event, the steps it can reverse. */
  final int[][] eventReverses;

  /** Stochastic events, and the scheduled events of each month: so a month visits only its own. */
  final int[] stochasticEvents;
  final int[][] scheduledAt;
  /** Steps with a capability effect, and steps with a reversal condition. */
  final int[] capabilitySteps;
  final boolean[] capabilityStep;
  final int[] conditionallyReversible;
  /**
   * The conditionally reversible steps grouped by their reversal condition's text, so that a month
   * tests each distinct monthly part once: per group, its steps (a bit set) and the step whose
   * {@link #reversalRest} stands for all. Steps whose condition is all structural are in
   * {@link #reversibleWithoutRest}.
   */
  final long[][] reversalGroupSteps;
  final int[] reversalGroupFirst;
  final long[] reversibleWithoutRest;

  // milestones and breakdown
  final int milestones;
  Node breakdownWhen;
  final int breakdownFor;
  final boolean breakdownHalts;

  // capability
  final boolean hasCapability;
  final Distribution material;
  final Distribution production;
  final Distribution perWarhead;
  final Distribution warheads;
  final Distribution assembly;

  // model
  final String supportModel;
  final double threshold;

  /** The expression trees of preconditions and milestones, for explaining blockers. */
  final Node[] preconditionTree;
  final Node[] milestoneTree;
  /** The generated code, with the whole environment update and every hazard; null for trees. */
  GeneratedExpressions code;
  /** Every compiled expression and where its node is kept, for replacing them with generated code. */
  private final List<Slot> compiledSlots = new ArrayList<>();

  private record Slot(Expression expression, boolean condition, Node[] array, int index) {}

  /** Names of the recorded series: every environment variable, then warheads and material. */
  final List<String> seriesNames;

  /**
   * @param strategyId the strategy to follow; must exist in the scenario
   * @param given scheduled event id to outcome id, fixing those outcomes
   */
  CompiledScenario(Scenario scenario, String strategyId, Map<String, String> given) {
    this(scenario, strategyId, given, false);
  }

  /**
   * @param generate compile the expressions to bytecode: worth it from a few thousand runs,
   *     identical in results
   */
  CompiledScenario(Scenario scenario, String strategyId, Map<String, String> given, boolean generate) {
    this.scenario = scenario;
    this.strategy = scenario.strategy(strategyId).orElseThrow(() -> UserException.of("unknown-strategy",
        Location.of(scenario.sourceName()), "scenario '" + scenario.id() + "' has no strategy '" + strategyId
            + "' (it has: " + String.join(", ", scenario.strategies().stream().map(Strategy::id).toList()) + ")"
            + Suggestions.hint(strategyId, scenario.strategies().stream().map(Strategy::id).toList())));
    this.given = OrderedMaps.copyOf(given);
    Indexes ix = new Indexes(scenario);
    ExpressionCompiler compiler = new ExpressionCompiler(ix);
    months = scenario.months();
    startDate = scenario.start().getYear() * 12 + scenario.start().getMonthValue() - 1;
    years = scenario.horizon().getYear() - scenario.start().getYear() + 1;

    List<EnvironmentVariable> env = scenario.environment();
    variables = env.size();
    variableInitial = new double[variables];
    variableMin = new double[variables];
    variableMax = new double[variables];
    variableUpdate = new Node[variables];
    for (int v = 0; v < variables; v++) {
      EnvironmentVariable var = env.get(v);
      variableInitial[v] = var.initial();
      variableMin[v] = var.min();
      variableMax[v] = var.max();
      compile(compiler, var.update(), false, variableUpdate, v);
    }

    issues = scenario.issues().size();
    issueStart = new double[issues];
    for (int i = 0; i < issues; i++) {
      issueStart[i] = scenario.issues().get(i).statusQuo();
    }

    List<Actor> actorList = scenario.actors();
    actors = actorList.size();
    int slots = 1;
    for (Actor a : actorList) {
      slots = Math.max(slots, a.profiles().size() + 1);
    }
    profileSlots = slots;
    profileRadix = radix(actors, slots, scenario.steps().size());
    actorSpace = new int[actors];
    actorInitialProfile = new int[actors];
    capability = new double[actors * slots];
    position = new double[actors * slots * issues];
    salience = new double[actors * slots * issues];
    for (int a = 0; a < actors; a++) {
      Actor actor = actorList.get(a);
      actorSpace[a] = actor.space().isEmpty() ? -1 : ix.variables.get(actor.space());
      actorInitialProfile[a] = actor.initialProfile().isEmpty() ? 0
          : ix.profiles.get(actor.id()).get(actor.initialProfile());
      fillProfile(a, 0, new Profile("", actor.capability(), actor.positions(), ""), ix);
      for (int p = 0; p < actor.profiles().size(); p++) {
        fillProfile(a, p + 1, actor.profiles().get(p), ix);
      }
    }

    List<Step> stepList = scenario.steps();
    steps = stepList.size();
    stepTrack = new int[steps];
    stepActors = new int[steps][];
    preconditionTree = new Node[steps];
    stepGroup = new int[steps];
    stepPace = new double[steps];
    stepIssue = new int[steps];
    stepMoves = new double[steps];
    duration = new Distribution[steps];
    verification = new boolean[steps];
    verificationDuration = new Distribution[steps];
    violation = new double[steps];
    reversalEvents = new int[steps][];
    reversalProbability = new double[steps];
    repeatable = new boolean[steps];
    productionFactor = new double[steps];
    assemblyFactor = new double[steps];
    dismantle = new double[steps];
    effectVariables = new int[4][steps][];
    effectDeltas = new double[4][steps][];
    offered = new boolean[steps];
    offerPace = new double[steps];
    preconditionCached = new int[steps];
    preconditionRest = new Node[steps];
    offerCached = new int[steps];
    offerRest = new Node[steps];
    reversalCached = new int[steps];
    reversalRest = new Node[steps];
    trackSteps = new int[scenario.tracks().size()][];
    for (int t = 0; t < trackSteps.length; t++) {
      String track = scenario.tracks().get(t).id();
      trackSteps[t] = java.util.stream.IntStream.range(0, steps)
          .filter(s -> stepList.get(s).track().equals(track)).toArray();
    }
    CachedConditions.Builder cached = new CachedConditions.Builder(ix, trackSteps, compiler);
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    List<List<Integer>> dependents = new ArrayList<>();
    for (int s = 0; s < steps; s++) {
      dependents.add(new ArrayList<>());
    }
    for (int s = 0; s < steps; s++) {
      Step step = stepList.get(s);
      stepTrack[s] = ix.tracks.get(step.track());
      stepActors[s] = step.actors().stream().mapToInt(ix.actors::get).toArray();
      preconditionTree[s] = compiler.compile(step.preconditions(), null);
      ConditionSplit pre = ConditionSplit.of(step.preconditions());
      preconditionCached[s] = cached.add(pre.structural(), s);
      compile(compiler, pre.rest(), true, preconditionRest, s);
      if (step.reciprocal().isEmpty()) {
        stepGroup[s] = -1;
      } else {
        groups.computeIfAbsent(step.reciprocal(), g -> new ArrayList<>()).add(s);
      }
      stepPace[s] = Double.isNaN(step.pace()) ? scenario.model().pace() : step.pace();
      stepIssue[s] = step.issue().isEmpty() ? -1 : ix.issues.get(step.issue());
      stepMoves[s] = step.moves();
      duration[s] = step.duration();
      if (step.verification() != null) {
        verification[s] = true;
        verificationDuration[s] = step.verification().duration();
        violation[s] = step.verification().violation();
      }
      if (step.reversal() != null) {
        reversalEvents[s] = step.reversal().events().stream().mapToInt(ix.events::get).toArray();
        reversalProbability[s] = step.reversal().probability();
        ConditionSplit when = ConditionSplit.of(step.reversal().when());
        reversalCached[s] = cached.add(when.structural(), -1);
        compile(compiler, when.rest(), true, reversalRest, s);
      } else {
        reversalEvents[s] = new int[0];
        reversalCached[s] = -1;
      }
      for (String trigger : step.snapback()) {
        dependents.get(ix.steps.get(trigger)).add(s);
      }
      repeatable[s] = step.repeatable();
      productionFactor[s] = step.capability().production();
      assemblyFactor[s] = step.capability().assembly();
      dismantle[s] = step.capability().dismantle();
      StepEffects e = step.effects();
      List<Map<String, Double>> byStage = List.of(e.agreed(), e.implemented(), e.verified(), e.reversed());
      for (int k = 0; k < 4; k++) {
        effectVariables[k][s] = variableIndexes(byStage.get(k), ix);
        effectDeltas[k][s] = deltas(byStage.get(k));
      }
      StrategyRule rule = strategy.ruleFor(step);
      offered[s] = rule == null ? strategy.defaultOffer() : rule.offer();
      ConditionSplit offer = ConditionSplit.of(rule == null ? null : rule.when());
      offerCached[s] = cached.add(offer.structural(), s);
      compile(compiler, offer.rest(), true, offerRest, s);
      offerPace[s] = rule == null ? 1 : rule.pace();
    }
    snapbackDependents = new int[steps][];
    for (int s = 0; s < steps; s++) {
      snapbackDependents[s] = dependents.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    groupMembers = new int[groups.size()][];
    int g = 0;
    for (List<Integer> members : groups.values()) {
      groupMembers[g] = members.stream().mapToInt(Integer::intValue).toArray();
      for (int member : groupMembers[g]) {
        stepGroup[member] = g;
      }
      g++;
    }
    int stack = 1;
    for (int s = 0; s < steps; s++) {
      stack += snapbackDependents[s].length + (stepGroup[s] < 0 ? 0 : groupMembers[stepGroup[s]].length);
    }
    reversalStackSize = stack;

    List<Event> eventList = scenario.events();
    events = eventList.size();
    scheduled = new boolean[events];
    eventMonth = new int[events];
    outcomeProbability = new double[events][];
    outcomeProfiles = new int[events][][];
    outcomeEffectVariables = new int[events][][];
    outcomeEffectDeltas = new double[events][][];
    conditionalWhen = new Node[events][];
    conditionalProbability = new double[events][][];
    givenOutcome = new int[events];
    activeFrom = new int[events];
    activeUntil = new int[events];
    hazardBase = new double[events];
    factorWhen = new Node[events][];
    factorTimes = new double[events][];
    eventEffectVariables = new int[events][];
    eventEffectDeltas = new double[events][];
    factorCached = new int[events][];
    hazardMax = new double[events];
    java.util.Arrays.fill(givenOutcome, -1);
    for (int e = 0; e < events; e++) {
      Event event = eventList.get(e);
      if (event instanceof Event.Scheduled s) {
        compileScheduled(e, s, ix, compiler);
      } else {
        Event.Stochastic s = (Event.Stochastic) event;
        activeFrom[e] = s.from() == null ? 0 : monthIndex(s.from().getYear(), s.from().getMonthValue());
        activeUntil[e] = s.until() == null ? months - 1 : monthIndex(s.until().getYear(), s.until().getMonthValue());
        hazardBase[e] = s.base();
        List<HazardFactor> factors = s.factors();
        factorWhen[e] = new Node[factors.size()];
        factorTimes[e] = new double[factors.size()];
        factorCached[e] = new int[factors.size()];
        hazardMax[e] = hazardBase[e];
        for (int f = 0; f < factors.size(); f++) {
          Expression when = factors.get(f).when();
          factorTimes[e][f] = factors.get(f).times();
          hazardMax[e] *= Math.max(1, factorTimes[e][f]);
          if (when != null && ExpressionCompiler.isStructural(when)) {
            factorCached[e][f] = cached.add(when, -1);
          } else {
            factorCached[e][f] = -1;
            compile(compiler, when, true, factorWhen[e], f);
          }
        }
        eventEffectVariables[e] = variableIndexes(s.effects(), ix);
        eventEffectDeltas[e] = deltas(s.effects());
      }
    }
    for (Map.Entry<String, String> entry : this.given.entrySet()) {
      checkGiven(entry.getKey(), entry.getValue(), ix);
    }
    stochasticEvents = java.util.stream.IntStream.range(0, events).filter(e -> !scheduled[e]).toArray();
    scheduledAt = new int[months][];
    for (int t = 0; t < months; t++) {
      int month = t;
      scheduledAt[t] = java.util.stream.IntStream.range(0, events)
          .filter(e -> scheduled[e] && eventMonth[e] == month).toArray();
    }
    capabilitySteps = java.util.stream.IntStream.range(0, steps)
        .filter(s -> productionFactor[s] != 1 || assemblyFactor[s] != 1 || dismantle[s] != 0).toArray();
    capabilityStep = new boolean[steps];
    for (int s : capabilitySteps) {
      capabilityStep[s] = true;
    }
    conditionallyReversible = java.util.stream.IntStream.range(0, steps)
        .filter(s -> stepList.get(s).reversal() != null && stepList.get(s).reversal().when() != null).toArray();
    reversibleWithoutRest = new long[(steps + 63) >>> 6];
    Map<String, List<Integer>> byCondition = new LinkedHashMap<>();
    for (int s : conditionallyReversible) {
      if (reversalRest[s] == null) {
        reversibleWithoutRest[s >>> 6] |= 1L << s;
      } else {
        byCondition.computeIfAbsent(stepList.get(s).reversal().when().text(), k -> new ArrayList<>()).add(s);
      }
    }
    reversalGroupSteps = new long[byCondition.size()][reversibleWithoutRest.length];
    reversalGroupFirst = new int[byCondition.size()];
    int group = 0;
    for (List<Integer> members : byCondition.values()) {
      reversalGroupFirst[group] = members.get(0);
      for (int s : members) {
        reversalGroupSteps[group][s >>> 6] |= 1L << s;
      }
      group++;
    }
    eventReverses = new int[events][];
    for (int e = 0; e < events; e++) {
      int event = e;
      eventReverses[e] = java.util.stream.IntStream.range(0, steps)
          .filter(s -> java.util.Arrays.stream(reversalEvents[s]).anyMatch(x -> x == event)).toArray();
    }

    milestones = scenario.milestones().size();
    milestoneTree = new Node[milestones];
    milestoneCached = new int[milestones];
    milestoneRest = new Node[milestones];
    for (int m = 0; m < milestones; m++) {
      Expression when = scenario.milestones().get(m).when();
      milestoneTree[m] = compiler.compile(when, null);
      ConditionSplit split = ConditionSplit.of(when);
      milestoneCached[m] = cached.add(split.structural(), -1);
      compile(compiler, split.rest(), true, milestoneRest, m);
    }
    cache = cached.build();
    for (int c = 0; c < cache.size(); c++) {
      compiledSlots.add(new Slot(cache.expressions.get(c), true, cache.when, c));
    }
    if (scenario.breakdown() != null) {
      breakdownWhen = compiler.compile(scenario.breakdown().when(), null);
      breakdownFor = scenario.breakdown().forMonths();
      breakdownHalts = scenario.breakdown().halts();
    } else {
      breakdownWhen = null;
      breakdownFor = 1;
      breakdownHalts = false;
    }

    hasCapability = scenario.capability() != null;
    Distribution zero = new Distribution.Fixed(0);
    material = hasCapability ? scenario.capability().material() : zero;
    production = hasCapability ? scenario.capability().production() : zero;
    perWarhead = hasCapability ? scenario.capability().perWarhead() : new Distribution.Fixed(1);
    warheads = hasCapability ? scenario.capability().warheads() : zero;
    assembly = hasCapability ? scenario.capability().assembly() : zero;

    if (generate) {
      generateBytecode(ix);
    }

    stepsWithRest = new long[(steps + 63) >>> 6];
    deciders = new long[stepsWithRest.length];
    for (int s = 0; s < steps; s++) {
      if (offerRest[s] != null || preconditionRest[s] != null) {
        stepsWithRest[s >>> 6] |= 1L << s;
      }
      if (stepGroup[s] < 0 || groupMembers[stepGroup[s]][0] == s) {
        deciders[s >>> 6] |= 1L << s;
      }
    }
    supportModel = scenario.model().support();
    threshold = scenario.model().threshold();
    List<String> names = new ArrayList<>();
    env.forEach(v -> names.add(v.id()));
    if (hasCapability) {
      names.add("warheads");
      names.add("material");
    }
    seriesNames = List.copyOf(names);
  }

  private static long[] radix(int actors, int slots, int steps) {
    long[] radix = new long[actors];
    long product = Math.max(1, steps);
    for (int a = 0; a < actors; a++) {
      radix[a] = product;
      if (product > Long.MAX_VALUE / slots) {
        return null;
      }
      product *= slots;
    }
    return radix;
  }

  /** Compiles {@code e} into {@code array[index]} (left null when {@code e} is) and remembers where. */
  private void compile(ExpressionCompiler compiler, Expression e, boolean condition, Node[] array, int index) {
    array[index] = compiler.compile(e, null);
    if (e != null && !(array[index] instanceof Nodes.Threshold)) { // a threshold stays as it is: see there
      compiledSlots.add(new Slot(e, condition, array, index));
    }
  }

  /**
   * Replaces every expression node with generated code, and sets {@link #code}; leaves the trees
   * when it cannot be written or defined.
   */
  private void generateBytecode(Indexes ix) {
    ExpressionBytecode expressions = new ExpressionBytecode(ix);
    int[] ids = new int[compiledSlots.size()];
    for (int k = 0; k < compiledSlots.size(); k++) {
      ids[k] = expressions.add(compiledSlots.get(k).expression(), compiledSlots.get(k).condition());
    }
    List<EnvironmentVariable> env = scenario.environment();
    for (int v = 0; v < variables; v++) {
      if (env.get(v).update() != null) {
        expressions.update(v, env.get(v).update());
      }
    }
    for (int e : stochasticEvents) {
      List<HazardFactor> factors = ((Event.Stochastic) scenario.events().get(e)).factors();
      expressions.hazard(e, hazardBase[e], factors.stream().map(HazardFactor::when).toList(), factorTimes[e]);
    }
    int breakdownId = breakdownWhen == null ? -1 : expressions.add(scenario.breakdown().when(), true);
    BytecodeCompiler.Generated generated = BytecodeCompiler.compile(expressions);
    if (generated == null) {
      return;
    }
    code = generated.code();
    for (int k = 0; k < compiledSlots.size(); k++) {
      Slot slot = compiledSlots.get(k);
      slot.array()[slot.index()] = generated.nodes()[ids[k]];
    }
    if (breakdownId >= 0) {
      breakdownWhen = generated.nodes()[breakdownId];
    }
  }

  /** Whether the expressions run as generated bytecode (else as interpreted trees). */
  boolean generated() {
    return code != null;
  }

  private void compileScheduled(int e, Event.Scheduled s, Indexes ix, ExpressionCompiler compiler) {
    scheduled[e] = true;
    eventMonth[e] = monthIndex(s.date().getYear(), s.date().getMonthValue());
    List<Outcome> outcomes = s.outcomes();
    outcomeProbability[e] = outcomes.stream().mapToDouble(Outcome::probability).toArray();
    outcomeProfiles[e] = new int[outcomes.size()][];
    outcomeEffectVariables[e] = new int[outcomes.size()][];
    outcomeEffectDeltas[e] = new double[outcomes.size()][];
    for (int o = 0; o < outcomes.size(); o++) {
      Outcome outcome = outcomes.get(o);
      int[] switches = new int[outcome.profiles().size() * 2];
      int k = 0;
      for (Map.Entry<String, String> sw : outcome.profiles().entrySet()) {
        switches[k++] = ix.actors.get(sw.getKey());
        switches[k++] = ix.profiles.get(sw.getKey()).get(sw.getValue());
      }
      outcomeProfiles[e][o] = switches;
      outcomeEffectVariables[e][o] = variableIndexes(outcome.effects(), ix);
      outcomeEffectDeltas[e][o] = deltas(outcome.effects());
    }
    List<ConditionalProbabilities> tables = s.conditional();
    conditionalWhen[e] = new Node[tables.size()];
    conditionalProbability[e] = new double[tables.size()][];
    for (int t = 0; t < tables.size(); t++) {
      compile(compiler, tables.get(t).when(), true, conditionalWhen[e], t);
      double[] p = new double[outcomes.size()];
      for (int o = 0; o < outcomes.size(); o++) {
        p[o] = tables.get(t).probabilities().getOrDefault(outcomes.get(o).id(), 0.0);
      }
      conditionalProbability[e][t] = p;
    }
  }

  private void checkGiven(String eventId, String outcomeId, Indexes ix) {
    ScheduledOutcomes.check(scenario, eventId, outcomeId, Location.of("--given " + eventId + "=" + outcomeId),
        "no outcome can be given for it");
    givenOutcome[ix.events.get(eventId)] = ix.outcomes.get(eventId).get(outcomeId);
  }

  private void fillProfile(int actor, int slot, Profile profile, Indexes ix) {
    int row = actor * profileSlots + slot;
    capability[row] = profile.capability();
    for (Map.Entry<String, Position> p : profile.positions().entrySet()) {
      int issue = ix.issues.get(p.getKey());
      position[row * issues + issue] = p.getValue().position();
      salience[row * issues + issue] = p.getValue().salience();
    }
  }

  private int monthIndex(int year, int month) {
    return year * 12 + month - 1 - startDate;
  }

  private static int[] variableIndexes(Map<String, Double> deltas, Indexes ix) {
    return deltas.keySet().stream().sorted().mapToInt(ix.variables::get).toArray();
  }

  private static double[] deltas(Map<String, Double> deltas) {
    return deltas.entrySet().stream().sorted(Map.Entry.comparingByKey()).mapToDouble(Map.Entry::getValue).toArray();
  }

  /** Whether step support comes from a full bargaining model's forecast (see {@link ForecastSupport}). */
  boolean usesForecasts() {
    return "eu".equals(supportModel) || "smp".equals(supportModel);
  }

  /** A fresh support function for one worker (some keep scratch arrays). */
  SupportFunction newSupportFunction() {
    if ("median".equals(supportModel)) {
      return new MedianSupport(actors);
    }
    return new CompromiseSupport();
  }
}
