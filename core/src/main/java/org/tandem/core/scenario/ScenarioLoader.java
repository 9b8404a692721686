package org.tandem.core.scenario;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.Utf8;

/**
 * Reads a scenario file into a {@link Scenario}, reporting every structural error (YAML syntax,
 * unknown keys, wrong types, out-of-range values, duplicate ids, bad expressions, probabilities that
 * do not sum to 1) with its location. References between parts are checked afterwards by
 * {@code org.tandem.core.check.ScenarioChecker}.
 */
public final class ScenarioLoader {
  /** The only format version this build reads. */
  public static final int FORMAT_VERSION = 1;

  private static final Set<String> TOP = Set.of("tandem", "id", "title", "description", "sources",
      "start", "horizon", "model", "issues", "actors", "tracks", "environment", "capability", "steps",
      "events", "strategies", "default-strategy", "milestones", "breakdown", "source", "note");
  private static final Set<String> SOURCE = Set.of("id", "citation", "url", "note");
  private static final Set<String> MODEL = Set.of("support", "threshold", "pace", "source", "note");
  private static final Set<String> ISSUE = Set.of("id", "name", "scale", "status-quo", "description", "source", "note");
  private static final Set<String> SCALE = Set.of("low", "high");
  private static final Set<String> ACTOR = Set.of("id", "name", "kind", "capability", "space", "positions",
      "profile", "profiles", "description", "source", "note");
  private static final Set<String> POSITION = Set.of("position", "salience", "source", "note");
  private static final Set<String> PROFILE = Set.of("capability", "positions", "description", "source", "note");
  private static final Set<String> TRACK = Set.of("id", "name", "description", "source", "note");
  private static final Set<String> VARIABLE = Set.of("id", "name", "component", "initial", "min", "max",
      "update", "description", "source", "note");
  private static final Set<String> COMPONENTS = Set.of("national-interest", "alliance", "domestic", "process", "other");
  private static final Set<String> CAPABILITY = Set.of("holder", "material-unit", "material", "production",
      "per-warhead", "warheads", "assembly", "description", "source", "note");
  private static final Set<String> STEP = Set.of("id", "track", "title", "actors", "preconditions", "reciprocal",
      "pace", "issue", "moves", "duration", "verification", "reversal", "snapback", "repeatable", "capability",
      "effects", "description", "source", "note");
  private static final Set<String> VERIFICATION = Set.of("by", "duration", "violation", "source", "note");
  private static final Set<String> REVERSAL = Set.of("events", "probability", "when", "source", "note");
  private static final Set<String> STEP_CAPABILITY = Set.of("production", "assembly", "dismantle", "source", "note");
  private static final Set<String> EFFECTS = Set.of("agreed", "implemented", "verified", "reversed", "source", "note");
  private static final Set<String> EVENT = Set.of("id", "kind", "name", "date", "outcomes", "conditional", "from",
      "until", "hazard", "effects", "description", "source", "note");
  private static final Set<String> OUTCOME = Set.of("id", "name", "probability", "profiles", "effects",
      "description", "source", "note");
  private static final Set<String> CONDITIONAL = Set.of("when", "probabilities", "source", "note");
  private static final Set<String> HAZARD = Set.of("base", "factors", "source", "note");
  private static final Set<String> FACTOR = Set.of("when", "times", "source", "note");
  private static final Set<String> STRATEGY = Set.of("id", "name", "description", "rules", "default", "source", "note");
  private static final Set<String> RULE = Set.of("select", "offer", "when", "pace", "source", "note");
  private static final Set<String> SELECT = Set.of("steps", "track", "actors", "all");
  private static final Set<String> MILESTONE = Set.of("id", "name", "when", "description", "source", "note");
  private static final Set<String> BREAKDOWN = Set.of("when", "for", "halts", "source", "note");
  private static final double BIG = Double.MAX_VALUE;
  private static final Reference.Kind VAR = Reference.Kind.VARIABLE;
  private static final double PROBABILITY_TOLERANCE = 1e-9;

  private final Reading reading;

