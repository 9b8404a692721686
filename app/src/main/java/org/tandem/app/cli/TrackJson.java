package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tandem.store.tracker.ImplementationScores;
import org.tandem.store.tracker.Observation;
import org.tandem.store.tracker.RecordOutcome;
import org.tandem.store.tracker.Roadmap;
import org.tandem.store.tracker.ScoreEntry;
import org.tandem.store.tracker.StatusEntry;

/** JSON forms of the tracker's values. Field names match what {@code track import} reads. */
final class TrackJson {
  private TrackJson() {}

  static ObjectNode roadmap(Roadmap r) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", r.id());
    node.put("source", r.source());
    node.put("sha256", r.sha256());
    node.put("startsOn", r.startsOn().toString());
    node.put("recordedBy", r.recordedBy());
    node.put("recordedAt", r.recordedAt().toString());
    return node;
  }

  static ObjectNode entry(StatusEntry e, List<StatusEntry> all) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", e.id());
    node.put("step", e.step());
    node.put("status", e.status().label());
    node.put("date", e.date().toString());
    node.put("source", e.source());
    node.put("quote", e.quote());
    node.put("note", e.note());
    node.put("corrects", e.supersedes());
    all.stream().filter(o -> o.supersedes() != null && o.supersedes() == e.id()).findFirst()
        .ifPresent(o -> node.put("correctedBy", o.id()));
    node.put("recordedBy", e.recordedBy());
    node.put("recordedAt", e.recordedAt().toString());
    return node;
  }

  static ObjectNode score(ScoreEntry e) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", e.id());
    node.put("step", e.step());
    node.put("year", e.year());
    node.put("score", e.score());
    node.put("justification", e.justification());
    node.put("corrects", e.supersedes());
    node.put("recordedBy", e.recordedBy());
    node.put("recordedAt", e.recordedAt().toString());
    return node;
  }

  static ObjectNode observation(Observation o) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", o.id());
    node.put("series", o.series());
    node.put("date", o.date().toString());
    node.put("low", o.low());
    node.put("high", o.high());
    node.put("method", o.method());
    node.put("source", o.source());
    node.put("note", o.note());
    node.put("corrects", o.supersedes());
    node.put("recordedBy", o.recordedBy());
    node.put("recordedAt", o.recordedAt().toString());
    return node;
  }

  static ObjectNode outcome(RecordOutcome outcome) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    ArrayNode ids = node.putArray("added");
    outcome.added().forEach(ids::add);
    node.put("alreadyRecorded", outcome.alreadyRecorded());
    return node;
  }

  static ObjectNode card(ImplementationScores.ScoreCard card) {
    ObjectNode node = rates(card);
    ArrayNode steps = node.putArray("steps");
    for (var s : card.steps()) {
      ObjectNode step = steps.addObject();
      step.put("step", s.step());
      step.put("track", s.track());
      step.put("status", s.status() == null ? null : s.status().label());
      step.put("score", s.score());
      step.put("explicit", s.explicit());
      step.put("started", s.started());
    }
    return node;
  }

  static ObjectNode rates(ImplementationScores.ScoreCard card) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("date", card.at().toString());
    node.set("overall", rate(card.overall()));
    ArrayNode tracks = node.putArray("tracks");
    card.tracks().forEach(t -> tracks.add(rate(t)));
    return node;
  }

  private static ObjectNode rate(ImplementationScores.Rate r) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("scope", r.scope());
    node.put("provisions", r.provisions());
    node.put("started", r.started());
    node.put("points", r.points());
    putRate(node, "strict", r.strict());
    putRate(node, "lenient", r.lenient());
    return node;
  }

  private static void putRate(ObjectNode node, String name, double value) {
    if (Double.isNaN(value)) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }
}
