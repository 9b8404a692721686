package org.tandem.core.sim;

/**
 * Says what stood in the way of a milestone that a run did not reach: the first unmet part of its
 * condition, followed through steps into their own preconditions, down to a step that was
 * withheld by the strategy, never agreed, still in progress or reversed, or to an unmet threshold
 * (a comparison, shown as written). Labels are built once, so counting them allocates nothing.
 */
final class BlockerFinder {
  private static final int MAX_DEPTH = 32;

  private final CompiledScenario m;
  private final String[] withheld;
  private final String[] notAgreed;
  private final String[] inProgress;
  private final String[] reversed;
  private final String[] brokenDown;
  private final String[] unmet;

  BlockerFinder(CompiledScenario model) {
    this.m = model;
    withheld = new String[m.steps];
    notAgreed = new String[m.steps];
    inProgress = new String[m.steps];
    reversed = new String[m.steps];
    brokenDown = new String[m.steps];
    unmet = new String[m.steps];
    for (int s = 0; s < m.steps; s++) {
      String id = m.scenario.steps().get(s).id();
      var preconditions = m.scenario.steps().get(s).preconditions();
      unmet[s] = id + ": its preconditions do not hold"
          + (preconditions == null ? "" : " (" + preconditions.text().strip() + ")");
      withheld[s] = id + ": not offered by the strategy";
      notAgreed[s] = id + ": offered but not agreed";
      inProgress[s] = id + ": still being implemented or verified";
      reversed[s] = id + ": reversed";
      brokenDown[s] = id + ": process broke down before it";
    }
  }

  /** The blocker of milestone {@code k} in the state at the end of a run. */
  String blocker(int k, Replication r) {
    String label = explain(m.milestoneTree[k], r, 0);
    return label == null ? "(condition not met)" : label;
  }

  private String explain(Node node, Replication r, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (node instanceof Nodes.And and) {
      return and.left.test(r) ? explain(and.right, r, depth) : explain(and.left, r, depth);
    }
    if (node instanceof Nodes.Or or) {
      return explain(or.left, r, depth);
    }
    if (node instanceof Nodes.AtLeast atLeast) {
      return step(atLeast.step, r, depth);
    }
    if (node instanceof Nodes.Reversed rev) {
      return "not reversed: " + m.scenario.steps().get(rev.step).id();
    }
    if (comparison(node) != null) {
      return comparison(node);
    }
    if (node instanceof Nodes.Not not && comparison(not.operand) != null) {
      return "not " + comparison(not.operand);
    }
    return null;
  }

  /** A comparison's text as written, or null when {@code node} is not a comparison. */
  private static String comparison(Node node) {
    if (node instanceof Nodes.Compare compare) {
      return compare.text;
    }
    return node instanceof Nodes.Threshold threshold ? threshold.text : null;
  }

  private String step(int s, Replication r, int depth) {
    int stage = r.stage(s);
    if (StepStage.holds(stage)) {
      return inProgress[s];
    }
    if (stage == StepStage.REVERSED && !m.repeatable[s]) {
      return reversed[s];
    }
    Node pre = m.preconditionTree[s];
    if (pre != null && !pre.test(r)) {
      // A part the finder cannot follow further (an outcome, a count, ...): the step was never
      // available, so it was not "offered but not agreed".
      String deeper = explain(pre, r, depth + 1);
      return deeper != null ? deeper : unmet[s];
    }
    if (r.halted()) {
      return brokenDown[s];
    }
    if (!r.offered(s)) {
      return withheld[s];
    }
    return stage == StepStage.REVERSED ? reversed[s] : notAgreed[s];
  }
}
