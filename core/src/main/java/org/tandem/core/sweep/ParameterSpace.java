package org.tandem.core.sweep;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.check.CheckResult;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.Assumption;
import org.tandem.core.scenario.Scenario;

/**
 * The numbers of one scenario file that a sweep can vary, and the scenario at any values of them.
 *
 * <p>A number is addressed by its assumption path (see {@link Assumption}). Setting it rewrites
 * the number in the file's text ({@link ScenarioText}) and loads and checks the result with
 * {@link Scenarios#check}, so that every rule of the format and every check applies to the varied
 * scenario exactly as to a hand-edited file; a violation is a user error that names the parameters
 * and their values.
 */
public final class ParameterSpace {
  private final String sourceName;
  private final Scenario scenario;
  private final ScenarioText text;
  private final Map<String, Assumption> byPath = new LinkedHashMap<>();
  /** Paths whose number is shared with another path (a YAML alias), to the other path. */
  private final Map<String, String> aliased = new HashMap<>();

  private ParameterSpace(String sourceName, Scenario scenario) {
    this.sourceName = sourceName;
    this.scenario = scenario;
    this.text = new ScenarioText(scenario.text());
    Map<Location, String> seen = new HashMap<>();
    for (Assumption a : scenario.assumptions()) {
      String other = seen.putIfAbsent(a.location(), a.path());
      if (other != null) {
        aliased.put(a.path(), other);
        aliased.put(other, a.path());
      }
      if (!byPath.containsKey(a.path())) {
        text.span(a); // every recorded number is a plain number at its location
        byPath.put(a.path(), a);
      }
    }
  }

  /** The space of a scenario file's bytes; a scenario with errors is a user error. */
  public static ParameterSpace of(byte[] bytes, String sourceName) {
    CheckResult result = Scenarios.check(bytes, sourceName);
    if (!result.ok()) {
      throw new UserException(result.diagnostics().stream().filter(Diagnostic::isError).toList());
    }
    return new ParameterSpace(sourceName, result.scenario());
  }

  /** The scenario as written. */
  public Scenario scenario() {
    return scenario;
  }

  /** Every number that can be varied, in file order. */
  public List<Assumption> parameters() {
    return List.copyOf(byPath.values());
  }

  /**
   * The parameters of {@code ranges}, checked: each path exists, appears once, is not shared with
   * another number through a YAML alias, and the scenario passes its checks with the parameter at
   * either end of its range (the others at their values). Every problem is reported at once.
   */
  public List<Parameter> resolve(List<ParameterRange> ranges) {
    Problems problems = new Problems();
    List<Parameter> out = resolve(ranges, problems);
    problems.throwIfErrors();
    return out;
  }

  /**
   * As {@link #resolve(List)}, but adds every problem to {@code problems} and returns the
   * parameters that passed, so that the problems of ranges read elsewhere (a params file's
   * malformed lines) are reported with these. The ends of each range that names a number are
   * checked even when other ranges are wrong. With no ranges at all, that is a problem unless
   * {@code problems} already holds errors (ranges that could not be read).
   */
  public List<Parameter> resolve(List<ParameterRange> ranges, Problems problems) {
    if (ranges.isEmpty()) {
      if (!problems.hasErrors()) {
        problems.error("missing-key", Location.of("--param"), "a sweep needs at least one --param"
            + " PATH=LOW:HIGH (tandem sweep --list-params shows the paths)");
      }
      return List.of();
    }
    List<Parameter> out = new ArrayList<>();
    Map<String, ParameterRange> seen = new HashMap<>();
    for (ParameterRange r : ranges) {
      Assumption a = byPath.get(r.path());
      if (a == null) {
        problems.add(Diagnostic.error("unknown-id", r.given(), "'" + r.path() + "' is not a number of scenario "
            + scenario.id() + Suggestions.hint(r.path(), byPath.keySet())
            + " (tandem sweep --list-params " + sourceName + " lists them)"));
      } else if (seen.putIfAbsent(r.path(), r) != null) {
        problems.add(Diagnostic.error("duplicate-id", r.given(), "'" + r.path() + "' is swept twice (also at "
            + seen.get(r.path()).given() + ")"));
      } else if (aliased.containsKey(r.path())) {
        problems.add(Diagnostic.error("out-of-range", r.given(), "'" + r.path() + "' is the same YAML node as '"
            + aliased.get(r.path()) + "' (an alias), so it cannot be varied alone"));
      } else {
        out.add(new Parameter(a, r));
      }
    }
    boolean endsOk = true;
    for (int i = 0; i < out.size(); i++) {
      for (double end : new double[] {out.get(i).range().low(), out.get(i).range().high()}) {
        double[] values = baseValues(out);
        values[i] = end;
        try {
          scenarioAt(out, values);
        } catch (UserException e) {
          problems.addAll(e.diagnostics());
          endsOk = false;
        }
      }
    }
    return endsOk ? List.copyOf(out) : List.of();
  }

  /** The values the scenario gives {@code parameters}. */
  public static double[] baseValues(List<Parameter> parameters) {
    double[] values = new double[parameters.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = parameters.get(i).base();
    }
    return values;
  }

  /**
   * The checked scenario with {@code parameters} set to {@code values}. When it fails a check the
   * user error names every varied parameter whose value differs from the scenario's, with the
   * original problem and its location in the file.
   */
  public Scenario scenarioAt(List<Parameter> parameters, double[] values) {
    List<Assumption> numbers = parameters.stream().map(Parameter::assumption).toList();
    String edited = text.with(numbers, values);
    CheckResult result = Scenarios.check(edited.getBytes(StandardCharsets.UTF_8), sourceName);
    if (result.ok()) {
      return result.scenario();
    }
    List<String> changed = new ArrayList<>();
    Location where = null;
    for (int i = 0; i < values.length; i++) {
      if (Double.compare(values[i], parameters.get(i).base()) != 0) {
        changed.add(parameters.get(i).path() + " = " + ParameterRange.format(values[i]));
        where = where == null ? parameters.get(i).range().given() : Location.of("--param");
      }
    }
    Location at = where == null ? Location.of(sourceName) : where;
    String with = changed.isEmpty() ? "at its own values" : "with " + String.join(", ", changed) + ",";
    List<Diagnostic> errors = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      if (d.isError()) {
        errors.add(Diagnostic.error(d.code(), at, with + " the scenario fails its checks: " + d.message()
            + " (" + d.location() + ")"));
      }
    }
    throw new UserException(errors);
  }
}
