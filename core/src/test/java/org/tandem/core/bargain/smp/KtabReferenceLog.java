package org.tandem.core.bargain.smp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a KTAB reference log ({@code 20170530_ref-*.txt}, KTAB's {@code smpc} run with
 * default parameters, or with the parameters of the XML scenario it read), parsed so that tests compare against the log itself rather than against
 * hand-copied values.
 */
final class KtabReferenceLog {
  private static final Pattern TARGET = Pattern.compile(
      "In turn 0 actor (\\d+) has most advantageous target (\\d+) worth ([-+.\\d]+)");
  private static final Pattern ESTIMATE = Pattern.compile("Est by\\s+(\\d+) of prob ([.\\d]+)"
      + " that \\[\\s*(\\d+)>\\s*(\\d+)\\], with expected gain to\\s+(\\d+) of ([-+.\\d]+)");
  private static final Pattern BARGAIN = Pattern.compile(
      "Bargain \\[\\d+, (\\d+):(\\d+)\\] from\\s+(\\d+)'s perspective \\(brgnIIJ\\)");

  /** One "Est by h of prob p that [i>j], with expected gain to k of g" line. */
  record Estimate(int h, int k, int i, int j, double probability, double gain) {}

  /** One best target of turn 0. */
  record BestTarget(int initiator, int target, double worth) {}

  /** One initiator-perspective bargain of turn 0 (0-100 scale). */
  record LoggedBargain(int initiator, int receiver, double[] initiatorAdopts,
      double[] receiverAdopts) {}

  final double[][] neutralValues;
  final double[] riskAttitudes;
  final double[][] objectiveUtilities;
  final List<double[][]> estimatedUtilities = new ArrayList<>();
  final List<BestTarget> targets = new ArrayList<>();
  final List<Estimate> estimates = new ArrayList<>();
  final List<LoggedBargain> bargains = new ArrayList<>();
  /** Actor name to positions per dimension per state. */
  final Map<String, List<double[]>> positions = new LinkedHashMap<>();
  /** Actor name to winning probability per state. */
  final Map<String, double[]> probabilities = new LinkedHashMap<>();
  final int states;
  /** The "Fractional change compared to first step" of each turn, from turn 1 on. */
  final List<Double> fractionalChanges = new ArrayList<>();

  KtabReferenceLog(String text, int actors) {
    List<String> lines = text.lines().map(String::strip).toList();
    int turn0End = indexOf(lines, "Bargains to be resolved", 0);
    neutralValues = matrix(lines, indexOf(lines, "Raw actor-pos value matrix", 0) + 1, actors);
    int risk = indexOf(lines, "Inferred risk attitudes", 0) + 1;
    riskAttitudes = new double[actors];
    for (int i = 0; i < actors; i++) {
      riskAttitudes[i] = Double.parseDouble(lines.get(risk + i));
    }
    objectiveUtilities = matrix(lines,
        indexOf(lines, "Risk-aware actor-pos utility matrix (objective)", 0) + 1, actors);
    for (int h = 0; h < actors; h++) {
      int at = indexOf(lines, "Estimate by " + h + " of risk-aware utility matrix", 0);
      estimatedUtilities.add(matrix(lines, at + 1, actors));
    }
    for (int l = 0; l < turn0End; l++) {
      String line = lines.get(l);
      Matcher m = TARGET.matcher(line);
      if (m.find()) {
        targets.add(new BestTarget(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Double.parseDouble(m.group(3))));
      }
      m = ESTIMATE.matcher(line);
      if (m.find()) {
        estimates.add(new Estimate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(5)),
            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
            Double.parseDouble(m.group(2)), Double.parseDouble(m.group(6))));
      }
      m = BARGAIN.matcher(line);
      // The log labels both perspectives "brgnIIJ"; the initiator's is the one KTAB uses.
      if (m.find() && m.group(1).equals(m.group(3))) {
        bargains.add(new LoggedBargain(Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)), adopted(lines.get(l + 1)),
            adopted(lines.get(l + 2))));
      }
    }
    for (String line : lines) {
      if (line.startsWith("Fractional change compared to first step:")) {
        String rest = line.substring("Fractional change compared to first step:".length());
        fractionalChanges.add(Double.parseDouble(rest.strip().split("\\s+")[0]));
      }
    }
    int history = indexOf(lines, "History of actor positions over time", 0) + 1;
    int probs = indexOf(lines, "History of actors' winning probabilities", history);
    for (int l = history; l < probs; l++) {
      String line = lines.get(l);
      String name = line.substring(0, line.indexOf(','));
      positions.computeIfAbsent(name, k -> new ArrayList<>())
          .add(numbers(line.substring(line.lastIndexOf(':') + 1)));
    }
    int count = 0;
    for (int l = probs + 1; l < lines.size() && lines.get(l).contains(", prob :"); l++) {
      String line = lines.get(l);
      double[] p = numbers(line.substring(line.lastIndexOf(':') + 1));
      probabilities.put(line.substring(0, line.indexOf(',')), p);
      count = p.length;
    }
    states = count;
  }

  private static double[] adopted(String line) {
    return numbers(line.substring(line.indexOf("adopt:") + "adopt:".length()));
  }

  private static int indexOf(List<String> lines, String prefix, int from) {
    for (int l = from; l < lines.size(); l++) {
      if (lines.get(l).startsWith(prefix)) {
        return l;
      }
    }
    throw new IllegalArgumentException("reference log has no line starting with " + prefix);
  }

  private static double[][] matrix(List<String> lines, int from, int rows) {
    double[][] m = new double[rows][];
    for (int i = 0; i < rows; i++) {
      m[i] = numbers(lines.get(from + i));
    }
    return m;
  }

  private static double[] numbers(String text) {
    String[] parts = text.strip().split("\\s+");
    double[] x = new double[parts.length];
    for (int k = 0; k < parts.length; k++) {
      x[k] = Double.parseDouble(parts[k]);
    }
    return x;
  }
}
