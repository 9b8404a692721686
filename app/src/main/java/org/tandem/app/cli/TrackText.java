package org.tandem.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.store.tracker.ImplementationScores;
import org.tandem.store.tracker.Roadmap;
import org.tandem.store.tracker.StatusEntry;

/** Text forms of the tracker's values: aligned tables and CSV. */
final class TrackText {
  private TrackText() {}

  /** Left-aligned columns, two spaces apart; the first row is the header. */
  static void table(PrintWriter out, List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).codePointCount(0, row.get(c).length()));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        line.append(cell);
        if (c < columns - 1) {
          line.append(" ".repeat(width[c] - cell.codePointCount(0, cell.length()) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  static String percent(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value);
  }

  static String range(double low, double high) {
    return low == high ? number(low) : number(low) + ":" + number(high);
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  static void card(PrintWriter out, Roadmap roadmap, ImplementationScores.ScoreCard card,
      List<ImplementationScores.ScoreCard> yearly) {
    out.println("Implementation of roadmap " + roadmap.id() + " on " + card.at()
        + " (0-3 per step; rate = points / (3 x steps) x 100)");
    out.println();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("track", "steps", "started", "points", "strict", "lenient"));
    for (var r : card.tracks()) {
      rows.add(rateRow(r));
    }
    rows.add(rateRow(card.overall()));
    table(out, rows);
    out.println();
    rows = new ArrayList<>();
    rows.add(List.of("step", "track", "status", "score"));
    for (var s : card.steps()) {
      rows.add(List.of(s.step(), s.track(), s.status() == null ? "-" : s.status().label(),
          s.score() + (s.explicit() ? " (set)" : "")));
    }
    table(out, rows);
    out.println();
    rows = new ArrayList<>();
    rows.add(List.of("date", "strict", "lenient"));
    for (var c : yearly) {
      rows.add(List.of(c.at().toString(), percent(c.overall().strict()), percent(c.overall().lenient())));
    }
    out.println("Over time (overall):");
    table(out, rows);
  }

  private static List<String> rateRow(ImplementationScores.Rate r) {
    return List.of(r.scope(), Integer.toString(r.provisions()), Integer.toString(r.started()),
        Integer.toString(r.points()), percent(r.strict()), percent(r.lenient()));
  }

  /** The history as CSV in the layout {@code track import} reads. */
  static void csv(PrintWriter out, List<StatusEntry> history) {
    out.println("id,step,status,date,source,quote,note,corrects,recorded_by,recorded_at");
    for (StatusEntry e : history) {
      out.println(String.join(",", List.of(Long.toString(e.id()), cell(e.step()), e.status().label(),
          e.date().toString(), cell(e.source()), cell(e.quote()), cell(e.note()),
          e.supersedes() == null ? "" : e.supersedes().toString(), cell(e.recordedBy()), e.recordedAt().toString())));
    }
  }

  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    return s.matches("[^,\"\\r\\n]*") && s.equals(s.strip()) ? s : "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
