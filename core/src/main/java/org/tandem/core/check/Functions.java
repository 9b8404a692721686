package org.tandem.core.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in names and functions of the expression language, with their argument kinds. */
final class Functions {
  /** Step predicates, in the order of a step's life (reversed last). */
  static final List<String> STEP_STATES =
      List.of("proposed", "agreed", "implementing", "implemented", "verified", "reversed");

  /** Built-in variables that are always there. */
  static final Set<String> VARIABLES = Set.of("date", "month", "months-since-progress");

  /** Built-in variables that exist when the scenario has a capability model. */
  static final Set<String> CAPABILITY_VARIABLES = Set.of("warheads", "material");
  /** The expression language's words, which cannot name a value either. */
  static final Set<String> KEYWORDS = Set.of("and", "or", "not");

  /** What an argument must name, or NUMBER/BOOLEAN/ANY for a value. */
  enum Arg { STEP, MILESTONE, TRACK, ACTOR, ISSUE, PROFILE_OF_PREVIOUS_ACTOR, SCHEDULED_EVENT,
    OUTCOME_OF_PREVIOUS_EVENT, STOCHASTIC_EVENT, EVENT, NUMBER, BOOLEAN, ANY }

  /** A function's signature; a result of ANY means "the type of the 2nd and 3rd arguments" (if). */
  record Signature(List<Arg> args, Arg result) {}

  static final Map<String, Signature> SIGNATURES = Map.ofEntries(
      Map.entry("proposed", new Signature(List.of(Arg.STEP), Arg.BOOLEAN)),
      Map.entry("agreed", new Signature(List.of(Arg.STEP), Arg.BOOLEAN)),
      Map.entry("implementing", new Signature(List.of(Arg.STEP), Arg.BOOLEAN)),
      Map.entry("implemented", new Signature(List.of(Arg.STEP), Arg.BOOLEAN)),
      Map.entry("verified", new Signature(List.of(Arg.STEP), Arg.BOOLEAN)),
      Map.entry("reversed", new Signature(List.of(Arg.STEP), Arg.BOOLEAN)),
      Map.entry("reached", new Signature(List.of(Arg.MILESTONE), Arg.BOOLEAN)),
      Map.entry("progress", new Signature(List.of(Arg.TRACK), Arg.NUMBER)),
      Map.entry("space", new Signature(List.of(Arg.ACTOR), Arg.NUMBER)),
      Map.entry("position", new Signature(List.of(Arg.ACTOR, Arg.ISSUE), Arg.NUMBER)),
      Map.entry("state", new Signature(List.of(Arg.ISSUE), Arg.NUMBER)),
      Map.entry("profile", new Signature(List.of(Arg.ACTOR, Arg.PROFILE_OF_PREVIOUS_ACTOR), Arg.BOOLEAN)),
      Map.entry("outcome", new Signature(List.of(Arg.SCHEDULED_EVENT, Arg.OUTCOME_OF_PREVIOUS_EVENT), Arg.BOOLEAN)),
      Map.entry("count", new Signature(List.of(Arg.STOCHASTIC_EVENT), Arg.NUMBER)),
      Map.entry("months-since", new Signature(List.of(Arg.EVENT), Arg.NUMBER)),
      Map.entry("min", new Signature(List.of(Arg.NUMBER, Arg.NUMBER), Arg.NUMBER)),
      Map.entry("max", new Signature(List.of(Arg.NUMBER, Arg.NUMBER), Arg.NUMBER)),
      Map.entry("abs", new Signature(List.of(Arg.NUMBER), Arg.NUMBER)),
      Map.entry("clamp", new Signature(List.of(Arg.NUMBER, Arg.NUMBER, Arg.NUMBER), Arg.NUMBER)),
      Map.entry("if", new Signature(List.of(Arg.BOOLEAN, Arg.ANY, Arg.ANY), Arg.ANY)));

  private Functions() {}
}
