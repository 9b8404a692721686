package org.tandem.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.Track;
import org.tandem.core.scenario.expr.Expr;

/**
 * Lays the roadmap out as swimlanes: one lane per track (in the scenario's order) and a last lane
 * for milestones; steps are boxes, a step's preconditions are arrows from the steps (and
 * milestones) its expression names, and a milestone is a mark with arrows from what its condition
 * names.
 *
 * <p>Columns come from ELK's layered (Sugiyama) algorithm run on the whole precondition graph,
 * left to right, so that every arrow points forward and crossings are few. Layering is by longest
 * path from the sources: a step with no preconditions is in the first column, and every other
 * one column right of the deepest thing it needs. The members of a reciprocal group are one node
 * for ELK (they are agreed together), so they share a column. ELK's order inside a column decides
 * the order of boxes that share a lane and a column. Lanes then give the vertical position, which
 * ELK's layered algorithm has no notion of.
 */
public final class RoadmapLayout {
  /** Functions of the expression language whose argument names a step. */
  static final Set<String> STEP_FUNCTIONS =
      Set.of("proposed", "agreed", "implementing", "implemented", "verified", "reversed");

  static final double BOX_WIDTH = 150;
  static final double BOX_HEIGHT = 60;
  static final double COLUMN_GAP = 46;
  static final double ROW_GAP = 14;
  static final double LANE_PADDING = 14;
  static final double LABEL_WIDTH = 150;
  static final double MILESTONE_SIZE = 26;

  private static final Object ELK_LOCK = new Object();
  private static boolean elkRegistered;

  private RoadmapLayout() {}

  /** A swimlane: a track, or the milestones lane (with an empty track id). */
  public record Lane(String track, String name, double y, double height) {}

  /** A step drawn as a box; {@code reciprocal} is its group or empty. */
  public record Box(String step, String title, String track, String reciprocal, double x, double y, double width,
      double height) {
    double centreY() {
      return y + height / 2;
    }
  }

  /** A milestone drawn as a diamond centred on (x, y). */
  public record Mark(String milestone, String name, double x, double y) {}

  /** An arrow from what a condition names ({@code from}) to the step or milestone that needs it. */
  public record Arrow(String from, String to) {}

  /** A reciprocal group and its steps, in scenario order. */
  public record Pair(String group, List<String> steps) {
    public Pair {
      steps = List.copyOf(steps);
    }
  }

