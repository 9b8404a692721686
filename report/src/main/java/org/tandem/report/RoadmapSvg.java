package org.tandem.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.report.RoadmapLayout.Arrow;
import org.tandem.report.RoadmapLayout.Box;
import org.tandem.report.RoadmapLayout.Lane;
import org.tandem.report.RoadmapLayout.Mark;
import org.tandem.report.RoadmapLayout.Pair;
import org.tandem.report.RoadmapLayout.Roadmap;

/**
 * Draws a laid-out roadmap as one inline SVG element: lanes with their track names, steps as
 * boxes, precondition arrows, reciprocal groups as boxes sharing a colour and joined by a dashed
 * double line labelled with the group, and milestones as diamonds.
 */
public final class RoadmapSvg {
  /** Colours of reciprocal groups, cycled; light enough to print. */
  private static final String[] GROUP_COLOURS = {"#b5651d", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#5d4037"};

  /**
   * Border patterns of reciprocal groups: once every colour is used, the colours come round again
   * with the next pattern, so no two groups of a roadmap (up to 24) look the same.
   */
  private static final String[] GROUP_DASHES = {"", "7 3", "2 2", "9 3 2 3"};

  /** Width of a character of the group label (9.5 px italic), generously, for fitting it into its box. */
  private static final double GROUP_CHAR_WIDTH = 5.6;

  /** How far a page may shrink the roadmap to fit its width before it scrolls instead (text stays legible). */
  static final double MIN_SCALE = 0.75;

  private RoadmapSvg() {}

  /** The SVG element; {@code id} must be unique in the document (it prefixes marker ids). */
  public static String svg(Roadmap map, String id) {
    Map<String, String> groupColour = new LinkedHashMap<>();
    Map<String, String> groupDash = new LinkedHashMap<>();
    for (Pair p : map.pairs()) {
      int g = groupColour.size();
      groupColour.put(p.group(), GROUP_COLOURS[g % GROUP_COLOURS.length]);
      groupDash.put(p.group(), GROUP_DASHES[(g / GROUP_COLOURS.length) % GROUP_DASHES.length]);
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" class=\"roadmap\" width=\"%.0f\" height=\"%.0f\" "
            + "viewBox=\"0 0 %.0f %.0f\" style=\"min-width: %.0fpx\" role=\"img\" "
            + "aria-label=\"Roadmap: tracks as lanes, steps as boxes\">",
        id, map.width(), map.height(), map.width(), map.height(), MIN_SCALE * map.width()));
    b.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
        + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
        + "fill=\"#555\"/></marker></defs>");
    int laneIndex = 0;
    for (Lane lane : map.lanes()) {
      String fill = lane.track().isEmpty() ? "#fff8e1" : laneIndex % 2 == 0 ? "#f4f6f8" : "#e9edf1";
      b.append(String.format(Locale.ROOT,
          "<g class=\"lane\" data-track=\"%s\"><title>%s</title><rect x=\"0\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
              + "stroke=\"#c9d1d9\"/>",
          Html.escape(lane.track()), Html.escape(lane.name()), lane.y(), map.width(), lane.height(), fill));
      List<String> label = wrap(lane.name(), 18, 3);
      double labelY = lane.y() + lane.height() / 2 - (label.size() - 1) * 7;
      for (int i = 0; i < label.size(); i++) {
        b.append(String.format(Locale.ROOT,
            "<text x=\"10\" y=\"%.1f\" font-size=\"13\" font-weight=\"bold\" fill=\"#333\">%s</text>",
            labelY + i * 14 + 4, Html.escape(label.get(i))));
      }
      b.append("</g>");
      laneIndex++;
    }
    // Reciprocal pairs under the boxes: a dashed double line joining consecutive members.
    for (Pair p : map.pairs()) {
      String colour = groupColour.get(p.group());
      b.append("<g class=\"reciprocal\" data-group=\"").append(Html.escape(p.group())).append("\">");
      for (int i = 1; i < p.steps().size(); i++) {
        Box a = map.box(p.steps().get(i - 1));
        Box c = map.box(p.steps().get(i));
        double ax = a.x() + a.width() / 2;
        double cx = c.x() + c.width() / 2;
        for (double offset : new double[] {-3, 3}) {
          b.append(String.format(Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\" "
                  + "stroke-dasharray=\"5 3\"/>",
              ax + offset, a.centreY(), cx + offset, c.centreY(), colour));
        }
      }
      b.append("</g>");
    }
    for (Arrow a : map.arrows()) {
      double[] from = exit(map, a.from());
      double[] to = entry(map, a.to());
      double bend = Math.max(20, (to[0] - from[0]) / 2);
      boolean toMilestone = RoadmapLayout.isMilestone(a.to());
      b.append(String.format(Locale.ROOT,
          "<path class=\"precondition\" data-from=\"%s\" data-to=\"%s\" d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
              + "fill=\"none\" stroke=\"#555\" stroke-width=\"1.2\"%s marker-end=\"url(#%s-arrow)\"/>",
          Html.escape(a.from()), Html.escape(a.to()), from[0], from[1], from[0] + bend, from[1], to[0] - bend, to[1],
          to[0], to[1], toMilestone ? " stroke-dasharray=\"2 3\"" : "", id));
    }
    for (Box box : map.boxes()) {
      String stroke = box.reciprocal().isEmpty() ? "#37474f" : groupColour.get(box.reciprocal());
      String dash = box.reciprocal().isEmpty() ? "" : groupDash.get(box.reciprocal());
      b.append(String.format(Locale.ROOT,
          "<g class=\"step\" data-step=\"%s\"%s><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
              + "height=\"%.1f\" rx=\"6\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"%s\"%s/>",
          Html.escape(box.step()),
          box.reciprocal().isEmpty() ? "" : " data-reciprocal=\"" + Html.escape(box.reciprocal()) + "\"",
          Html.escape(box.title() + " (" + box.step() + ")"
              + (box.reciprocal().isEmpty() ? "" : ", reciprocal group " + box.reciprocal())),
          box.x(), box.y(), box.width(), box.height(), stroke, box.reciprocal().isEmpty() ? "1.2" : "2.5",
          dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
      List<String> lines = wrap(box.title(), 24, 3);
      double top = box.centreY() - (lines.size() - 1) * 6.5 + 4;
      if (!box.reciprocal().isEmpty()) {
        // The group's name inside the box, so the pairing reads even where the joining lines cross others.
        top -= 6;
        b.append(String.format(Locale.ROOT,
            "<text class=\"group\" x=\"%.1f\" y=\"%.1f\" font-size=\"9.5\" text-anchor=\"middle\" fill=\"%s\" "
                + "font-style=\"italic\">\u21c4 %s</text>",
            box.x() + box.width() / 2, box.y() + box.height() - 5, stroke,
            Html.escape(fit(box.reciprocal(), (int) ((box.width() - 8) / GROUP_CHAR_WIDTH) - 2))));
      }
      for (int i = 0; i < lines.size(); i++) {
        b.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#111\">%s</text>",
            box.x() + box.width() / 2, top + i * 13, Html.escape(lines.get(i))));
      }
      b.append("</g>");
    }
    for (Mark m : map.marks()) {
      double h = RoadmapLayout.MILESTONE_SIZE / 2;
      b.append(String.format(Locale.ROOT,
          "<g class=\"milestone\" data-milestone=\"%s\"><title>%s</title><path d=\"M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f "
              + "L%.1f,%.1f z\" fill=\"#f9a825\" stroke=\"#6d4c00\"/>",
          Html.escape(m.milestone()), Html.escape(m.name()), m.x(), m.y() - h, m.x() + h, m.y(), m.x(), m.y() + h,
          m.x() - h, m.y()));
      List<String> lines = wrap(m.name(), 26, 2);
      for (int i = 0; i < lines.size(); i++) {
        b.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#111\">%s</text>",
            m.x(), m.y() + h + 12 + i * 12, Html.escape(lines.get(i))));
      }
      b.append("</g>");
    }
    b.append("</svg>");
    return b.toString();
  }

  private static double[] exit(Roadmap map, String key) {
    if (RoadmapLayout.isMilestone(key)) {
      Mark m = map.mark(key.substring("milestone:".length()));
      return new double[] {m.x() + RoadmapLayout.MILESTONE_SIZE / 2, m.y()};
    }
    Box box = map.box(key);
    return new double[] {box.x() + box.width(), box.centreY()};
  }

  private static double[] entry(Roadmap map, String key) {
    if (RoadmapLayout.isMilestone(key)) {
      Mark m = map.mark(key.substring("milestone:".length()));
      return new double[] {m.x() - RoadmapLayout.MILESTONE_SIZE / 2, m.y()};
    }
    Box box = map.box(key);
    return new double[] {box.x(), box.centreY()};
  }

  /** The text, cut to at most {@code chars} characters with an ellipsis when longer (the full text is in the box's title). */
  static String fit(String text, int chars) {
    return text.length() <= chars ? text : text.substring(0, Math.max(1, chars - 1)) + "\u2026";
  }

  /** Splits text into at most {@code maxLines} lines of about {@code width} characters; the last one ends in an ellipsis if cut. */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    // Break after hyphens too, so "Government-to-government" can span lines.
    String[] words = text.trim().replace("-", "-\0").split("[\\s\0]+");
    int i = 0;
    for (; i < words.length; i++) {
      String w = words[i];
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        if (lines.size() == maxLines) {
          break;
        }
      }
      if (line.length() > 0 && line.charAt(line.length() - 1) != '-') {
        line.append(' ');
      }
      line.append(w);
    }
    if (lines.size() < maxLines && line.length() > 0) {
      lines.add(line.toString());
    } else if (i < words.length || line.length() > 0) {
      String last = lines.get(lines.size() - 1);
      lines.set(lines.size() - 1, (last.length() > width - 1 ? last.substring(0, width - 1) : last) + "\u2026");
    }
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).length() > width + 2) {
        lines.set(k, lines.get(k).substring(0, width) + "\u2026");
      }
    }
    return lines;
  }
}
