package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.tandem.core.events.Rejection;
import org.tandem.store.events.IngestResult;

/**
 * What {@code tandem events ingest} did, per file and in total, as text or JSON
 * (docs/events-output.schema.json).
 *
 * @param goldstein the table named with {@code --goldstein}, or null for the one matching each file
 * @param quadMap the mapping named with {@code --quad-map}, or null for GDELT's
 */
record IngestSummary(List<IngestResult> results, String goldstein, String quadMap) {
  IngestSummary {
    results = List.copyOf(results);
  }

  private long sum(ToLongFunction<IngestResult> f) {
    return results.stream().mapToLong(f).sum();
  }

  private Map<String, Long> reasons() {
    Map<String, Long> reasons = new TreeMap<>();
    results.forEach(r -> r.read().rejectionsByCode().forEach((k, v) -> reasons.merge(k, v, Long::sum)));
    return reasons;
  }

  private Map<String, Long> unknownNames() {
    Map<String, Long> names = new TreeMap<>();
    results.forEach(r -> r.read().unknownCountryNames().forEach((k, v) -> names.merge(k, v, Long::sum)));
    return names;
  }

  /** The first rejected rows over all files, in file order, at most {@code limit}. */
  private List<Rejection> first(int limit) {
    List<Rejection> first = new ArrayList<>();
    for (IngestResult r : results) {
      for (Rejection x : r.read().firstRejections()) {
        if (first.size() < limit) {
          first.add(x);
        }
      }
    }
    return first;
  }

  void text(PrintWriter out) {
    int files = results.size();
    long rejected = sum(r -> r.read().rejected());
    out.printf(Locale.ROOT, "%d file%s, %d lines: %d rows accepted, %d rejected.%n", files, files == 1 ? "" : "s",
        sum(r -> r.read().lines()), sum(r -> r.read().accepted()), rejected);
    out.printf(Locale.ROOT, "%d new events stored, %d already stored.%n", sum(IngestResult::newEvents),
        sum(IngestResult::alreadyStored));
    if (rejected > 0) {
      out.println("Rejected by reason: " + reasons().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", ")) + ".");
      out.println("First rejected rows:");
      List<Rejection> first = first(EventsAggregateCommand.LISTED_REJECTIONS);
      for (Rejection x : first) {
        out.println("  " + x);
      }
      if (rejected > first.size()) {
        out.println("  ... and " + (rejected - first.size()) + " more");
      }
    }
    Map<String, Long> unknown = unknownNames();
    if (!unknown.isEmpty()) {
      out.println("Unknown country names (rows stored without that country): " + unknown.entrySet().stream()
          .map(e -> "\"" + e.getKey() + "\" " + e.getValue()).collect(Collectors.joining(", ")) + ".");
    }
  }

  ObjectNode json() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode files = root.putArray("files");
    for (IngestResult r : results) {
      ObjectNode f = files.addObject();
      f.put("path", r.file().toString());
      f.put("sha256", r.sha256());
      f.put("format", r.format());
      f.put("lines", r.read().lines());
      f.put("accepted", r.read().accepted());
      f.put("rejected", r.read().rejected());
      f.put("newEvents", r.newEvents());
      f.put("alreadyStored", r.alreadyStored());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", results.size());
    summary.put("lines", sum(r -> r.read().lines()));
    summary.put("accepted", sum(r -> r.read().accepted()));
    summary.put("rejected", sum(r -> r.read().rejected()));
    summary.put("newEvents", sum(IngestResult::newEvents));
    summary.put("alreadyStored", sum(IngestResult::alreadyStored));
    summary.put("goldstein", goldstein);
    summary.put("quadMap", quadMap);
    ObjectNode reasons = summary.putObject("rejectedByReason");
    reasons().forEach(reasons::put);
    ArrayNode first = summary.putArray("firstRejections");
    for (Rejection x : first(Integer.MAX_VALUE)) {
      first.add(Json.diagnostic(x.diagnostic()));
    }
    ObjectNode unknown = summary.putObject("unknownCountryNames");
    unknownNames().forEach(unknown::put);
    return root;
  }
}