  private ScenarioLoader(Reading reading) {
    this.reading = reading;
  }

  /**
   * Loads a scenario from the bytes of a file.
   *
   * @param sourceName the name used in locations (a path or a built-in id)
   * @return the scenario, or null when there were errors; diagnostics go to {@code problems}
   */
  public static Scenario load(byte[] bytes, String sourceName, Problems problems) {
    String text = decode(bytes, sourceName, problems);
    if (text == null) {
      return null;
    }
    Reading reading = new Reading(sourceName, text, problems);
    Node root = YamlTree.parse(text, sourceName, problems);
    if (root == null) {
      return null;
    }
    Scenario scenario = new ScenarioLoader(reading).scenario(root, text, sha256(bytes));
    return problems.hasErrors() ? null : scenario;
  }

  private static String decode(byte[] bytes, String source, Problems problems) {
    if (bytes.length > YamlTree.MAX_CODE_POINTS) {
      problems.error("too-large", new Location(source, 1, 1), "the file has " + bytes.length
          + " bytes; a scenario may have at most " + YamlTree.MAX_CODE_POINTS);
      return null;
    }
    String text;
    try {
      text = Utf8.decode(bytes, source);
    } catch (Utf8.NotUtf8 e) {
      problems.error("not-text", e.invalid().location(),
          "the file is not UTF-8 text: invalid byte sequence (" + e.invalid().describe() + ")");
      return null;
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private Scenario scenario(Node root, String text, String sha) {
    YamlMap top = YamlMap.of(reading, root, "", "a scenario", null, TOP);
    if (top == null) {
      return null;
    }
    int version = top.formNumber("tandem", FORMAT_VERSION, 0, Integer.MAX_VALUE);
    if (version != FORMAT_VERSION && top.has("tandem")) {
      reading.problems.error("unsupported-version", top.locationOf("tandem"), "format version " + version
          + " is not supported: this tandem reads version " + FORMAT_VERSION);
    }
    String id = top.id("id", true);
    String title = top.string("title", true);
    String description = top.string("description", false);
    List<Source> sources = sources(top);
    YearMonth start = top.month("start", true);
    YearMonth horizon = top.month("horizon", true);
    if (start != null && horizon != null && !horizon.isAfter(start)) {
      reading.problems.error("out-of-range", top.locationOf("horizon"), "horizon " + horizon
          + " must come after start " + start);
    }
    ModelSettings model = model(top);
    List<Issue> issues = issues(top);
    List<Actor> actors = actors(top);
    List<Track> tracks = tracks(top);
    List<EnvironmentVariable> environment = environment(top);
    Capability capability = capability(top);
    List<Step> steps = steps(top);
    List<Event> events = events(top);
    List<Strategy> strategies = strategies(top);
    String defaultStrategy = top.has("default-strategy")
        ? top.ref("default-strategy", false, Reference.Kind.STRATEGY, "")
        : (strategies.isEmpty() ? "" : strategies.get(0).id());
    List<Milestone> milestones = milestones(top);
    Breakdown breakdown = breakdown(top);
    if (top.has("steps") && steps.isEmpty()) {
      reading.problems.error("missing-key", top.locationOf("steps"), "a scenario needs at least one step");
    }
    if (top.has("strategies") && strategies.isEmpty()) {
      reading.problems.error("missing-key", top.locationOf("strategies"), "a scenario needs at least one strategy");
    }
    return new Scenario(reading.source, sha, text, version, id, title, description, sources, start, horizon,
        model, issues, actors, tracks, environment, capability, steps, events, strategies, defaultStrategy, milestones,
        breakdown, reading.assumptions, reading.references);
  }

  /** Reads one item of a list section, addressed by its id; null leaves it out. */
  private interface ItemReader<T> {
    T read(String id, YamlMap item);
  }

  /**
   * Reads the list {@code key} of {@code parent}: each item must be a map with a unique id of
   * {@code kind}; {@code reader} gets it addressed as {@code key.ID}, so its numbers have stable
   * paths.
   */
  private <T> List<T> items(YamlMap parent, String key, boolean required, String what, String kind,
      Set<String> allowed, ItemReader<T> reader) {
    List<T> out = new ArrayList<>();
    Ids ids = new Ids(kind);
    for (Node node : parent.list(key, required)) {
      YamlMap m = parent.mapAt(node, parent.child(key), what, allowed);
      if (m == null) {
        continue;
      }
      String id = ids.claim(m, "id");
      T item = reader.read(id, m.renamed(parent.child(key) + "." + id));
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  private List<Source> sources(YamlMap top) {
    return items(top, "sources", false, "a source", "source", SOURCE, (id, m) -> {
      return new Source(id, m.string("citation", true), m.string("url", false));
    });
  }

  private ModelSettings model(YamlMap top) {
    YamlMap m = top.map("model", false, MODEL);
    if (m == null) {
      return ModelSettings.DEFAULT;
    }
    String support = m.has("support") ? m.ref("support", false, Reference.Kind.SUPPORT_MODEL, "") : ModelSettings.DEFAULT.support();
    double threshold = m.number("threshold", false, ModelSettings.DEFAULT.threshold(), 0, 0.999999);
    double pace = m.number("pace", false, ModelSettings.DEFAULT.pace(), 0, 1);
    return new ModelSettings(support.isEmpty() ? ModelSettings.DEFAULT.support() : support, threshold, pace);
  }

  private List<Issue> issues(YamlMap top) {
    return items(top, "issues", true, "an issue", "issue", ISSUE, (id, item) -> {
      String name = item.string("name", true);
      YamlMap scale = item.map("scale", true, SCALE);
      String low = scale == null ? "" : scale.string("low", true);
      String high = scale == null ? "" : scale.string("high", true);
      double statusQuo = item.number("status-quo", true, 0, 0, 100);
      return new Issue(id, name, low, high, statusQuo, item.location());
    });
  }

  private List<Actor> actors(YamlMap top) {
    return items(top, "actors", true, "an actor", "actor", ACTOR, (id, m) -> {
      String name = m.string("name", true);
      String kind = m.string("kind", false);
      double capability = m.number("capability", true, 1, 0, BIG);
      String space = m.has("space") ? m.ref("space", false, Reference.Kind.VARIABLE, "") : "";
      Map<String, Position> positions = new LinkedHashMap<>();
      for (NodeTuple tuple : m.entriesOf("positions")) {
        String issue = m.idAt(tuple.getKeyNode(), "positions");
        if (issue.isEmpty()) {
          continue;
        }
        m.noteReference(Reference.Kind.ISSUE, issue, "", m.child("positions"), tuple.getKeyNode());
        YamlMap p = m.mapAt(tuple.getValueNode(), m.child("positions") + "." + issue, "a position", POSITION);
        if (p == null) {
          continue;
        }
        double position = p.number("position", true, 0, 0, 100);
        double salience = p.number("salience", true, 0, 0, 1);
        if (positions.put(issue, new Position(position, salience)) != null) {
          reading.error("duplicate-key", tuple.getKeyNode(), "issue '" + issue + "' appears twice in positions");
        }
      }
      String initial = m.has("profile") ? m.id("profile", false) : "";
      List<Profile> profiles = new ArrayList<>();
      Map<String, Boolean> seen = new HashMap<>();
      for (NodeTuple tuple : m.entriesOf("profiles")) {
        String profileId = m.idAt(tuple.getKeyNode(), "profiles");
        if (profileId.isEmpty()) {
          continue;
        }
        if (seen.put(profileId, true) != null) {
          reading.error("duplicate-id", tuple.getKeyNode(), "profile '" + profileId + "' of actor '" + id + "' is defined twice");
          continue;
        }
        Node value = tuple.getValueNode();
        YamlMap p = YamlMap.isNull(value) ? null
            : m.mapAt(value, m.child("profiles") + "." + profileId, "a profile", PROFILE);
        profiles.add(profile(profileId, p, capability, positions, m));
      }
      if (!initial.isEmpty() && !seen.containsKey(initial)) {
        reading.problems.error("unknown-id", m.locationOf("profile"), "actor '" + id + "' starts in profile '"
            + initial + "' but has no such profile" + Suggestions.hint(initial, seen.keySet()));
      }
      return new Actor(id, name, kind, capability, space, positions, initial, profiles, m.location());
    });
  }

  private Profile profile(String profileId, YamlMap p, double baseCapability, Map<String, Position> base, YamlMap actor) {
    if (p == null) {
      return new Profile(profileId, baseCapability, base, "");
    }
    double capability = p.number("capability", false, baseCapability, 0, BIG);
    Map<String, Position> merged = new LinkedHashMap<>(base);
    for (NodeTuple tuple : p.entriesOf("positions")) {
      String issue = p.idAt(tuple.getKeyNode(), "positions");
      if (issue.isEmpty()) {
        continue;
      }
      p.noteReference(Reference.Kind.ISSUE, issue, "", p.child("positions"), tuple.getKeyNode());
      YamlMap pos = p.mapAt(tuple.getValueNode(), p.child("positions") + "." + issue, "a position", POSITION);
      if (pos == null) {
        continue;
      }
      Position old = base.get(issue);
      if (old == null && !(pos.has("position") && pos.has("salience"))) {
        reading.problems.error("missing-key", pos.location(), "profile '" + profileId + "' sets a position on '"
            + issue + "', which the actor's base positions lack, so it needs both 'position' and 'salience'");
        continue;
      }
      double position = pos.number("position", false, old == null ? 0 : old.position(), 0, 100);
      double salience = pos.number("salience", false, old == null ? 0 : old.salience(), 0, 1);
      merged.put(issue, new Position(position, salience));
    }
    return new Profile(profileId, capability, merged, p.string("note", false));
  }

  private List<Track> tracks(YamlMap top) {
    return items(top, "tracks", true, "a track", "track", TRACK, (id, m) -> {
      return new Track(id, m.string("name", true), m.string("description", false), m.location());
    });
  }

  private List<EnvironmentVariable> environment(YamlMap top) {
    return items(top, "environment", false, "an environment variable", "environment variable", VARIABLE, (id, m) -> {
      String component = m.has("component") ? m.id("component", false) : "other";
      if (!component.isEmpty() && !COMPONENTS.contains(component)) {
        reading.problems.error("out-of-range", m.locationOf("component"), "unknown component '" + component
            + "': expected one of " + String.join(", ", COMPONENTS.stream().sorted().toList())
            + Suggestions.hint(component, COMPONENTS));
      }
      double min = m.number("min", false, 0, -BIG, BIG);
      double max = m.number("max", false, 1, -BIG, BIG);
      if (max <= min) {
        reading.problems.error("out-of-range", m.locationOf("max"), "'max' (" + YamlMap.format(max)
            + ") must be above 'min' (" + YamlMap.format(min) + ") of '" + id + "'");
      }
      double initial = m.number("initial", true, min, min, Math.max(min, max));
      return new EnvironmentVariable(id, m.string("name", true), component, initial, min, max,
          m.expression("update", false), m.location());
    });
  }

  private Capability capability(YamlMap top) {
    YamlMap m = top.map("capability", false, CAPABILITY);
    if (m == null) {
      return null;
    }
    return new Capability(m.ref("holder", true, Reference.Kind.ACTOR, ""), m.string("material-unit", false),
        orZero(m.distribution("material", true, 0)), orZero(m.distribution("production", true, 0)),
        orOne(m.distribution("per-warhead", true, Double.MIN_VALUE)), orZero(m.distribution("warheads", true, 0)),
        orZero(m.distribution("assembly", true, 0)), m.location());
  }

  private List<Step> steps(YamlMap top) {
    return items(top, "steps", true, "a step", "step", STEP, (id, m) -> {
      String track = m.ref("track", true, Reference.Kind.TRACK, "");
      String title = m.string("title", true);
      List<String> actors = m.refs("actors", true, Reference.Kind.ACTOR);
      if (m.has("actors") && actors.isEmpty()) {
        reading.problems.error("missing-key", m.locationOf("actors"), "step '" + id + "' needs at least one actor");
      }
      Expression preconditions = m.expression("preconditions", false);
      String reciprocal = m.has("reciprocal") ? m.id("reciprocal", false) : "";
      double pace = m.has("pace") ? m.number("pace", false, Double.NaN, 0, 1) : Double.NaN;
      String issue = m.has("issue") ? m.ref("issue", false, Reference.Kind.ISSUE, "") : "";
      double moves = m.number("moves", false, 0, -100, 100);
      if (m.has("moves") && !m.has("issue")) {
        reading.problems.error("missing-key", m.locationOf("moves"), "step '" + id + "' moves an issue but names no 'issue'");
      }
      Distribution duration = m.has("duration") ? orZero(m.distribution("duration", false, 0)) : new Distribution.Fixed(0);
      Verification verification = null;
      YamlMap v = m.map("verification", false, VERIFICATION);
      if (v != null) {
        verification = new Verification(v.refs("by", false, Reference.Kind.ACTOR), orZero(v.distribution("duration", true, 0)),
            v.number("violation", true, 0, 0, 1));
      }
      Reversal reversal = null;
      YamlMap r = m.map("reversal", false, REVERSAL);
      if (r != null) {
        int errorsBefore = reading.problems.errorCount();
        List<String> events = r.refs("events", false, Reference.Kind.STOCHASTIC_EVENT);
        double probability = r.number("probability", !events.isEmpty(), 1, 0, 1);
        Expression when = r.expression("when", false);
        // Only when neither was written: an 'events' or 'when' that failed to read is reported already.
        if (events.isEmpty() && when == null && reading.problems.errorCount() == errorsBefore) {
          reading.problems.error("missing-key", r.location(), "a reversal needs 'events' or 'when'");
        }
        reversal = new Reversal(events, probability, when);
      }
      List<String> snapback = m.refs("snapback", false, Reference.Kind.STEP);
      boolean repeatable = m.bool("repeatable", true);
      CapabilityEffect capability = CapabilityEffect.NONE;
      YamlMap c = m.map("capability", false, STEP_CAPABILITY);
      if (c != null) {
        // The factors only restrain: while several steps hold, the smallest applies.
        capability = new CapabilityEffect(c.number("production", false, 1, 0, 1),
            c.number("assembly", false, 1, 0, 1), c.number("dismantle", false, 0, 0, BIG));
      }
      StepEffects effects = StepEffects.NONE;
      YamlMap e = m.map("effects", false, EFFECTS);
      if (e != null) {
        effects = new StepEffects(e.numbers("agreed", -BIG, BIG, VAR, ""), e.numbers("implemented", -BIG, BIG, VAR, ""),
            e.numbers("verified", -BIG, BIG, VAR, ""), e.numbers("reversed", -BIG, BIG, VAR, ""));
      }
      return new Step(id, track, title, actors, preconditions, reciprocal, pace, issue, moves, duration,
          verification, reversal, snapback, repeatable, capability, effects, m.location());
    });
  }

  private List<Event> events(YamlMap top) {
    return items(top, "events", false, "an event", "event", EVENT, (id, m) -> {
      String kind = m.string("kind", true);
      String name = m.string("name", true);
      if ("scheduled".equals(kind)) {
        return scheduled(id, name, m, m.location());
      } else if ("stochastic".equals(kind)) {
        return stochastic(id, name, m, m.location());
      } else if (!kind.isEmpty()) {
        reading.problems.error("out-of-range", m.locationOf("kind"), "event kind '" + kind
            + "' is unknown: expected scheduled or stochastic"
            + Suggestions.hint(kind, List.of("scheduled", "stochastic")));
      }
      return null;
    });
  }

  private Event.Scheduled scheduled(String id, String name, YamlMap m, Location location) {
    for (String key : List.of("from", "until", "hazard")) {
      if (m.has(key)) {
        reading.problems.error("unknown-key", m.locationOf(key), "a scheduled event has no '" + key
            + "' (that belongs to stochastic events)");
      }
    }
    if (m.has("effects")) {
      reading.problems.error("unknown-key", m.locationOf("effects"), "a scheduled event has no 'effects' of its own:"
          + " give each outcome its 'effects'");
    }
    YearMonth date = m.month("date", true);
    List<Outcome> outcomes = new ArrayList<>();
    Ids ids = new Ids("outcome of '" + id + "'");
    double sum = 0;
    int errorsBefore = reading.problems.errorCount();
    for (Node node : m.list("outcomes", true)) {
      YamlMap o0 = m.mapAt(node, m.child("outcomes"), "an outcome", OUTCOME);
      if (o0 == null) {
        continue;
      }
      String outcomeId = ids.claim(o0, "id");
      YamlMap o = o0.renamed(m.child("outcomes") + "." + outcomeId);
      double probability = o.number("probability", true, 0, 0, 1);
      sum += probability;
      outcomes.add(new Outcome(outcomeId, probability, o.idMap("profiles"), o.numbers("effects", -BIG, BIG, VAR, "")));
    }
    if (outcomes.isEmpty() && m.has("outcomes")) {
      reading.problems.error("missing-key", m.locationOf("outcomes"), "scheduled event '" + id + "' needs at least one outcome");
    } else if (!outcomes.isEmpty() && Math.abs(sum - 1) > PROBABILITY_TOLERANCE
        && reading.problems.errorCount() == errorsBefore) { // an unreadable probability would skew the sum
      reading.problems.error("probabilities-sum", m.locationOf("outcomes"), "outcome probabilities of '" + id
          + "' sum to " + YamlMap.format(sum) + ", not 1");
    }
    List<ConditionalProbabilities> conditional = new ArrayList<>();
    int tableIndex = 0;
    for (Node node : m.list("conditional", false)) {
      tableIndex++;
      YamlMap c = m.mapAt(node, m.child("conditional") + "." + tableIndex, "a conditional table", CONDITIONAL);
      if (c == null) {
        continue;
      }
      Expression when = c.expression("when", true);
      int tableErrorsBefore = reading.problems.errorCount();
      Map<String, Double> table = c.numbers("probabilities", 0, 1, Reference.Kind.OUTCOME, id);
      double tableSum = 0;
      for (double p : table.values()) {
        tableSum += p;
      }
      if (c.has("probabilities") && Math.abs(tableSum - 1) > PROBABILITY_TOLERANCE
          && reading.problems.errorCount() == tableErrorsBefore) {
        reading.problems.error("probabilities-sum", c.locationOf("probabilities"), "conditional probabilities of '"
            + id + "' sum to " + YamlMap.format(tableSum) + ", not 1");
      }
      if (when != null) {
        conditional.add(new ConditionalProbabilities(when, table, c.location()));
      }
    }
    return new Event.Scheduled(id, name, date, outcomes, conditional, location);
  }

  private Event.Stochastic stochastic(String id, String name, YamlMap m, Location location) {
    for (String key : List.of("date", "outcomes", "conditional")) {
      if (m.has(key)) {
        reading.problems.error("unknown-key", m.locationOf(key), "a stochastic event has no '" + key
            + "' (that belongs to scheduled events)");
      }
    }
    YearMonth from = m.month("from", false);
    YearMonth until = m.month("until", false);
    if (from != null && until != null && until.isBefore(from)) {
      reading.problems.error("out-of-range", m.locationOf("until"), "'until' " + until + " is before 'from' " + from);
    }
    YamlMap h = m.map("hazard", true, HAZARD);
    double base = 0;
    List<HazardFactor> factors = new ArrayList<>();
    if (h != null) {
      base = h.number("base", true, 0, 0, 1);
      int index = 0;
      for (Node node : h.list("factors", false)) {
        index++;
        YamlMap f = h.mapAt(node, h.child("factors") + "." + index, "a hazard factor", FACTOR);
        if (f == null) {
          continue;
        }
        factors.add(new HazardFactor(f.expression("when", false), f.number("times", true, 1, 0, BIG)));
      }
    }
    return new Event.Stochastic(id, name, from, until, base, factors, m.numbers("effects", -BIG, BIG, VAR, ""), location);
  }

  private List<Strategy> strategies(YamlMap top) {
    return items(top, "strategies", true, "a strategy", "strategy", STRATEGY, (id, m) -> {
      List<StrategyRule> rules = new ArrayList<>();
      int index = 0;
      for (Node ruleNode : m.list("rules", false)) {
        index++;
        YamlMap r = m.mapAt(ruleNode, m.child("rules") + "." + index, "a rule", RULE);
        if (r == null) {
          continue;
        }
        Selector selector = selector(r);
        boolean offer = r.bool("offer", true);
        Expression when = r.expression("when", false);
        double pace = r.number("pace", false, 1, 0, BIG);
        if (selector != null) {
          rules.add(new StrategyRule(selector, offer, when, pace));
        }
      }
      boolean defaultOffer = true;
      if (m.has("default")) {
        String d = m.string("default", false);
        if ("withhold".equals(d)) {
          defaultOffer = false;
        } else if (!"offer".equals(d)) {
          reading.problems.error("out-of-range", m.locationOf("default"), "'default' must be offer or withhold, not '" + d + "'");
        }
      }
      return new Strategy(id, m.string("name", true), m.string("description", false), rules, defaultOffer, m.location());
    });
  }

  private Selector selector(YamlMap rule) {
    YamlMap s = rule.map("select", true, SELECT);
    if (s == null) {
      return null;
    }
    List<String> keys = s.keys();
    if (keys.size() != 1) {
      reading.problems.error("wrong-type", s.location(), "a selector has exactly one of steps, track, actors, all; found "
          + (keys.isEmpty() ? "none" : String.join(", ", keys)));
      return null;
    }
    switch (keys.get(0)) {
      case "steps":
        return new Selector(Selector.Kind.STEPS, s.refs("steps", true, Reference.Kind.STEP));
      case "track":
        return new Selector(Selector.Kind.TRACK, s.refs("track", true, Reference.Kind.TRACK));
      case "actors":
        return new Selector(Selector.Kind.ACTORS, s.refs("actors", true, Reference.Kind.ACTOR));
      case "all":
        if (!s.bool("all", false)) {
          reading.problems.error("out-of-range", s.locationOf("all"), "'all' can only be true");
        }
        return new Selector(Selector.Kind.ALL, List.of());
      default:
        return null; // already reported as an unknown key
    }
  }

  private List<Milestone> milestones(YamlMap top) {
    return items(top, "milestones", true, "a milestone", "milestone", MILESTONE, (id, m) -> {
      String name = m.string("name", true);
      Expression when = m.expression("when", true);
      if (when != null) {
        return new Milestone(id, name, when, m.location());
      }
      return null;
    });
  }

  private Breakdown breakdown(YamlMap top) {
    YamlMap m = top.map("breakdown", false, BREAKDOWN);
    if (m == null) {
      return null;
    }
    Expression when = m.expression("when", true);
    int months = m.integer("for", false, 1, 1, 1200);
    boolean halts = m.bool("halts", false);
    return when == null ? null : new Breakdown(when, months, halts);
  }

  private static Distribution orZero(Distribution d) {
    return d == null ? new Distribution.Fixed(0) : d;
  }

  private static Distribution orOne(Distribution d) {
    return d == null ? new Distribution.Fixed(1) : d;
  }

  /** Claims ids of one kind, reporting duplicates with the first one's location. */
  private final class Ids {
    private final String kind;
    private final Map<String, Location> seen = new HashMap<>();

    Ids(String kind) {
      this.kind = kind;
    }

    String claim(YamlMap m, String key) {
      String id = m.id(key, true);
      if (id.isEmpty()) {
        return id;
      }
      Location first = seen.putIfAbsent(id, m.locationOf(key));
      if (first != null) {
        reading.problems.error("duplicate-id", m.locationOf(key), "duplicate " + kind + " id '" + id
            + "' (first defined at " + first + ")");
      }
      return id;
    }
  }
}
