package org.tandem.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.result.BlockerShare;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.Estimate;
import org.tandem.core.result.CountDistribution;
import org.tandem.core.result.EventResult;
import org.tandem.core.result.Manifest;
import org.tandem.core.result.MetricComparison;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.result.StepResult;
import org.tandem.core.result.TrackResult;
import org.tandem.store.JsonSyntax;

/**
 * Reads back the JSON that {@code simulate --format json} and {@code compare --format json} write
 * (see {@link ResultJson} and {@link ComparisonJson}). A document that is not one of them is a user
 * error naming the file and the JSON pointer of the first missing or wrong value.
 */
final class ResultReader {
  /** What a saved result holds. */
  sealed interface Saved permits Simulated, Compared {}

  /** A saved simulation. */
  record Simulated(SimulationResult result) implements Saved {}

  /**
   * A saved comparison, or several of them when it was crossed with an event's outcomes
   * ({@code vary} is then the event and {@code outcomes} names each comparison; otherwise both are empty).
   */
  record Compared(String vary, List<String> outcomes, List<ComparisonResult> comparisons) implements Saved {
    Compared {
      outcomes = List.copyOf(outcomes);
      comparisons = List.copyOf(comparisons);
    }
  }

  private final String file;

  private ResultReader(String file) {
    this.file = file;
  }

