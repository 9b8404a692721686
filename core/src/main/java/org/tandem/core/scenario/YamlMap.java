package org.tandem.core.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.tandem.core.error.Location;
import org.tandem.core.error.Suggestions;
import org.tandem.core.scenario.expr.Expr;
import org.tandem.core.scenario.expr.ExpressionParser;
import org.tandem.core.scenario.expr.ExpressionSyntaxException;

/**
 * Typed, located access to one YAML mapping of a scenario file. Unknown and duplicate keys are
 * reported when it is made; each accessor reports a missing or ill-typed value and returns a
 * neutral default, so that reading goes on and every error of the file is found in one pass.
 * Numbers are recorded as {@link Assumption}s under {@code path.key}, with the source and note of
 * the number itself or of the nearest enclosing map.
 */
final class YamlMap {
  static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Set<String> SOURCED_NUMBER_KEYS = Set.of("value", "source", "note");

  private final Reading reading;
  private final Node node;
  private final String path;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final String source;
  private final String note;

  private YamlMap(Reading reading, MappingNode node, String path, String inheritedSource,
      String inheritedNote, Set<String> allowed) {
    this.reading = reading;
    this.node = node;
    this.path = path;
    String where = path.isEmpty() ? "" : " in " + path + itemId(node);
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar) || scalar.getValue().isEmpty()) {
        reading.error("wrong-type", keyNode, "expected a plain key (a word such as 'id')");
        continue;
      }
      String key = scalar.getValue();
      NodeTuple previous = entries.putIfAbsent(key, tuple);
      if (previous != null) {
        reading.error("duplicate-key", keyNode, "key '" + key + "' appears twice (first at "
            + reading.at(previous.getKeyNode()) + ")");
      } else if (!allowed.contains(key)) {
        reading.error("unknown-key", keyNode, "unknown key '" + key + "'" + where + Suggestions.hint(key, allowed));
      }
    }
    this.source = ownText("source", inheritedSource);
    this.note = ownText("note", inheritedNote);
  }

  /** " (item 'x')" for a list item with an id, so that messages name the item. */
  private static String itemId(MappingNode node) {
    for (NodeTuple tuple : node.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && "id".equals(k.getValue())
          && tuple.getValueNode() instanceof ScalarNode v) {
        return " (item '" + v.getValue() + "')";
      }
    }
    return "";
  }

  private YamlMap(YamlMap other, String path) {
    this.reading = other.reading;
    this.node = other.node;
    this.path = path;
    this.entries.putAll(other.entries);
    this.source = other.source;
    this.note = other.note;
  }

  /** The same map, addressed by another path (an item named by its id rather than its index). */
  YamlMap renamed(String newPath) {
    return new YamlMap(this, newPath);
  }

  /** The mapping at {@code node}, or null after reporting that it is not one. */
  static YamlMap of(Reading reading, Node node, String path, String what, YamlMap parent, Set<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      reading.error("wrong-type", node, "expected " + what + " (a map of keys to values) but found "
          + describe(node));
      return null;
    }
    String inheritedSource = parent == null ? "" : parent.source;
    String inheritedNote = parent == null ? "" : parent.note;
    return new YamlMap(reading, mapping, path, inheritedSource, inheritedNote, allowed);
  }

  String path() {
    return path;
  }

  Location location() {
    return reading.at(node);
  }

  boolean has(String key) {
    Node value = raw(key);
    return value != null && !isNull(value);
  }

  /** The value node of {@code key}, or null. */
  Node raw(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? null : tuple.getValueNode();
  }

  /** Where {@code key}'s value is, or this map's location if it is absent. */
  Location locationOf(String key) {
    Node value = raw(key);
    return value == null ? location() : reading.at(value);
  }

  /** Keys in file order. */
  List<String> keys() {
    return new ArrayList<>(entries.keySet());
  }

  String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  // ---- scalars ----

  String string(String key, boolean required) {
    Node value = present(key, required, "text");
    if (value == null) {
      return "";
    }
    if (!(value instanceof ScalarNode scalar)) {
      reading.error("wrong-type", value, "expected text for '" + key + "' but found " + describe(value));
      return "";
    }
    return scalar.getValue();
  }

  /** A kebab-case id. */
  String id(String key, boolean required) {
    Node value = present(key, required, "an id");
    if (value == null) {
      return "";
    }
    return idAt(value, key);
  }

  String idAt(Node value, String what) {
    if (!(value instanceof ScalarNode scalar) || isNull(value)) {
      reading.error("wrong-type", value, "expected an id for '" + what + "' but found " + describe(value));
      return "";
    }
    String text = scalar.getValue();
    if (scalar.isPlain() && ("true".equals(text) || "false".equals(text))) {
      // YAML reads these as booleans, and expressions as literals, so no reference could name them.
      reading.error("bad-id", value, "'" + text + "' is not a valid id for '" + what
          + "': it means " + text + " in YAML and in expressions; choose another");
      return "";
    }
    if (!ID.matcher(text).matches()) {
      reading.error("bad-id", value, "'" + text + "' is not a valid id for '" + what
          + "': use lower-case letters, digits and single hyphens, starting with a letter");
      return "";
    }
    return text;
  }

  /** An id that names something defined elsewhere; recorded as a {@link Reference}. */
  String ref(String key, boolean required, Reference.Kind kind, String scope) {
    Node value = present(key, required, "an id");
    if (value == null) {
      return "";
    }
    String id = idAt(value, key);
    reading.reference(kind, id, scope, child(key), value);
    return id;
  }

  /** A list of ids (or a single id) naming things defined elsewhere; each recorded as a reference. */
  List<String> refs(String key, boolean required, Reference.Kind kind) {
    Node value = present(key, required, "a list of ids");
    if (value == null) {
      return List.of();
    }
    List<Node> items = value instanceof ScalarNode ? List.of(value) : list(key, required);
    List<String> out = new ArrayList<>();
    for (Node item : items) {
      String one = idAt(item, key);
      if (!one.isEmpty()) {
        out.add(one);
        reading.reference(kind, one, "", child(key), item);
      }
    }
    return out;
  }

  /** Records a reference for an id already read from {@code node}. */
  void noteReference(Reference.Kind kind, String id, String scope, String field, Node node) {
    reading.reference(kind, id, scope, field, node);
  }

  boolean bool(String key, boolean fallback) {
    Node value = present(key, false, "true or false");
    if (value == null) {
      return fallback;
    }
    if (value instanceof ScalarNode scalar && scalar.isPlain()
        && ("true".equals(scalar.getValue()) || "false".equals(scalar.getValue()))) {
      return Boolean.parseBoolean(scalar.getValue());
    }
    reading.error("wrong-type", value, "expected true or false for '" + key + "' but found " + describe(value));
    return fallback;
  }

  YearMonth month(String key, boolean required) {
    Node value = present(key, required, "a month (YYYY-MM)");
    if (value == null) {
      return null;
    }
    if (value instanceof ScalarNode scalar) {
      var m = MONTH.matcher(scalar.getValue());
      if (m.matches()) {
        int monthValue = Integer.parseInt(m.group(2));
        if (monthValue >= 1 && monthValue <= 12) {
          return YearMonth.of(Integer.parseInt(m.group(1)), monthValue);
        }
      }
    }
    reading.error("wrong-type", value, "expected a month as YYYY-MM for '" + key + "' but found " + describe(value));
    return null;
  }

  /**
   * A number, bare or as {@code {value, source, note}}, within [min, max]. Returns
   * {@code fallback} when absent (and not required) or wrong.
   */
  double number(String key, boolean required, double fallback, double min, double max) {
    Node value = present(key, required, "a number");
    if (value == null) {
      return fallback;
    }
    return numberAt(value, child(key), key, fallback, min, max);
  }

  double numberAt(Node value, String numberPath, String what, double fallback, double min, double max) {
    String ownSource = source;
    String ownNote = note;
    Node scalarNode = value;
    if (value instanceof MappingNode) {
      YamlMap sourced = of(reading, value, numberPath, "a number", this, SOURCED_NUMBER_KEYS);
      if (sourced == null) {
        return fallback;
      }
      scalarNode = sourced.present("value", true, "a number");
      if (scalarNode == null) {
        return fallback;
      }
      ownSource = sourced.source;
      ownNote = sourced.note;
    }
    Double parsed = parseNumber(scalarNode);
    if (parsed == null) {
      reading.error("wrong-type", scalarNode, "expected a number for '" + what + "' but found " + describe(scalarNode));
      return fallback;
    }
    double v = parsed;
    if (v < min || v > max) {
      reading.error("out-of-range", scalarNode, "'" + what + "' is " + format(v) + " but must be "
          + range(min, max));
      return fallback;
    }
    reading.assumptions.add(new Assumption(numberPath, v, ownSource, ownNote, reading.at(scalarNode)));
    return v;
  }

  /**
   * A whole number that belongs to the file's form rather than to the model (the format version):
   * written bare, and not recorded as an assumption.
   */
  int formNumber(String key, int fallback, int min, int max) {
    Node value = present(key, true, "a whole number");
    if (value == null) {
      return fallback;
    }
    Double parsed = parseNumber(value);
    if (parsed == null || parsed != Math.rint(parsed)) {
      reading.error("wrong-type", value, "expected a whole number for '" + key + "' but found " + describe(value));
      return fallback;
    }
    if (parsed < min || parsed > max) {
      reading.error("out-of-range", value, "'" + key + "' is " + format(parsed) + " but must be " + range(min, max));
      return fallback;
    }
    return parsed.intValue();
  }

  /** A whole number within [min, max]. */
  int integer(String key, boolean required, int fallback, int min, int max) {
    Node value = raw(key);
    int recorded = reading.assumptions.size();
    double v = number(key, required, fallback, min, max);
    if (reading.assumptions.size() > recorded) {
      reading.assumptions.set(recorded, reading.assumptions.get(recorded).asWholeNumber());
    }
    if (v != Math.rint(v)) {
      reading.error("wrong-type", value, "expected a whole number for '" + key + "' but found " + format(v));
      return fallback;
    }
    return (int) v;
  }

  /** A number or a distribution map; null when absent (and not required) or wrong. */
  Distribution distribution(String key, boolean required, double min) {
    Node value = present(key, required, "a number or a distribution");
    if (value == null) {
      return null;
    }
    String distPath = child(key);
    if (value instanceof MappingNode mapping && !hasKey(mapping, "distribution")) {
      double v = numberAt(value, distPath, key, Double.NaN, min, Double.MAX_VALUE);
      return Double.isNaN(v) ? null : new Distribution.Fixed(v);
    }
    if (value instanceof ScalarNode) {
      double v = numberAt(value, distPath, key, Double.NaN, min, Double.MAX_VALUE);
      return Double.isNaN(v) ? null : new Distribution.Fixed(v);
    }
    YamlMap d = of(reading, value, distPath, "a number or a distribution", this,
        Set.of("distribution", "value", "min", "max", "mode", "median", "sigma", "source", "note"));
    if (d == null) {
      return null;
    }
    String kind = d.string("distribution", true);
    double big = Double.MAX_VALUE;
    switch (kind) {
      case "fixed": {
        d.only(kind, "value");
        double v = d.number("value", true, Double.NaN, min, big);
        return Double.isNaN(v) ? null : new Distribution.Fixed(v);
      }
      case "uniform": {
        d.only(kind, "min", "max");
        double lo = d.number("min", true, Double.NaN, min, big);
        double hi = d.number("max", true, Double.NaN, min, big);
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
          return null;
        }
        if (hi < lo) {
          reading.error("out-of-range", d.raw("max"), "uniform 'max' (" + format(hi) + ") is below 'min' (" + format(lo) + ")");
          return null;
        }
        return new Distribution.Uniform(lo, hi);
      }
      case "triangular": {
        d.only(kind, "min", "mode", "max");
        double lo = d.number("min", true, Double.NaN, min, big);
        double mode = d.number("mode", true, Double.NaN, min, big);
        double hi = d.number("max", true, Double.NaN, min, big);
        if (Double.isNaN(lo) || Double.isNaN(mode) || Double.isNaN(hi)) {
          return null;
        }
        if (!(lo <= mode && mode <= hi)) {
          reading.error("out-of-range", d.raw("mode"), "triangular needs min <= mode <= max but has "
              + format(lo) + ", " + format(mode) + ", " + format(hi));
          return null;
        }
        return new Distribution.Triangular(lo, mode, hi);
      }
      case "lognormal": {
        d.only(kind, "median", "sigma");
        double median = d.number("median", true, Double.NaN, Math.max(min, Double.MIN_VALUE), big);
        double sigma = d.number("sigma", true, Double.NaN, 0, 10);
        if (Double.isNaN(median) || Double.isNaN(sigma)) {
          return null;
        }
        return new Distribution.LogNormal(median, sigma);
      }
      case "":
        return null;
      default:
        reading.error("unknown-id", d.raw("distribution"), "unknown distribution '" + kind
            + "': expected fixed, uniform, triangular or lognormal"
            + Suggestions.hint(kind, List.of("fixed", "uniform", "triangular", "lognormal")));
        return null;
    }
  }

  /** Reports keys that this distribution kind does not use. */
  private void only(String kind, String... fields) {
    Set<String> allowed = Set.of(fields);
    for (String key : entries.keySet()) {
      if (!allowed.contains(key) && !Set.of("distribution", "source", "note").contains(key)) {
        reading.error("unknown-key", entries.get(key).getKeyNode(), "a " + kind + " distribution has no '"
            + key + "': it takes " + String.join(", ", fields));
      }
    }
  }

  /** An expression, parsed; null when absent (and not required) or unparsable. */
  Expression expression(String key, boolean required) {
    Node value = present(key, required, "an expression");
    if (value == null) {
      return null;
    }
    if (!(value instanceof ScalarNode scalar)) {
      reading.error("wrong-type", value, "expected an expression (text) for '" + key + "' but found " + describe(value));
      return null;
    }
    String text = scalar.getValue();
    TextPositions positions = YamlTree.positions(reading, scalar, text);
    Location start = positions.at(firstNonBlank(text));
    try {
      Expr root = ExpressionParser.parse(text);
      return new Expression(text, root, start, positions);
    } catch (ExpressionSyntaxException e) {
      reading.problems.error("bad-expression", positions.at(e.at()),
          "in '" + key + "': " + e.getMessage() + " in \"" + Expression.excerpt(text) + "\"");
      return null;
    }
  }

  private static int firstNonBlank(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() ? i : 0;
  }

  // ---- collections ----

  /** The items of a list; empty when absent or wrong. */
  List<Node> list(String key, boolean required) {
    Node value = present(key, required, "a list");
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      reading.error("wrong-type", value, "expected a list for '" + key + "' but found " + describe(value));
      return List.of();
    }
    return sequence.getValue();
  }

  /** A list of ids; a single id is accepted as a list of one. */
  List<String> ids(String key, boolean required) {
    Node value = present(key, required, "a list of ids");
    if (value == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (value instanceof ScalarNode) {
      String one = idAt(value, key);
      if (!one.isEmpty()) {
        out.add(one);
      }
      return out;
    }
    for (Node item : list(key, required)) {
      String one = idAt(item, key);
      if (!one.isEmpty()) {
        out.add(one);
      }
    }
    return out;
  }

  /** A nested map, or null when absent (and not required) or not a map. */
  YamlMap map(String key, boolean required, Set<String> allowed) {
    Node value = present(key, required, "a map");
    if (value == null) {
      return null;
    }
    return of(reading, value, child(key), "a map for '" + key + "'", this, allowed);
  }

  /** A map of ids to numbers, e.g. environment deltas. Keys are checked to be ids. */
  Map<String, Double> numbers(String key, double min, double max, Reference.Kind keyKind, String scope) {
    Node value = present(key, false, "a map of ids to numbers");
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof MappingNode mapping)) {
      reading.error("wrong-type", value, "expected a map of ids to numbers for '" + key + "' but found " + describe(value));
      return Map.of();
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String id = idAt(tuple.getKeyNode(), key);
      if (id.isEmpty()) {
        continue;
      }
      if (out.containsKey(id)) {
        reading.error("duplicate-key", tuple.getKeyNode(), "'" + id + "' appears twice in '" + key + "'");
        continue;
      }
      reading.reference(keyKind, id, scope, child(key), tuple.getKeyNode());
      double v = numberAt(tuple.getValueNode(), child(key) + "." + id, id, Double.NaN, min, max);
      if (!Double.isNaN(v)) {
        out.put(id, v);
      }
    }
    return out;
  }

  /** A map of ids to ids, e.g. actor to profile. */
  Map<String, String> idMap(String key) {
    Node value = present(key, false, "a map of ids to ids");
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof MappingNode mapping)) {
      reading.error("wrong-type", value, "expected a map of ids to ids for '" + key + "' but found " + describe(value));
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String from = idAt(tuple.getKeyNode(), key);
      String to = idAt(tuple.getValueNode(), key + "." + from);
      if (from.isEmpty() || to.isEmpty()) {
        continue;
      }
      reading.reference(Reference.Kind.ACTOR, from, "", child(key), tuple.getKeyNode());
      reading.reference(Reference.Kind.PROFILE, to, from, child(key) + "." + from, tuple.getValueNode());
      if (out.putIfAbsent(from, to) != null) {
        reading.error("duplicate-key", tuple.getKeyNode(), "'" + from + "' appears twice in '" + key + "'");
      }
    }
    return out;
  }

  /** Key/value pairs of a map whose keys are ids chosen by the user (e.g. positions by issue). */
  List<NodeTuple> entriesOf(String key) {
    Node value = present(key, false, "a map");
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof MappingNode mapping)) {
      reading.error("wrong-type", value, "expected a map for '" + key + "' but found " + describe(value));
      return List.of();
    }
    return mapping.getValue();
  }

  YamlMap mapAt(Node value, String childPath, String what, Set<String> allowed) {
    return of(reading, value, childPath, what, this, allowed);
  }

  // ---- helpers ----

  private Node present(String key, boolean required, String expected) {
    Node value = raw(key);
    if (value == null || isNull(value)) {
      if (required) {
        problemsMissing(key, expected, value);
      }
      return null;
    }
    return value;
  }

  private void problemsMissing(String key, String expected, Node value) {
    Location where = value != null ? reading.at(value) : location();
    reading.problems.error("missing-key", where, "missing '" + key + "' (" + expected + ")"
        + (path.isEmpty() ? "" : " in " + path));
  }

  private String ownText(String key, String inherited) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return inherited;
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar && !isNull(value)) {
      return scalar.getValue();
    }
    reading.error("wrong-type", value, "expected text for '" + key + "' but found " + describe(value));
    return inherited;
  }

  private static boolean hasKey(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode s && key.equals(s.getValue())) {
        return true;
      }
    }
    return false;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  private static Double parseNumber(Node node) {
    if (!(node instanceof ScalarNode scalar) || !scalar.isPlain()) {
      return null;
    }
    String text = scalar.getValue();
    if (!NUMBER.matcher(text).matches()) {
      return null;
    }
    double v = Double.parseDouble(text);
    return Double.isFinite(v) ? v : null;
  }

  static String describe(Node node) {
    if (node == null || isNull(node)) {
      return "nothing";
    }
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    String text = ((ScalarNode) node).getValue();
    if (text.length() > 40) {
      text = text.substring(0, 37) + "...";
    }
    return "'" + text + "'";
  }

  /** A number for messages: whole numbers without a decimal point, others to 12 significant digits. */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    // A sum such as 0.5 + 0.4 is 0.8999999999999999 in binary; the user wrote 0.9.
    java.math.BigDecimal rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros();
    double abs = Math.abs(v);
    return abs >= 1e-6 && abs < 1e15 ? rounded.toPlainString() : rounded.toString();
  }

  private static String range(double min, double max) {
    if (max == Double.MAX_VALUE || max == Double.POSITIVE_INFINITY) {
      return "at least " + format(min);
    }
    return "between " + format(min) + " and " + format(max);
  }
}
