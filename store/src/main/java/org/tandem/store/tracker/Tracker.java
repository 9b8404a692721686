package org.tandem.store.tracker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.Scenario;
import org.tandem.store.Database;

/**
 * The tracker's data layer. Every write is one transaction that inserts rows and never changes or
 * deletes one (the tables' triggers refuse both as well); a correction is a new row that names
 * the row it supersedes. Writes to one roadmap are serialized by locking its row, so that two
 * writers cannot both pass the transition checks against the same history. An input identical
 * to a stored row (same content key) is not added again, which makes imports idempotent.
 */
public final class Tracker {
  private final Database database;
  private final Clock clock;
  private final String user;

  /**
   * @param clock the time of recording and the "today" that no date may pass
   * @param user who is recording, stored with every row
   */
  public Tracker(Database database, Clock clock, String user) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.user = Objects.requireNonNull(user, "user");
  }

  // ----- roadmaps --------------------------------------------------------------------------

  /**
   * Starts tracking a checked scenario. Tracking the same text again is a no-op that returns the
   * stored roadmap; a different text under the same id is a user error (a roadmap never changes:
   * track the new text under a new id).
   */
  public Roadmap init(Scenario scenario) {
    return database.inTransaction(h -> {
      var existing = findRoadmap(h, scenario.id());
      if (existing != null) {
        if (!existing.sha256().equals(scenario.sha256())) {
          throw UserException.of("roadmap-exists", Location.of(scenario.sourceName()),
              "roadmap '" + scenario.id() + "' is already tracked with different content (sha256 "
                  + existing.sha256().substring(0, 12) + "..., this file " + scenario.sha256().substring(0, 12)
                  + "...); give the changed scenario a new id to track it");
        }
        return existing;
      }
      Roadmap roadmap = new Roadmap(scenario.id(), scenario.sourceName(), scenario.sha256(), scenario.text(),
          scenario.start().atDay(1), user, now());
      h.createUpdate("INSERT INTO roadmap (id, scenario_source, scenario_sha256, scenario_text, starts_on, "
              + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .bind(0, roadmap.id()).bind(1, roadmap.source()).bind(2, roadmap.sha256()).bind(3, roadmap.text())
          .bind(4, roadmap.startsOn()).bind(5, user).bind(6, utc(roadmap.recordedAt()))
          .execute();
      return roadmap;
    });
  }

  /** Every tracked roadmap, by id. */
  public List<Roadmap> roadmaps() {
    return database.withHandle(Tracker::roadmaps);
  }

  private static List<Roadmap> roadmaps(Handle h) {
    return h.createQuery("SELECT * FROM roadmap ORDER BY id").map((rs, ctx) -> roadmap(rs)).list();
  }

  /**
   * The roadmap named {@code id}, or the only one when {@code id} is null. No roadmap, an unknown
   * id, or several roadmaps and no id are user errors.
   */
  public Roadmap roadmap(String id) {
    return database.withHandle(h -> roadmap(h, id));
  }

  private static Roadmap roadmap(Handle h, String id) {
    List<Roadmap> all = roadmaps(h);
    if (id == null) {
      if (all.size() == 1) {
        return all.get(0);
      }
      if (all.isEmpty()) {
        throw UserException.of("no-roadmap", Location.of("--roadmap"),
            "no roadmap is tracked in this database yet; start with: tandem track init [SCENARIO]");
      }
      throw UserException.of("which-roadmap", Location.of("--roadmap"), "this database tracks "
          + all.size() + " roadmaps (" + String.join(", ", all.stream().map(Roadmap::id).toList())
          + "): choose one with --roadmap");
    }
    List<String> ids = all.stream().map(Roadmap::id).toList();
    return all.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> UserException.of(
        "unknown-roadmap", Location.of("--roadmap"), "no tracked roadmap '" + id + "' (tracked: "
            + (ids.isEmpty() ? "none" : String.join(", ", ids)) + ")" + Suggestions.hint(id, ids)));
  }

  // ----- status history -----------------------------------------------------------------------

  /**
   * Records status changes, all or nothing. Every input is checked first: a known step, a known
   * status, an ISO date neither before the roadmap starts nor after today, a source, a correction
   * that names an entry of this roadmap and step not already corrected, and a transition allowed
   * from the step's status just before (in date order, corrections applied). The problems are
   * reported at once, naming their location and field: every problem of every input's own fields,
   * and every impossible transition of each step none of whose inputs has such a problem. Then
   * nothing is written.
   */
  public RecordOutcome record(String roadmapId, List<StatusInput> inputs) {
    return database.inTransaction(h -> record(h, roadmapId, inputs, true));
  }

  /**
   * Imports a file's status changes, observations and explicit scores in one transaction: every problem of every
   * row (those found reading the file and those found checking it) is reported, sorted by line,
   * and then nothing is written; otherwise rows already stored are skipped.
   *
   * @return outcomes for the history, the observations and the explicit scores, in that order
   */
  public List<RecordOutcome> importContents(String roadmapId, ImportFile.Contents contents) {
    return database.inTransaction(h -> {
      Problems problems = new Problems();
      problems.addAll(contents.problems());
      RecordOutcome history = new RecordOutcome(List.of(), 0);
      RecordOutcome observations = new RecordOutcome(List.of(), 0);
      try {
        if (!contents.history().isEmpty()) {
          history = record(h, roadmapId, contents.history(),
              contents.problems().stream().noneMatch(Diagnostic::isError));
        }
      } catch (UserException e) {
        problems.addAll(e.diagnostics());
      }
      try {
        observations = observe(h, contents.observations());
      } catch (UserException e) {
        problems.addAll(e.diagnostics());
      }
      RecordOutcome scores = new RecordOutcome(List.of(), 0);
      try {
        if (!contents.scores().isEmpty()) {
          scores = setScores(h, roadmapId, contents.scores());
        }
      } catch (UserException e) {
        problems.addAll(e.diagnostics());
      }
      // Throwing rolls the transaction back: nothing of a file with a bad row is written.
      problems.throwIfErrors();
      return List.of(history, observations, scores);
    });
  }

  /**
   * @param allRowsRead false when rows of the input could not be read at all: their steps are
   *     unknown, so no step's transitions can be checked without them
   */
  private RecordOutcome record(Handle h, String roadmapId, List<StatusInput> inputs, boolean allRowsRead) {
    Roadmap roadmap = lockRoadmap(h, roadmapId);
    Scenario scenario = roadmap.scenario();
    List<StatusEntry> stored = history(h, roadmap.id(), null);
    Map<Long, StatusEntry> byId = new HashMap<>();
    Set<Long> superseded = new HashSet<>();
    Set<String> keys = new HashSet<>(h.createQuery("SELECT content_key FROM status_entry WHERE roadmap_id = ?")
        .bind(0, roadmap.id()).mapTo(String.class).list());
    for (StatusEntry e : stored) {
      byId.put(e.id(), e);
      if (e.supersedes() != null) {
        superseded.add(e.supersedes());
      }
    }
    List<String> stepIds = scenario.steps().stream().map(s -> s.id()).toList();
    Problems problems = new Problems();
    List<Pending> pending = new ArrayList<>();
    Set<Long> correctedHere = new HashSet<>();
    // Steps with a row that failed its own checks: that row is missing from the step's replay, and
    // every transition after it would be judged without it, so the step's transitions wait.
    Set<String> unchecked = new HashSet<>();
    int duplicates = 0;
    for (StatusInput in : inputs) {
      Location at = in.location();
      int before = problems.errorCount();
      String step = trim(in.step());
      if (step == null) {
        problems.error("missing-field", at, "field 'step': a step id is required");
      } else if (!stepIds.contains(step)) {
        problems.error("unknown-step", at, "field 'step': roadmap '" + roadmap.id() + "' has no step '" + step + "'"
            + Suggestions.hint(step, stepIds));
      }
      Status status = null;
      String statusText = trim(in.status());
      if (statusText == null) {
        problems.error("missing-field", at, "field 'status': a status is required (one of "
            + String.join(", ", Status.labels()) + ")");
      } else {
        status = Status.parse(statusText).orElse(null);
        if (status == null) {
          problems.error("unknown-status", at, "field 'status': '" + statusText + "' is not a status (expected one of "
              + String.join(", ", Status.labels()) + ")" + Suggestions.hint(statusText, Status.labels()));
        }
      }
      LocalDate date = date(in.date(), roadmap, at, problems);
      String source = trim(in.source());
      if (source == null) {
        problems.error("missing-source", at, "field 'source': every entry needs its evidence (a URL or a citation)");
      }
      Long corrects = null;
      String correctsText = trim(in.corrects());
      if (correctsText != null) {
        corrects = parseId(correctsText);
        if (corrects == null || !byId.containsKey(corrects)) {
          problems.error("unknown-entry", at, "field 'corrects': roadmap '" + roadmap.id()
              + "' has no history entry " + correctsText);
          corrects = null;
        }
      }
      if (problems.errorCount() > before) {
        unchecked.add(step);
        continue;
      }
      String key = key(roadmap.id(), step, status.label(), date.toString(), source, trim(in.quote()),
          trim(in.note()), correctsText);
      // Before the already-corrected check: a stored correction, imported again, is that correction
      // itself, so it is already recorded rather than a second correction of the same entry.
      if (!keys.add(key)) {
        duplicates++;
        continue;
      }
      if (corrects != null && (superseded.contains(corrects) || correctedHere.contains(corrects))) {
        problems.error("already-corrected", at, "field 'corrects': entry " + correctsText
            + " has already been corrected; correct the newest entry of its chain instead");
        unchecked.add(step);
        continue;
      }
      // A correction stays in its entry's step: moving an entry to another step would change the
      // history of a step that no new row names, and a chain would no longer be one step's record.
      // After the duplicate check, so that a stored cross-step correction imported again is still
      // only already recorded.
      String correctedStep = corrects == null ? null : byId.get(corrects).step();
      if (correctedStep != null && !correctedStep.equals(step)) {
        problems.error("correction-changes-step", at, "field 'corrects': entry " + correctsText + " records step '"
            + correctedStep + "', not '" + step + "'; a correction keeps the step of the entry it corrects: record '"
            + step + "' separately (and correct entry " + correctsText + " only with what did happen to '"
            + correctedStep + "')");
        unchecked.add(step);
        continue;
      }
      if (corrects != null) {
        correctedHere.add(corrects);
      }
      pending.add(new Pending(in, step, status, date, source, trim(in.quote()), trim(in.note()), corrects,
          correctsText, key));
    }
    if (allRowsRead) {
      checkTransitions(stored, superseded, pending, unchecked, problems);
    }
    problems.throwIfErrors();
    List<Long> ids = new ArrayList<>();
    Instant now = now();
    for (Pending p : pending) {
      ids.add(h.createUpdate("INSERT INTO status_entry (roadmap_id, step_id, status, happened_on, source, quote, "
              + "note, supersedes, recorded_by, recorded_at, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .bind(0, roadmap.id()).bind(1, p.step).bind(2, p.status.label()).bind(3, p.date).bind(4, p.source)
          .bind(5, p.quote).bind(6, p.note).bind(7, p.corrects).bind(8, user).bind(9, utc(now)).bind(10, p.key)
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
    return new RecordOutcome(ids, duplicates);
  }

  /**
   * The history of one step, or of every step when {@code step} is null, in recording order. A step
   * the roadmap does not have is a user error (with a suggestion for a misspelling), not an empty
   * history.
   */
  public List<StatusEntry> history(String roadmapId, String step) {
    return history(roadmapId, step, Location.of("step"));
  }

  /** {@link #history(String, String)}, with {@code stepAt} the location an unknown step is reported at. */
  public List<StatusEntry> history(String roadmapId, String step, Location stepAt) {
    return database.withHandle(h -> {
      Roadmap roadmap = roadmap(h, roadmapId);
      if (step != null) {
        List<String> stepIds = roadmap.scenario().steps().stream().map(s -> s.id()).toList();
        if (!stepIds.contains(step)) {
          throw UserException.of("unknown-step", stepAt, "field 'step': roadmap '" + roadmap.id() + "' has no step '"
              + step + "'" + Suggestions.hint(step, stepIds));
        }
      }
      return history(h, roadmap.id(), step);
    });
  }

  /**
   * Entries no later entry supersedes, in date order. Entries of one day are in recording order,
   * where a correction takes the place of the entry it corrects: it is ordered by the id of the
   * first entry of its chain, so that correcting the first of two same-day entries keeps it first.
   */
  public static List<StatusEntry> effective(List<StatusEntry> history) {
    Set<Long> superseded = new HashSet<>();
    for (StatusEntry e : history) {
      if (e.supersedes() != null) {
        superseded.add(e.supersedes());
      }
    }
    Map<Long, Long> firsts = chainFirsts(history);
    return history.stream().filter(e -> !superseded.contains(e.id()))
        .sorted(Comparator.comparing(StatusEntry::date).thenComparingLong((StatusEntry e) -> firsts.get(e.id()))
            .thenComparingLong(StatusEntry::id)).toList();
  }

  /**
   * For each entry's id, the id of the first entry of its correction chain (its own id when it
   * corrects nothing). A chain whose start is not in {@code history} starts at its earliest entry
   * there.
   */
  private static Map<Long, Long> chainFirsts(List<StatusEntry> history) {
    Map<Long, Long> supersedes = new HashMap<>();
    history.forEach(e -> supersedes.put(e.id(), e.supersedes()));
    Map<Long, Long> firsts = new HashMap<>();
    for (StatusEntry e : history) {
      long first = e.id();
      // An entry only corrects an earlier one (a smaller id), so this walk ends.
      while (supersedes.get(first) != null && supersedes.containsKey(supersedes.get(first))) {
        first = supersedes.get(first);
      }
      firsts.put(e.id(), first);
    }
    return firsts;
  }

  // ----- scores -----------------------------------------------------------------------------

  /** Sets a step's score for one year explicitly, with its justification. */
  public RecordOutcome setScore(String roadmapId, ScoreInput in) {
    return database.inTransaction(h -> setScores(h, roadmapId, List.of(in)));
  }

  /**
   * Sets explicit scores, all or nothing: every input needs a step of the roadmap, a year from the
   * roadmap's first to this one, a score 0-3 and a justification, and a correction must name a
   * score entry of the roadmap not already corrected. Inputs identical to a stored entry (or to an
   * earlier input) are not added again.
   */
  private RecordOutcome setScores(Handle h, String roadmapId, List<ScoreInput> inputs) {
    Roadmap roadmap = lockRoadmap(h, roadmapId);
    Scenario scenario = roadmap.scenario();
    List<String> stepIds = scenario.steps().stream().map(s -> s.id()).toList();
    int firstYear = roadmap.startsOn().getYear();
    int thisYear = LocalDate.now(clock).getYear();
    Set<String> keys = new HashSet<>(h.createQuery("SELECT content_key FROM score_entry WHERE roadmap_id = ?")
        .bind(0, roadmap.id()).mapTo(String.class).list());
    Set<Long> ids = new HashSet<>(h.createQuery("SELECT id FROM score_entry WHERE roadmap_id = ?")
        .bind(0, roadmap.id()).mapTo(Long.class).list());
    Set<Long> corrected = new HashSet<>(h.createQuery("SELECT supersedes FROM score_entry WHERE roadmap_id = ? "
        + "AND supersedes IS NOT NULL").bind(0, roadmap.id()).mapTo(Long.class).list());
    Problems problems = new Problems();
    List<Object[]> pending = new ArrayList<>();
    int duplicates = 0;
    for (ScoreInput in : inputs) {
      Location at = in.location();
      int before = problems.errorCount();
      String step = trim(in.step());
      if (step == null || !stepIds.contains(step)) {
        problems.error("unknown-step", at, "field 'step': roadmap '" + roadmap.id() + "' has no step '" + step + "'"
            + (step == null ? "" : Suggestions.hint(step, stepIds)));
      }
      Integer year = parseInt(in.year());
      if (year == null || year < firstYear || year > thisYear) {
        problems.error("bad-year", at, "field 'year': expected a year from " + firstYear + " (the roadmap's start) to "
            + thisYear + ", found '" + in.year() + "'");
      }
      Integer score = parseInt(in.score());
      if (score == null || score < 0 || score > 3) {
        problems.error("bad-score", at, "field 'score': expected 0 (not initiated), 1 (minimal), 2 (intermediate) "
            + "or 3 (full implementation), found '" + in.score() + "'");
      }
      String justification = trim(in.justification());
      if (justification == null) {
        problems.error("missing-justification", at, "field 'justification': an explicit score needs its reason");
      }
      Long corrects = null;
      String correctsText = trim(in.corrects());
      if (correctsText != null) {
        corrects = parseId(correctsText);
        if (corrects == null || !ids.contains(corrects)) {
          problems.error("unknown-entry", at, "field 'corrects': roadmap '" + roadmap.id() + "' has no score entry "
              + correctsText);
        }
      }
      if (problems.errorCount() > before) {
        continue;
      }
      String key = key(roadmap.id(), step, year.toString(), score.toString(), justification, correctsText);
      // As for status changes: a stored correction imported again is already recorded, not a second correction.
      if (!keys.add(key)) {
        duplicates++;
        continue;
      }
      if (corrects != null && corrected.contains(corrects)) {
        problems.error("already-corrected", at, "field 'corrects': score entry " + correctsText
            + " has already been corrected; correct the newest entry of its chain instead");
        continue;
      }
      if (corrects != null) {
        corrected.add(corrects);
      }
      pending.add(new Object[] {step, year, score, justification, corrects, key});
    }
    problems.throwIfErrors();
    List<Long> added = new ArrayList<>();
    Instant now = now();
    for (Object[] p : pending) {
      added.add(h.createUpdate("INSERT INTO score_entry (roadmap_id, step_id, period_year, score, justification, "
              + "supersedes, recorded_by, recorded_at, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .bind(0, roadmap.id()).bind(1, (String) p[0]).bind(2, ((Integer) p[1]).intValue())
          .bind(3, ((Integer) p[2]).shortValue()).bind(4, (String) p[3]).bind(5, (Long) p[4]).bind(6, user)
          .bind(7, utc(now)).bind(8, (String) p[5])
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
    return new RecordOutcome(added, duplicates);
  }

  /** Every explicit score entry of the roadmap, in recording order. */
  public List<ScoreEntry> scores(String roadmapId) {
    String id = roadmap(roadmapId).id();
    return database.withHandle(h -> h.createQuery("SELECT * FROM score_entry WHERE roadmap_id = ? ORDER BY id")
        .bind(0, id).map((rs, ctx) -> new ScoreEntry(rs.getLong("id"), rs.getString("roadmap_id"),
            rs.getString("step_id"), rs.getInt("period_year"), rs.getInt("score"), rs.getString("justification"),
            nullableLong(rs, "supersedes"), rs.getString("recorded_by"), instant(rs, "recorded_at"))).list());
  }

  // ----- observations -----------------------------------------------------------------------

  /**
   * Records observations, all or nothing, with the same checks as {@link #record}: a series name,
   * an ISO date not after today, a value {@code V} or range {@code LOW:HIGH} with LOW <= HIGH, a
   * method tag and a source; a correction must name an observation that no other one corrects yet.
   */
  public RecordOutcome observe(List<ObservationInput> inputs) {
    return database.inTransaction(h -> observe(h, inputs));
  }

  private RecordOutcome observe(Handle h, List<ObservationInput> inputs) {
    Problems problems = new Problems();
    List<Object[]> rows = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    Set<Long> correctedHere = new HashSet<>();
    LocalDate today = LocalDate.now(clock);
    for (ObservationInput in : inputs) {
      Location at = in.location();
      int before = problems.errorCount();
      String series = trim(in.series());
      if (series == null) {
        problems.error("missing-field", at, "field 'series': a series name is required");
      }
      LocalDate date = null;
      try {
        date = LocalDate.parse(Objects.requireNonNullElse(trim(in.date()), ""));
        if (date.isAfter(today)) {
          problems.error("date-in-future", at, "field 'date': " + date + " is after today (" + today + ")");
        }
      } catch (DateTimeParseException e) {
        problems.error("bad-date", at, "field 'date': expected an ISO date YYYY-MM-DD, found '" + in.date() + "'");
      }
      double[] range = range(in.value());
      if (range == null) {
        problems.error("bad-value", at, "field 'value': expected a finite number or LOW:HIGH with LOW <= HIGH, found '"
            + in.value() + "'");
      }
      String method = trim(in.method());
      if (method == null) {
        problems.error("missing-field", at, "field 'method': a method tag is required (e.g. assembled-estimate)");
      }
      String source = trim(in.source());
      if (source == null) {
        problems.error("missing-source", at, "field 'source': every observation needs its source");
      }
      Long corrects = null;
      String correctsText = trim(in.corrects());
      if (correctsText != null) {
        corrects = parseId(correctsText);
        // Locking the corrected row makes a concurrent correction of it wait for this transaction,
        // so that the check below sees it instead of both writers failing on the unique constraint.
        boolean exists = corrects != null && !h.createQuery("SELECT id FROM observation WHERE id = ? FOR UPDATE")
            .bind(0, corrects).mapTo(Long.class).list().isEmpty();
        if (!exists) {
          problems.error("unknown-entry", at, "field 'corrects': there is no observation " + correctsText);
        }
      }
      if (problems.errorCount() > before) {
        continue;
      }
      String key = key(series, date.toString(), Double.toString(range[0]), Double.toString(range[1]), method, source,
          trim(in.note()), correctsText);
      if (seen.putIfAbsent(key, rows.size()) != null) {
        continue;
      }
      // A row identical to a stored correction is that correction again (counted as already recorded
      // below); any other row naming a corrected observation would be a second correction of it.
      if (corrects != null && !storedObservation(h, key)) {
        Long by = correctedHere.contains(corrects) ? null : correctionOf(h, corrects);
        if (correctedHere.contains(corrects) || by != null) {
          problems.error("already-corrected", at, "field 'corrects': observation " + correctsText
              + " has already been corrected" + (by == null ? " by an earlier row" : " (by observation " + by + ")")
              + "; correct the newest observation of its chain instead");
          continue;
        }
        correctedHere.add(corrects);
      }
      rows.add(new Object[] {series, date, range[0], range[1], method, source, trim(in.note()), corrects, key});
    }
    problems.throwIfErrors();
    Set<String> existing = existingKeys(h, new ArrayList<>(seen.keySet()));
    int duplicates = inputs.size() - rows.size();
    List<Object[]> fresh = new ArrayList<>();
    for (Object[] row : rows) {
      if (existing.contains((String) row[8])) {
        duplicates++;
      } else {
        fresh.add(row);
      }
    }
    if (fresh.isEmpty()) {
      return new RecordOutcome(List.of(), duplicates);
    }
    OffsetDateTime at = utc(now());
    PreparedBatch batch = h.prepareBatch("INSERT INTO observation (series, observed_on, low, high, method, source, "
        + "note, supersedes, recorded_by, recorded_at, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (Object[] row : fresh) {
      batch.bind(0, (String) row[0]).bind(1, (LocalDate) row[1]).bind(2, (Double) row[2]).bind(3, (Double) row[3])
          .bind(4, (String) row[4]).bind(5, (String) row[5]).bind(6, (String) row[6]).bind(7, (Long) row[7])
          .bind(8, user).bind(9, at).bind(10, (String) row[8]).add();
    }
    List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
    return new RecordOutcome(ids, duplicates);
  }

  /** The observations of one series, or of all when {@code series} is null, by series and date. */
  public List<Observation> observations(String series) {
    return database.withHandle(h -> h.createQuery("SELECT * FROM observation"
            + (series == null ? "" : " WHERE series = :series") + " ORDER BY series, observed_on, id")
        .bindMap(series == null ? Map.of() : Map.of("series", series))
        .map((rs, ctx) -> new Observation(rs.getLong("id"), rs.getString("series"),
            rs.getObject("observed_on", LocalDate.class), rs.getDouble("low"), rs.getDouble("high"),
            rs.getString("method"), rs.getString("source"), rs.getString("note"), nullableLong(rs, "supersedes"),
            rs.getString("recorded_by"), instant(rs, "recorded_at"))).list());
  }

  // ----- helpers ------------------------------------------------------------------------------

  private record Pending(StatusInput input, String step, Status status, LocalDate date, String source, String quote,
      String note, Long corrects, String correctsText, String key) {}

  /**
   * Replays the effective history, with the new entries in place, of each step that has a new entry
   * and is not in {@code unchecked}, and reports every transition that is not allowed. A new entry
   * that cannot follow is reported at its own location and left out of the replay (the step keeps
   * the status before it). A stored entry that can no longer follow (because of new entries before
   * it) is reported at the last new entry the replay accepted before it, or else at the step's first
   * correction (which took an entry before it away), and the replay goes on from its status: stored
   * entries are the record, only new entries are in question.
   */
  private static void checkTransitions(List<StatusEntry> stored, Set<Long> superseded, List<Pending> pending,
      Set<String> unchecked, Problems problems) {
    Set<Long> alsoSuperseded = new HashSet<>(superseded);
    pending.stream().filter(p -> p.corrects != null).forEach(p -> alsoSuperseded.add(p.corrects));
    Map<String, List<Object[]>> byStep = new LinkedHashMap<>();
    // Each element: {date, order, status, pending-or-null, stored-or-null}. Same-day entries are in
    // recording order as effective() orders them: a correction in the place of the first entry of its
    // chain, a new entry after the stored ones.
    Map<Long, Long> firsts = chainFirsts(stored);
    for (StatusEntry e : stored) {
      if (!alsoSuperseded.contains(e.id())) {
        byStep.computeIfAbsent(e.step(), k -> new ArrayList<>())
            .add(new Object[] {e.date(), firsts.get(e.id()), e.status(), null, e});
      }
    }
    long order = Long.MAX_VALUE / 2;
    Set<String> touched = new LinkedHashSet<>();
    for (Pending p : pending) {
      if (!unchecked.contains(p.step)) {
        touched.add(p.step);
      }
      long place = p.corrects != null ? firsts.get(p.corrects) : order++;
      byStep.computeIfAbsent(p.step, k -> new ArrayList<>()).add(new Object[] {p.date, place, p.status, p, null});
    }
    for (String step : touched) {
      List<Object[]> items = byStep.get(step);
      items.sort(Comparator.comparing((Object[] o) -> (LocalDate) o[0]).thenComparingLong(o -> (Long) o[1]));
      Status previous = null;
      LocalDate previousDate = null;
      Pending lastAccepted = null;
      for (Object[] item : items) {
        Status status = (Status) item[2];
        Pending here = (Pending) item[3];
        if (!Status.allowedAfter(previous).contains(status)) {
          String was = previous == null ? "no status yet" : "'" + previous.label() + "' since " + previousDate;
          String allowed = String.join(", ", Status.allowedAfter(previous).stream().map(Status::label).toList());
          if (here != null) {
            problems.error("impossible-transition", here.input.location(), "field 'status': step '" + step
                + "' cannot become '" + status.label() + "' on " + item[0] + " (it had " + was + "; allowed next: "
                + allowed + ")");
            continue;
          }
          StatusEntry entry = (StatusEntry) item[4];
          Pending culprit = lastAccepted != null ? lastAccepted : pending.stream()
              .filter(p -> p.step.equals(step)).min(Comparator.comparing((Pending p) -> p.corrects == null))
              .orElseThrow();
          problems.error("impossible-transition", culprit.input.location(), "field 'status': step '" + step
              + "' would have " + was + " before entry #" + entry.id() + ", which records it '" + status.label()
              + "' on " + entry.date() + " (allowed next: " + allowed + ")");
        } else if (here != null) {
          lastAccepted = here;
        }
        previous = status;
        previousDate = (LocalDate) item[0];
      }
    }
  }

  private LocalDate date(String text, Roadmap roadmap, Location at, Problems problems) {
    String value = trim(text);
    if (value == null) {
      problems.error("missing-field", at, "field 'date': the date it happened is required (YYYY-MM-DD)");
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.error("bad-date", at, "field 'date': expected an ISO date YYYY-MM-DD, found '" + value + "'");
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    if (date.isBefore(roadmap.startsOn())) {
      problems.error("date-before-start", at, "field 'date': " + date + " is before roadmap '" + roadmap.id()
          + "' starts (" + roadmap.startsOn() + ")");
    } else if (date.isAfter(today)) {
      problems.error("date-in-future", at, "field 'date': " + date + " is after today (" + today + ")");
    }
    return date;
  }

  private Roadmap lockRoadmap(Handle h, String roadmapId) {
    String id = roadmap(h, roadmapId).id();
    return h.createQuery("SELECT * FROM roadmap WHERE id = ? FOR UPDATE").bind(0, id)
        .map((rs, ctx) -> roadmap(rs)).one();
  }

  private static Roadmap findRoadmap(Handle h, String id) {
    return h.createQuery("SELECT * FROM roadmap WHERE id = ?").bind(0, id).map((rs, ctx) -> roadmap(rs))
        .findOne().orElse(null);
  }

  private static List<StatusEntry> history(Handle h, String roadmapId, String step) {
    return h.createQuery("SELECT * FROM status_entry WHERE roadmap_id = :roadmap"
            + (step == null ? "" : " AND step_id = :step") + " ORDER BY id")
        .bind("roadmap", roadmapId).bindMap(step == null ? Map.of() : Map.of("step", step))
        .map((rs, ctx) -> new StatusEntry(rs.getLong("id"), rs.getString("roadmap_id"), rs.getString("step_id"),
            Status.parse(rs.getString("status")).orElseThrow(), rs.getObject("happened_on", LocalDate.class),
            rs.getString("source"), rs.getString("quote"), rs.getString("note"), nullableLong(rs, "supersedes"),
            rs.getString("recorded_by"), instant(rs, "recorded_at")))
        .list();
  }

  private static boolean storedObservation(Handle h, String key) {
    return !h.createQuery("SELECT id FROM observation WHERE content_key = ?").bind(0, key).mapTo(Long.class).list()
        .isEmpty();
  }

  /** The id of the observation that corrects {@code id}, or null. */
  private static Long correctionOf(Handle h, long id) {
    return h.createQuery("SELECT id FROM observation WHERE supersedes = ?").bind(0, id).mapTo(Long.class)
        .findOne().orElse(null);
  }

  private static Set<String> existingKeys(Handle h, List<String> keys) {
    Set<String> found = new HashSet<>();
    for (int i = 0; i < keys.size(); i += 500) {
      List<String> chunk = keys.subList(i, Math.min(keys.size(), i + 500));
      found.addAll(h.createQuery("SELECT content_key FROM observation WHERE content_key IN (<keys>)")
          .bindList("keys", chunk).mapTo(String.class).list());
    }
    return found;
  }

  private static Roadmap roadmap(ResultSet rs) throws SQLException {
    return new Roadmap(rs.getString("id"), rs.getString("scenario_source"), rs.getString("scenario_sha256"),
        rs.getString("scenario_text"), rs.getObject("starts_on", LocalDate.class), rs.getString("recorded_by"),
        instant(rs, "recorded_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private Instant now() {
    // Both databases keep microseconds; truncating here makes what is returned equal what is stored.
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private static Long parseId(String s) {
    try {
      long v = Long.parseLong(s);
      return v > 0 ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer parseInt(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code V} or {@code LOW:HIGH} as {low, high}, or null when malformed. */
  static double[] range(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] parts = text.strip().split(":", -1);
    if (parts.length > 2) {
      return null;
    }
    try {
      double low = Double.parseDouble(parts[0].strip());
      double high = parts.length == 2 ? Double.parseDouble(parts[1].strip()) : low;
      if (!Double.isFinite(low) || !Double.isFinite(high) || low > high || parts[0].strip().matches(".*[a-zA-Z].*")
          || (parts.length == 2 && parts[1].strip().matches(".*[a-zA-Z].*"))) {
        return null;
      }
      return new double[] {low, high};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** SHA-256 of the fields, each length-prefixed so that no two field lists share a key. */
  static String key(String... fields) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String f : fields) {
        byte[] bytes = f == null ? new byte[0] : f.getBytes(StandardCharsets.UTF_8);
        digest.update((f == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