  /** The laid-out roadmap. Node ids are step ids and milestone ids (which may coincide: see {@link #isMilestone}). */
  public record Roadmap(List<Lane> lanes, List<Box> boxes, List<Mark> marks, List<Arrow> arrows, List<Pair> pairs,
      double width, double height) {
    public Roadmap {
      lanes = List.copyOf(lanes);
      boxes = List.copyOf(boxes);
      marks = List.copyOf(marks);
      arrows = List.copyOf(arrows);
      pairs = List.copyOf(pairs);
    }

    public Box box(String step) {
      return boxes.stream().filter(b -> b.step().equals(step)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no step " + step));
    }

    public Mark mark(String milestone) {
      return marks.stream().filter(m -> m.milestone().equals(milestone)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no milestone " + milestone));
    }
  }

  /** The node key of a milestone, kept apart from step ids (a step and a milestone may share an id). */
  static String milestoneKey(String id) {
    return "milestone:" + id;
  }

  /** Whether an arrow end names a milestone. */
  public static boolean isMilestone(String key) {
    return key.startsWith("milestone:");
  }

  /** The step ids (and milestone keys) an expression names, in order of appearance, without repeats. */
  static List<String> references(Expression expression) {
    Set<String> out = new LinkedHashSet<>();
    if (expression != null) {
      expression.root().walk(e -> {
        if (e instanceof Expr.Call call && !call.args().isEmpty() && call.args().get(0) instanceof Expr.Name name) {
          if (STEP_FUNCTIONS.contains(call.function())) {
            out.add(name.id());
          } else if (call.function().equals("reached")) {
            out.add(milestoneKey(name.id()));
          }
        }
      });
    }
    return List.copyOf(out);
  }

  /** Lays out {@code scenario}'s roadmap. */
  public static Roadmap of(Scenario scenario) {
    Set<String> nodes = new LinkedHashSet<>();
    scenario.steps().forEach(s -> nodes.add(s.id()));
    scenario.milestones().forEach(m -> nodes.add(milestoneKey(m.id())));
    List<Arrow> arrows = new ArrayList<>();
    for (Step s : scenario.steps()) {
      for (String from : references(s.preconditions())) {
        if (nodes.contains(from)) {
          arrows.add(new Arrow(from, s.id()));
        }
      }
    }
    for (Milestone m : scenario.milestones()) {
      for (String from : references(m.when())) {
        if (nodes.contains(from)) {
          arrows.add(new Arrow(from, milestoneKey(m.id())));
        }
      }
    }
    // One ELK node per reciprocal group, so that its members land in one column.
    Map<String, String> elkKey = new LinkedHashMap<>();
    for (String n : nodes) {
      elkKey.put(n, n);
    }
    for (Step s : scenario.steps()) {
      if (!s.reciprocal().isEmpty()) {
        elkKey.put(s.id(), "group:" + s.reciprocal());
      }
    }
    Set<String> elkNodes = new LinkedHashSet<>(elkKey.values());
    Set<List<String>> elkEdges = new LinkedHashSet<>();
    for (Arrow a : arrows) {
      String from = elkKey.get(a.from());
      String to = elkKey.get(a.to());
      if (!from.equals(to)) {
        elkEdges.add(List.of(from, to));
      }
    }
    Map<String, double[]> byElkNode = layered(elkNodes, elkEdges);
    Map<String, double[]> elk = new LinkedHashMap<>();
    elkKey.forEach((node, key) -> elk.put(node, byElkNode.get(key)));

    // Columns: ELK's layers, read from the x of each node.
    TreeSet<Double> xs = new TreeSet<>();
    elk.values().forEach(p -> xs.add(round(p[0])));
    List<Double> columnXs = new ArrayList<>(xs);
    Map<String, Integer> column = new LinkedHashMap<>();
    elk.forEach((id, p) -> column.put(id, columnXs.indexOf(round(p[0]))));
    Comparator<String> byElkY = Comparator.comparingDouble(id -> elk.get(id)[1]);

    List<Lane> lanes = new ArrayList<>();
    List<Box> boxes = new ArrayList<>();
    double y = 0;
    for (Track track : scenario.tracks()) {
      Map<Integer, List<String>> cells = new LinkedHashMap<>();
      for (Step s : scenario.steps()) {
        if (s.track().equals(track.id())) {
          cells.computeIfAbsent(column.get(s.id()), k -> new ArrayList<>()).add(s.id());
        }
      }
      int rows = Math.max(1, cells.values().stream().mapToInt(List::size).max().orElse(1));
      double height = 2 * LANE_PADDING + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP;
      for (Map.Entry<Integer, List<String>> cell : cells.entrySet()) {
        List<String> ids = new ArrayList<>(cell.getValue());
        ids.sort(byElkY);
        for (int row = 0; row < ids.size(); row++) {
          Step s = scenario.step(ids.get(row)).orElseThrow();
          boxes.add(new Box(s.id(), s.title(), s.track(), s.reciprocal(), columnX(cell.getKey()),
              y + LANE_PADDING + row * (BOX_HEIGHT + ROW_GAP), BOX_WIDTH, BOX_HEIGHT));
        }
      }
      lanes.add(new Lane(track.id(), track.name(), y, height));
      y += height;
    }
    List<Mark> marks = new ArrayList<>();
    if (!scenario.milestones().isEmpty()) {
      Map<Integer, List<String>> cells = new LinkedHashMap<>();
      for (Milestone m : scenario.milestones()) {
        cells.computeIfAbsent(column.get(milestoneKey(m.id())), k -> new ArrayList<>()).add(m.id());
      }
      int rows = cells.values().stream().mapToInt(List::size).max().orElse(1);
      double rowHeight = MILESTONE_SIZE + 30;
      double height = 2 * LANE_PADDING + rows * rowHeight;
      for (Map.Entry<Integer, List<String>> cell : cells.entrySet()) {
        List<String> ids = new ArrayList<>(cell.getValue());
        ids.sort(Comparator.comparingDouble(id -> elk.get(milestoneKey(id))[1]));
        for (int row = 0; row < ids.size(); row++) {
          Milestone m = scenario.milestone(ids.get(row)).orElseThrow();
          marks.add(new Mark(m.id(), m.name(), columnX(cell.getKey()) + BOX_WIDTH / 2,
              y + LANE_PADDING + row * rowHeight + MILESTONE_SIZE / 2));
        }
      }
      lanes.add(new Lane("", "Milestones", y, height));
      y += height;
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Step s : scenario.steps()) {
      if (!s.reciprocal().isEmpty()) {
        groups.computeIfAbsent(s.reciprocal(), k -> new ArrayList<>()).add(s.id());
      }
    }
    List<Pair> pairs = groups.entrySet().stream().map(e -> new Pair(e.getKey(), e.getValue())).toList();
    double width = columnX(Math.max(0, columnXs.size() - 1)) + BOX_WIDTH + COLUMN_GAP / 2;
    return new Roadmap(lanes, boxes, marks, arrows, pairs, width, y);
  }

  private static double columnX(int column) {
    return LABEL_WIDTH + COLUMN_GAP / 2 + column * (BOX_WIDTH + COLUMN_GAP);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** Runs ELK layered left to right on the graph ({@code edges} as [from, to]); returns each node's top-left corner. */
  private static Map<String, double[]> layered(Set<String> nodes, Set<List<String>> edges) {
    synchronized (ELK_LOCK) {
      if (!elkRegistered) {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        elkRegistered = true;
      }
    }
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, COLUMN_GAP);
    graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH_SOURCE);
    // One layering for the whole roadmap: separately laid-out components would be packed side by
    // side, and an isolated step would push every other column one to the right.
    graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    Map<String, ElkNode> byId = new LinkedHashMap<>();
    for (String id : nodes) {
      ElkNode n = ElkGraphUtil.createNode(graph);
      n.setIdentifier(id.replace(':', '_'));
      n.setWidth(BOX_WIDTH);
      n.setHeight(BOX_HEIGHT);
      byId.put(id, n);
    }
    for (List<String> e : edges) {
      ElkGraphUtil.createSimpleEdge(byId.get(e.get(0)), byId.get(e.get(1)));
    }
    new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
    Map<String, double[]> out = new LinkedHashMap<>();
    byId.forEach((id, n) -> out.put(id, new double[] {n.getX(), n.getY()}));
    return out;
  }
}
