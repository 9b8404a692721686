package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Location;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.expr.ExpressionParser;

/**
 * Every construct of the expression language, written as bytecode, gives bit for bit what the tree
 * interpreter gives, on random states that include zero, negative zero, NaN and infinities.
 */
class ExpressionBytecodeTest {
  private static final long SEED = 20121001L;

  private static final List<String> NUMBERS = List.of(
      "threat + alliance * 2 - momentum / tension",
      "-threat",
      "tension / 0",
      "min(threat, max(alliance, 0.3)) + abs(momentum - 1)",
      "clamp(threat * 3, 0, 1)",
      "if(profile(us-exec, republican), 0.15, 0.3) + position(us-exec, nuclear-status) / 100",
      "progress(government) + state(nuclear-status) + space(us-exec) + space(us-public)",
      "count(missile-test) + months-since(missile-test) + date + month + months-since-progress",
      "warheads - material + 2015-01",
      "if(tension >= 0.5 and not reached(end-of-war-declaration), threat, -alliance)");

  private static final List<String> CONDITIONS = List.of(
      "verified(freeze-moratorium) or agreed(security-assurances) and not reversed(peace-forum)",
      "implementing(freeze-moratorium) != implemented(freeze-moratorium)",
      "proposed(peace-forum) == verified(peace-forum)",
      "reached(end-of-war-declaration)",
      "outcome(us-election-2012, republican) or outcome(rok-election-2012, hardline)",
      "threat < alliance", "threat <= alliance", "threat > alliance", "threat >= alliance",
      "threat == alliance", "threat != alliance",
      "tension >= 0.9", "0.9 < tension",
      "if(tension >= 0.5, verified(peace-forum), momentum < 0.1)",
      "true and false or not false",
      "count(missile-test) >= 1 and months-since(missile-test) <= 3");

  @Test
  void bytecodeAndTreesAgreeOnEveryConstruct() throws Exception {
    Scenario scenario = Scenarios.load("korea-2012");
    Indexes ix = new Indexes(scenario);
    ExpressionCompiler trees = new ExpressionCompiler(ix);
    ExpressionBytecode bytecode = new ExpressionBytecode(ix);
    int[] numberIds = new int[NUMBERS.size()];
    int[] conditionIds = new int[CONDITIONS.size()];
    for (int k = 0; k < NUMBERS.size(); k++) {
      numberIds[k] = bytecode.add(expression(NUMBERS.get(k)), false);
    }
    for (int k = 0; k < CONDITIONS.size(); k++) {
      conditionIds[k] = bytecode.add(expression(CONDITIONS.get(k)), true);
    }
    BytecodeCompiler.Generated generated = BytecodeCompiler.compile(bytecode);
    assertThat(generated).isNotNull();
    UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(SEED);
    for (int round = 0; round < 500; round++) {
      RandomState state = new RandomState(scenario, random);
      for (int k = 0; k < NUMBERS.size(); k++) {
        double tree = trees.compile(expression(NUMBERS.get(k)), null).num(state);
        double code = generated.nodes()[numberIds[k]].num(state);
        assertThat(Double.doubleToRawLongBits(code)).as("%s on state %d (seed %d)", NUMBERS.get(k), round, SEED)
            .isEqualTo(Double.doubleToRawLongBits(tree));
      }
      for (int k = 0; k < CONDITIONS.size(); k++) {
        boolean tree = trees.compile(expression(CONDITIONS.get(k)), null).test(state);
        assertThat(generated.nodes()[conditionIds[k]].test(state)).as("%s on state %d (seed %d)", CONDITIONS.get(k), round, SEED)
            .isEqualTo(tree);
      }
    }
  }

