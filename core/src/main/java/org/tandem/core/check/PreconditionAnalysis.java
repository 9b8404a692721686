package org.tandem.core.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.core.error.Problems;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;

/**
 * Analyses of the precondition graph: requirement cycles (a member of a reciprocal group requires
 * what the other members require), steps that can never be taken (dead steps), milestones that can therefore never be reached, and reciprocal groups whose members'
 * preconditions contradict each other or wait on each other.
 */
final class PreconditionAnalysis {
  private static final Set<String> AFTER_AGREEMENT = Set.of("agreed", "implementing", "implemented", "verified");

  private final Scenario scenario;
  private final Problems problems;
  private final Map<String, Step> steps = new LinkedHashMap<>();
  private final Map<String, List<Step>> groups = new LinkedHashMap<>();

  private PreconditionAnalysis(Scenario scenario, Problems problems) {
    this.scenario = scenario;
    this.problems = problems;
    for (Step step : scenario.steps()) {
      steps.put(step.id(), step);
      if (!step.reciprocal().isEmpty()) {
        groups.computeIfAbsent(step.reciprocal(), g -> new ArrayList<>()).add(step);
      }
    }
  }

  /** Runs every analysis; the scenario's references and expressions must already be valid. */
  static void run(Scenario scenario, Problems problems) {
    new PreconditionAnalysis(scenario, problems).analyse();
  }

  private void analyse() {
    Set<String> inCycles = cycles();
    reciprocalGroups();
    Set<String> possible = possibleSteps();
    Feasibility feasibility = new Feasibility(scenario, possible);
    for (Step step : steps.values()) {
      if (possible.contains(step.id()) || inCycles.contains(step.id())) {
        continue;
      }
      String why;
      if (step.preconditions() != null && feasibility.condition(step.preconditions().root()) == Tri.FALSE) {
        why = feasibility.reason();
      } else {
        why = "a member of its reciprocal group '" + step.reciprocal() + "' can never be taken";
      }
      problems.error("dead-step", where(step), "step '" + step.id() + "' can never be taken: " + why);
    }
    for (Milestone milestone : scenario.milestones()) {
      if (feasibility.condition(milestone.when().root()) == Tri.FALSE) {
        problems.error("unreachable-milestone", milestone.when().location(), "milestone '" + milestone.id()
            + "' can never be reached: " + feasibility.reason());
      }
    }
  }

  /** Reports requirement cycles; returns the steps on them. */
  private Set<String> cycles() {
    Map<String, List<String>> requires = new LinkedHashMap<>();
    for (Step step : steps.values()) {
      Set<String> targets = new LinkedHashSet<>(ownRequirements(step));
      // A member of a reciprocal group is agreed only together with the others, so it waits on
      // what they wait on too. Waiting on a member of its own group is a reciprocal-conflict.
      if (!step.reciprocal().isEmpty()) {
        Set<String> group = new HashSet<>();
        groups.get(step.reciprocal()).forEach(m -> group.add(m.id()));
        for (Step mate : groups.get(step.reciprocal())) {
          if (mate != step) {
            ownRequirements(mate).stream().filter(r -> !group.contains(r)).forEach(targets::add);
          }
        }
      }
      requires.put(step.id(), new ArrayList<>(targets));
    }
    Set<String> onCycles = new HashSet<>();
    for (List<String> component : new StronglyConnected(requires).components()) {
      String first = component.get(0);
      boolean selfLoop = requires.get(first).contains(first);
      if (component.size() == 1 && !selfLoop) {
        continue;
      }
      onCycles.addAll(component);
      List<String> cycle = cycleThrough(first, new HashSet<>(component), requires);
      problems.error("precondition-cycle", where(steps.get(first)), "steps require each other in a cycle, so none of "
          + "them can ever be taken: " + String.join(" -> ", cycle));
    }
    return onCycles;
  }

  /** The steps that {@code step}'s own preconditions cannot hold without. */
  private Set<String> ownRequirements(Step step) {
    Set<String> out = new LinkedHashSet<>();
    if (step.preconditions() != null) {
      for (String required : NecessaryLiterals.requiredSteps(step.preconditions().root())) {
        if (steps.containsKey(required)) {
          out.add(required);
        }
      }
    }
    return out;
  }

  private static List<String> cycleThrough(String start, Set<String> within, Map<String, List<String>> requires) {
    Map<String, String> parent = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      String node = queue.poll();
      for (String next : requires.get(node)) {
        if (!within.contains(next)) {
          continue;
        }
        if (next.equals(start)) {
          List<String> path = new ArrayList<>();
          for (String n = node; n != null; n = parent.get(n)) {
            path.add(0, n);
          }
          path.add(start);
          return path;
        }
        if (!parent.containsKey(next) && !next.equals(start)) {
          parent.put(next, node);
          queue.add(next);
        }
      }
    }
    return List.of(start, start);
  }

  private void reciprocalGroups() {
    for (Map.Entry<String, List<Step>> group : groups.entrySet()) {
      List<Step> members = group.getValue();
      if (members.size() == 1) {
        problems.warning("lonely-reciprocal", members.get(0).location(), "reciprocal group '" + group.getKey()
            + "' has only one member, step '" + members.get(0).id() + "'");
        continue;
      }
      Set<String> ids = new HashSet<>();
      members.forEach(m -> ids.add(m.id()));
      List<Literal> all = new ArrayList<>();
      for (Step member : members) {
        if (member.preconditions() == null) {
          continue;
        }
        for (Literal l : NecessaryLiterals.of(member.preconditions().root())) {
          all.add(l);
          if (l.positive() && ids.contains(l.step()) && AFTER_AGREEMENT.contains(l.state())) {
            problems.error("reciprocal-conflict", where(member), "step '" + member.id() + "' requires "
                + l.key() + ", but both are in reciprocal group '" + group.getKey()
                + "' and are agreed in the same month, so neither can ever be taken");
          }
        }
      }
      String contradiction = NecessaryLiterals.contradiction(all);
      if (contradiction != null) {
        problems.error("reciprocal-conflict", where(members.get(0)), "the preconditions of reciprocal group '"
            + group.getKey() + "' contradict each other: " + contradiction);
      }
    }
  }

  /** Fixpoint: the steps whose preconditions may hold once the possible steps can be taken. */
  private Set<String> possibleSteps() {
    Set<String> possible = new LinkedHashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      Feasibility feasibility = new Feasibility(scenario, possible);
      Set<String> candidates = new HashSet<>();
      for (Step step : steps.values()) {
        if (step.preconditions() == null || feasibility.condition(step.preconditions().root()) != Tri.FALSE) {
          candidates.add(step.id());
        }
      }
      for (Step step : steps.values()) {
        if (possible.contains(step.id()) || !candidates.contains(step.id())) {
          continue;
        }
        boolean groupReady = true;
        if (!step.reciprocal().isEmpty()) {
          for (Step member : groups.get(step.reciprocal())) {
            groupReady &= candidates.contains(member.id());
          }
        }
        if (groupReady) {
          possible.add(step.id());
          changed = true;
        }
      }
    }
    return possible;
  }

  private static org.tandem.core.error.Location where(Step step) {
    return step.preconditions() != null ? step.preconditions().location() : step.location();
  }
}