  /** Parses {@code text}, read from {@code file}. */
  static Saved read(String text, String file) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw JsonSyntax.error("bad-result", file, "not valid JSON", e);
    }
    ResultReader reader = new ResultReader(file);
    if (root == null || !root.isObject()) {
      throw reader.error("", "a JSON object saved by 'tandem simulate' or 'tandem compare' with --format json");
    }
    String other = otherCommand(root);
    if (other != null) {
      throw UserException.of("bad-result", Location.of(file), "this is a result of 'tandem " + other
          + "', not of simulate or compare: 'tandem report' cannot render it, since 'tandem " + other
          + "' writes its own HTML report when it runs (--report FILE)");
    }
    if (root.has("vary")) {
      List<String> outcomes = new ArrayList<>();
      List<ComparisonResult> comparisons = new ArrayList<>();
      JsonNode rows = reader.array(root, "/outcomes");
      for (int i = 0; i < rows.size(); i++) {
        outcomes.add(reader.text(rows.get(i), "/outcomes/" + i + "/outcome"));
        comparisons.add(reader.comparison(reader.object(rows.get(i).get("comparison"), "/outcomes/" + i + "/comparison"),
            "/outcomes/" + i + "/comparison"));
      }
      return new Compared(reader.text(root, "/vary"), outcomes, comparisons);
    }
    if (root.has("perStrategy")) {
      return new Compared("", List.of(), List.of(reader.comparison(root, "")));
    }
    if (root.has("manifest")) {
      return new Simulated(reader.simulation(root, ""));
    }
    throw reader.error("", "a result saved by 'tandem simulate' or 'tandem compare' with --format json "
        + "(an object with 'manifest', 'perStrategy' or 'vary')");
  }

  /**
   * The command whose JSON output {@code root} is, when it is one that has a report of its own but
   * that this reader does not read: recognised by the top-level keys its schema requires, which
   * neither a simulation nor a comparison has ({@code sweep-output.schema.json}, {@code
   * track-compare-output.schema.json}). Null otherwise.
   */
  private static String otherCommand(JsonNode root) {
    if (root.has("parameters") && root.has("points")) {
      return "sweep";
    }
    if (root.has("roadmap") && root.has("observations")) {
      return "track compare";
    }
    return null;
  }

  private ComparisonResult comparison(JsonNode root, String at) {
    List<String> strategies = texts(root, at, "/strategies");
    List<MetricComparison> metrics = new ArrayList<>();
    JsonNode ms = array(root, at + "/metrics");
    for (int i = 0; i < ms.size(); i++) {
      String mAt = at + "/metrics/" + i;
      JsonNode m = ms.get(i);
      JsonNode rows = array(m, mAt + "/strategies");
      List<Estimate> values = new ArrayList<>();
      List<Estimate> differences = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      List<Integer> ranks = new ArrayList<>();
      for (int s = 0; s < rows.size(); s++) {
        String rAt = mAt + "/strategies/" + s;
        JsonNode row = rows.get(s);
        values.add(estimate(row, rAt));
        differences.add(estimate(object(row.get("difference"), rAt + "/difference"), rAt + "/difference"));
        JsonNode ratio = row.get("varianceRatio");
        ratios.add(ratio == null || ratio.isNull() ? Double.NaN : number(row, rAt + "/varianceRatio"));
        ranks.add((int) number(row, rAt + "/rank"));
      }
      if (rows.size() != strategies.size()) {
        throw error(mAt + "/strategies", "one row per strategy (" + strategies.size() + ")");
      }
      metrics.add(new MetricComparison(text(m, mAt + "/id"), text(m, mAt + "/label"),
          bool(m, mAt + "/lowerIsBetter"), values, differences, ratios, ranks));
    }
    List<SimulationResult> perStrategy = new ArrayList<>();
    JsonNode per = array(root, at + "/perStrategy");
    for (int i = 0; i < per.size(); i++) {
      perStrategy.add(simulation(per.get(i), at + "/perStrategy/" + i));
    }
    if (perStrategy.size() != strategies.size()) {
      throw error(at + "/perStrategy", "one result per strategy (" + strategies.size() + ")");
    }
    return new ComparisonResult(text(root, at + "/scenario"), strategies, text(root, at + "/baseline"),
        stringMap(root, at + "/given"), (long) number(root, at + "/runs"), (long) number(root, at + "/seed"),
        bool(root, at + "/commonRandomNumbers"), metrics, perStrategy);
  }

  private SimulationResult simulation(JsonNode root, String at) {
    JsonNode m = object(root.get("manifest"), at + "/manifest");
    String mAt = at + "/manifest";
    Manifest manifest = new Manifest(text(m, mAt + "/scenario"), text(m, mAt + "/scenarioSha256"),
        text(m, mAt + "/strategy"), stringMap(m, mAt + "/given"), (long) number(m, mAt + "/seed"),
        (long) number(m, mAt + "/runs"), text(m, mAt + "/rng"), text(m, mAt + "/version"));
    YearMonth start = month(root, at + "/start");
    YearMonth horizon = month(root, at + "/horizon");
    int months = (horizon.getYear() - start.getYear()) * 12 + horizon.getMonthValue() - start.getMonthValue() + 1;
    if (months < 1) {
      throw error(at + "/horizon", "a month not before start " + start);
    }
    List<MilestoneResult> milestones = new ArrayList<>();
    JsonNode ms = array(root, at + "/milestones");
    for (int i = 0; i < ms.size(); i++) {
      String iAt = at + "/milestones/" + i;
      JsonNode n = ms.get(i);
      Map<String, Double> byYear = new LinkedHashMap<>();
      JsonNode years = object(n.get("byYear"), iAt + "/byYear");
      for (Iterator<String> it = years.fieldNames(); it.hasNext(); ) {
        String y = it.next();
        byYear.put(y, number(years, iAt + "/byYear/" + y));
      }
      JsonNode median = n.get("medianMonth");
      milestones.add(new MilestoneResult(text(n, iAt + "/id"), text(n, iAt + "/name"), number(n, iAt + "/probability"),
          byYear, numbers(n, iAt + "/cumulative", months), median == null || median.isNull() ? null
              : text(n, iAt + "/medianMonth"), number(n, iAt + "/reversal")));
    }
    List<SeriesResult> series = new ArrayList<>();
    JsonNode ss = object(root.get("series"), at + "/series");
    for (Iterator<String> it = ss.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      String sAt = at + "/series/" + id;
      JsonNode n = object(ss.get(id), sAt);
      series.add(new SeriesResult(id, numbers(n, sAt + "/mean", months), numbers(n, sAt + "/p05", months),
          numbers(n, sAt + "/p25", months), numbers(n, sAt + "/p50", months), numbers(n, sAt + "/p75", months),
          numbers(n, sAt + "/p95", months), number(n, sAt + "/resolution"), (long) number(n, sAt + "/overflow")));
    }
    List<BlockerShare> blockers = new ArrayList<>();
    JsonNode bs = array(root, at + "/blockers");
    for (int i = 0; i < bs.size(); i++) {
      String bAt = at + "/blockers/" + i;
      JsonNode n = bs.get(i);
      blockers.add(new BlockerShare(text(n, bAt + "/milestone"), text(n, bAt + "/blocker"),
          (long) number(n, bAt + "/count"), number(n, bAt + "/share")));
    }
    List<StepResult> steps = new ArrayList<>();
    JsonNode st = array(root, at + "/steps");
    for (int i = 0; i < st.size(); i++) {
      String sAt = at + "/steps/" + i;
      JsonNode n = st.get(i);
      Map<String, StepResult.Shares> byYear = new LinkedHashMap<>();
      JsonNode years = n.get("byYear");
      if (years != null) {
        object(years, sAt + "/byYear");
        for (Iterator<String> it = years.fieldNames(); it.hasNext(); ) {
          String y = it.next();
          String yAt = sAt + "/byYear/" + y;
          JsonNode shares = object(years.get(y), yAt);
          byYear.put(y, new StepResult.Shares(number(shares, yAt + "/agreed"), number(shares, yAt + "/implemented"),
              number(shares, yAt + "/verified")));
        }
      }
      steps.add(new StepResult(text(n, sAt + "/id"), text(n, sAt + "/track"), number(n, sAt + "/agreed"),
          number(n, sAt + "/implemented"), number(n, sAt + "/verified"), number(n, sAt + "/reversed"), byYear));
    }
    List<TrackResult> tracks = new ArrayList<>();
    JsonNode ts = array(root, at + "/tracks");
    for (int i = 0; i < ts.size(); i++) {
      String tAt = at + "/tracks/" + i;
      JsonNode n = ts.get(i);
      JsonNode median = n.get("medianFirstMonth");
      Map<String, Double> noLater = new LinkedHashMap<>();
      JsonNode nl = object(n.get("startsNoLaterThan"), tAt + "/startsNoLaterThan");
      for (Iterator<String> it = nl.fieldNames(); it.hasNext(); ) {
        String other = it.next();
        noLater.put(other, number(nl, tAt + "/startsNoLaterThan/" + other));
      }
      tracks.add(new TrackResult(text(n, tAt + "/id"), number(n, tAt + "/moved"),
          median == null || median.isNull() ? null : text(n, tAt + "/medianFirstMonth"), noLater));
    }
    List<EventResult> events = new ArrayList<>();
    JsonNode es = array(root, at + "/events");
    for (int i = 0; i < es.size(); i++) {
      String eAt = at + "/events/" + i;
      JsonNode n = es.get(i);
      String kind = text(n, eAt + "/kind");
      if ("scheduled".equals(kind)) {
        Map<String, Double> outcomes = new LinkedHashMap<>();
        JsonNode os = object(n.get("outcomes"), eAt + "/outcomes");
        for (Iterator<String> it = os.fieldNames(); it.hasNext(); ) {
          String o = it.next();
          outcomes.put(o, number(os, eAt + "/outcomes/" + o));
        }
        events.add(new EventResult(text(n, eAt + "/id"), kind, 0, outcomes));
      } else {
        Map<String, CountDistribution> byYear = new LinkedHashMap<>();
        JsonNode years = n.get("byYear");
        if (years != null) {
          object(years, eAt + "/byYear");
          for (Iterator<String> it = years.fieldNames(); it.hasNext(); ) {
            String y = it.next();
            byYear.put(y, yearlyCount(years.get(y), eAt + "/byYear/" + y));
          }
        }
        events.add(new EventResult(text(n, eAt + "/id"), kind, number(n, eAt + "/meanFirings"), Map.of(), byYear));
      }
    }
    JsonNode breakdown = object(root.get("breakdown"), at + "/breakdown");
    return new SimulationResult(manifest, start, horizon, milestones, number(breakdown, at + "/breakdown/probability"),
        series, blockers, steps, tracks, events);
  }

  private CountDistribution yearlyCount(JsonNode n, String at) {
    object(n, at);
    JsonNode months = value(n, at + "/months");
    JsonNode p = n.get("p");
    if (!months.canConvertToInt() || months.asInt() < 1 || months.asInt() > 12) {
      throw error(at + "/months", "a whole number of months from 1 to 12");
    }
    if (p == null || !p.isArray() || p.isEmpty() || p.size() > CountDistribution.MAX + 1) {
      throw error(at + "/p", "an array of 1 to " + (CountDistribution.MAX + 1) + " probabilities");
    }
    double[] probabilities = new double[p.size()];
    for (int k = 0; k < p.size(); k++) {
      JsonNode v = p.get(k);
      if (!v.isNumber() || !(v.asDouble() >= 0 && v.asDouble() <= 1)) {
        throw error(at + "/p/" + k, "a probability from 0 to 1");
      }
      probabilities[k] = v.asDouble();
    }
    return new CountDistribution(months.asInt(), probabilities);
  }

  private Estimate estimate(JsonNode n, String at) {
    return new Estimate(number(n, at + "/mean"), number(n, at + "/low"), number(n, at + "/high"));
  }

  /** The last segment of a JSON pointer: the field under {@code parent}. */
  private static String field(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private JsonNode value(JsonNode parent, String at) {
    JsonNode v = parent == null ? null : parent.get(field(at));
    if (v == null || v.isNull()) {
      throw error(at, "a value");
    }
    return v;
  }

  private String text(JsonNode parent, String at) {
    JsonNode v = value(parent, at);
    if (!v.isTextual()) {
      throw error(at, "a string");
    }
    return v.asText();
  }

  private double number(JsonNode parent, String at) {
    JsonNode v = value(parent, at);
    if (!v.isNumber()) {
      throw error(at, "a number");
    }
    return v.asDouble();
  }

  private boolean bool(JsonNode parent, String at) {
    JsonNode v = value(parent, at);
    if (!v.isBoolean()) {
      throw error(at, "true or false");
    }
    return v.asBoolean();
  }

  private YearMonth month(JsonNode parent, String at) {
    String t = text(parent, at);
    try {
      return YearMonth.parse(t);
    } catch (DateTimeParseException e) {
      throw error(at, "a month as YYYY-MM, not '" + t + "'");
    }
  }

  private JsonNode array(JsonNode parent, String at) {
    JsonNode v = value(parent, at);
    if (!v.isArray()) {
      throw error(at, "an array");
    }
    return v;
  }

  private JsonNode object(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      throw error(at, "an object");
    }
    return node;
  }

  private List<String> texts(JsonNode parent, String at, String field) {
    JsonNode a = array(parent, at + field);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isTextual()) {
        throw error(at + field + "/" + i, "a string");
      }
      out.add(a.get(i).asText());
    }
    return out;
  }

  private double[] numbers(JsonNode parent, String at, int size) {
    JsonNode a = array(parent, at);
    if (a.size() != size) {
      throw error(at, size + " numbers, one per simulated month, not " + a.size());
    }
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      if (!a.get(i).isNumber()) {
        throw error(at + "/" + i, "a number");
      }
      out[i] = a.get(i).asDouble();
    }
    return out;
  }

  private Map<String, String> stringMap(JsonNode parent, String at) {
    JsonNode o = object(parent.get(field(at)), at);
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      out.put(k, text(o, at + "/" + k));
    }
    return out;
  }

  private UserException error(String at, String expected) {
    return UserException.of("bad-result", Location.of(file), "expected " + expected + " at "
        + (at.isEmpty() ? "the top level" : at));
  }
}