  @Test
  void updateAndHazardComputeEachRuleAndFactorInOrder() throws Exception {
    Scenario scenario = Scenarios.load("korea-2012");
    Indexes ix = new Indexes(scenario);
    ExpressionBytecode bytecode = new ExpressionBytecode(ix);
    bytecode.update(1, expression("threat * 2"));
    bytecode.update(3, expression("alliance + 1"));
    bytecode.hazard(5, 0.1, java.util.Arrays.asList(null, expression("tension >= 0.5"), expression("threat > 10")),
        new double[] {3, 0.5, 100});
    GeneratedExpressions generated = BytecodeCompiler.compile(bytecode).code();
    RandomState state = new RandomState(scenario, RandomSource.XO_SHI_RO_256_PP.create(SEED));
    state.variables[ix.variables.get("threat")] = 2;
    state.variables[ix.variables.get("alliance")] = 0.25;
    state.variables[ix.variables.get("tension")] = 0.6;
    double[] next = {-1, -1, -1, -1, -1, -1};
    generated.update(state, next);
    assertThat(next).containsExactly(-1, 4, -1, 1.25, -1, -1);
    // 0.1 x 3 (no condition) x 0.5 (tension >= 0.5), not x 100: in that order, as the engine multiplies
    assertThat(generated.hazard(5, state)).isEqualTo(0.1 * 3 * 0.5);
  }

  @Test
  void aMethodTooLargeToWriteLeavesTheTrees() throws Exception {
    // 3,000 events of three factors each make a hazard method of about 100 KB, past the 64 KB a
    // method may have.
    ExpressionBytecode bytecode = new ExpressionBytecode(new Indexes(Scenarios.load("korea-2012")));
    Expression when = expression("tension >= 0.5");
    for (int e = 0; e < 3_000; e++) {
      bytecode.hazard(e, 0.01, List.of(when, when, when), new double[] {2, 2, 2});
    }
    assertThat(BytecodeCompiler.compile(bytecode)).isNull();
  }

  private static Expression expression(String text) throws Exception {
    return new Expression(text, ExpressionParser.parse(text), Location.of("test"));
  }

  /** A state drawn at random, with the awkward numbers among the variables. */
  private static final class RandomState implements State {
    private static final double[] AWKWARD = {0, -0.0, 0.5, 0.9, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY};
    final double[] variables;
    private final int[] stages;
    private final int[] profiles;
    private final int[] outcomes;
    private final boolean[] milestones;
    private final double draw;
    private final int month;

    RandomState(Scenario s, UniformRandomProvider random) {
      variables = new double[s.environment().size()];
      for (int v = 0; v < variables.length; v++) {
        variables[v] = random.nextInt(3) == 0 ? AWKWARD[random.nextInt(AWKWARD.length)] : random.nextDouble();
      }
      stages = random.ints(s.steps().size(), 0, StepStage.REVERSED + 1).toArray();
      profiles = random.ints(s.actors().size(), 0, 3).toArray();
      outcomes = random.ints(s.events().size(), -1, 3).toArray();
      milestones = new boolean[s.milestones().size()];
      for (int k = 0; k < milestones.length; k++) {
        milestones[k] = random.nextBoolean();
      }
      draw = random.nextInt(4) == 0 ? AWKWARD[random.nextInt(AWKWARD.length)] : 100 * random.nextDouble();
      month = random.nextInt(200);
    }

    @Override
    public int month() {
      return month;
    }

    @Override
    public int date() {
      return 24_000 + month;
    }

    @Override
    public int monthsSinceProgress() {
      return month / 3;
    }

    @Override
    public double variable(int index) {
      return variables[index];
    }

    @Override
    public double warheads() {
      return draw;
    }

    @Override
    public double material() {
      return draw / 2;
    }

    @Override
    public int stage(int step) {
      return stages[step];
    }

    @Override
    public boolean milestoneHolds(int milestone) {
      return milestones[milestone];
    }

    @Override
    public double progress(int track) {
      return (track + 1) / 4.0;
    }

    @Override
    public double space(int actor) {
      return actor % 2 == 0 ? variables[actor % variables.length] : 1;
    }

    @Override
    public double position(int actor, int issue) {
      return draw + actor - issue;
    }

    @Override
    public double issueState(int issue) {
      return draw * issue;
    }

    @Override
    public int profile(int actor) {
      return profiles[actor];
    }

    @Override
    public int outcome(int scheduledEvent) {
      return outcomes[scheduledEvent];
    }

    @Override
    public int count(int stochasticEvent) {
      return month % 5;
    }

    @Override
    public int monthsSince(int event) {
      return month % 7;
    }
  }
}
