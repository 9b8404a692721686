package org.tandem.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.expr.Expr;

/**
 * The structural conditions a replication caches, and what makes each stale: for every step,
 * actor, scheduled event and issue, the conditions that read its stage, profile, outcome or state.
 * A replication marks those conditions stale when the thing changes and evaluates a stale one when
 * it is next read, so a condition is evaluated once per change of what it reads rather than every
 * month.
 */
final class CachedConditions {
  /** The conditions, compiled; replaced by generated code when expressions are compiled to bytecode. */
  final Node[] when;
  final List<Expression> expressions;
  /** The step whose availability the condition decides, or -1. */
  final int[] owner;
  final int[][] byStep;
  final int[][] byActor;
  final int[][] byEvent;
  final int[][] byIssue;

  private CachedConditions(Builder b) {
    when = b.nodes.toArray(new Node[0]);
    expressions = List.copyOf(b.expressions);
    owner = b.owners.stream().mapToInt(Integer::intValue).toArray();
    byStep = invert(b.steps, b.ix.steps.size());
    byActor = invert(b.actors, b.ix.actors.size());
    byEvent = invert(b.events, b.ix.events.size());
    byIssue = invert(b.issues, b.ix.issues.size());
  }

  int size() {
    return when.length;
  }

  private static int[][] invert(List<Set<Integer>> readsOf, int things) {
    List<List<Integer>> readers = new ArrayList<>();
    for (int t = 0; t < things; t++) {
      readers.add(new ArrayList<>());
    }
    for (int c = 0; c < readsOf.size(); c++) {
      for (int t : readsOf.get(c)) {
        readers.get(t).add(c);
      }
    }
    int[][] out = new int[things][];
    for (int t = 0; t < things; t++) {
      out[t] = readers.get(t).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** Collects the conditions while a scenario is compiled. */
  static final class Builder {
    private final Indexes ix;
    private final int[][] trackSteps;
    private final ExpressionCompiler compiler;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Expression> expressions = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();
    private final List<Set<Integer>> steps = new ArrayList<>();
    private final List<Set<Integer>> actors = new ArrayList<>();
    private final List<Set<Integer>> events = new ArrayList<>();
    private final List<Set<Integer>> issues = new ArrayList<>();

    Builder(Indexes ix, int[][] trackSteps, ExpressionCompiler compiler) {
      this.ix = ix;
      this.trackSteps = trackSteps;
      this.compiler = compiler;
    }

    /**
     * Adds a structural condition; returns its id, or -1 when {@code e} is null (always true).
     *
     * @param owner the step whose availability it decides, or -1
     */
    int add(Expression e, int owner) {
      if (e == null) {
        return -1;
      }
      if (!ExpressionCompiler.isStructural(e)) {
        throw new IllegalArgumentException("not structural: " + e.text());
      }
      Set<Integer> s = new TreeSet<>();
      Set<Integer> a = new TreeSet<>();
      Set<Integer> ev = new TreeSet<>();
      Set<Integer> i = new TreeSet<>();
      e.root().walk(node -> {
        if (node instanceof Expr.Call c) {
          reads(c, s, a, ev, i);
        }
      });
      nodes.add(compiler.compile(e, null));
      expressions.add(e);
      owners.add(owner);
      steps.add(s);
      actors.add(a);
      events.add(ev);
      issues.add(i);
      return nodes.size() - 1;
    }

    private void reads(Expr.Call c, Set<Integer> s, Set<Integer> a, Set<Integer> ev, Set<Integer> i) {
      List<Expr> args = c.args();
      switch (c.function()) {
        case "proposed", "agreed", "implementing", "implemented", "verified", "reversed" ->
            s.add(ix.step(args.get(0)));
        case "progress" -> {
          for (int member : trackSteps[ix.track(args.get(0))]) {
            s.add(member);
          }
        }
        case "profile" -> a.add(ix.actor(args.get(0)));
        case "position" -> a.add(ix.actor(args.get(0)));
        case "state" -> i.add(ix.issue(args.get(0)));
        case "outcome" -> ev.add(ix.event(args.get(0)));
        default -> {
          // arithmetic and conditional functions read only their arguments, visited by the walk
        }
      }
    }

    CachedConditions build() {
      return new CachedConditions(this);
    }
  }
}
