package org.tandem.store.tracker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.error.Utf8;
import org.tandem.store.JsonSyntax;

/**
 * Reads an import file into unchecked inputs, each with its location (CSV: the line its row
 * starts on; JSON: the line of its object). The {@link Tracker} then checks and writes them in one
 * transaction.
 *
 * <p>CSV: a header row, then one row per entry. A header with {@code series} holds observations
 * ({@code series,date,value,method,source[,note,corrects]}, or {@code low,high} instead of
 * {@code value}); a header with {@code score} holds explicit implementation scores
 * ({@code step,year,score,justification[,corrects]}); otherwise status changes
 * ({@code step,status,date,source[,quote,note,corrects]}).
 * The columns {@code id}, {@code recorded_by}, {@code recorded_at} and {@code supersedes} that
 * {@code track export} writes are accepted and ignored. Fields may be double-quoted (a doubled
 * quote inside is one quote) and may then span lines.
 *
 * <p>JSON: an array of status-change objects with the same field names, or an object with
 * {@code history}, {@code observations} and/or {@code scores} arrays (the shape {@code track
 * export} writes). Nothing in it is skipped silently: an unknown key or field, a key given twice,
 * a value of the wrong type (a field must be a string, a number or null) and anything after the
 * one JSON value are errors at their line and column.
 */
public final class ImportFile {
  private static final Set<String> IGNORED = Set.of("id", "recorded_by", "recorded_at", "recordedBy", "recordedAt",
      "supersedes", "roadmap", "correctedBy");
  private static final List<String> HISTORY = List.of("step", "status", "date", "source", "quote", "note", "corrects");
  private static final List<String> OBSERVATIONS = List.of("series", "date", "value", "low", "high", "method",
      "source", "note", "corrects");
  private static final List<String> SCORES = List.of("step", "year", "score", "justification", "corrects");
  private static final List<String> SECTIONS = List.of("history", "observations", "scores");
  private static final List<String> TOP_LEVEL = List.of("history", "observations", "scores", "roadmap");

  /**
   * What an import file holds.
   *
   * @param problems errors of single rows (a wrong number of fields, an unknown field), reported
   *     together with the errors the tracker finds in the other rows; such rows are not in the lists
   */
  public record Contents(List<StatusInput> history, List<ObservationInput> observations, List<ScoreInput> scores,
      List<Diagnostic> problems) {
    public Contents {
      history = List.copyOf(history);
      observations = List.copyOf(observations);
      scores = List.copyOf(scores);
      problems = List.copyOf(problems);
    }
  }

  private ImportFile() {}

  /**
   * Reads CSV or JSON (told apart by the first non-blank character). The bytes must be UTF-8: other
   * bytes are an error at their line and column, not decoded into replacement characters and stored.
   */
  public static Contents read(byte[] bytes, String sourceName) {
    String text = utf8(bytes, sourceName);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String start = text.stripLeading();
    return start.startsWith("[") || start.startsWith("{") ? json(text, sourceName) : csv(text, sourceName);
  }

  private static String utf8(byte[] bytes, String sourceName) {
    try {
      return Utf8.decode(bytes, sourceName);
    } catch (Utf8.NotUtf8 e) {
      throw UserException.of("not-utf8", e.invalid().location(), "expected a UTF-8 text file, found a byte sequence"
          + " that is not UTF-8 (" + e.invalid().describe() + ")");
    }
  }

  // ----- CSV --------------------------------------------------------------------------------

  static Contents csv(String text, String sourceName) {
    Problems problems = new Problems();
    List<Row> rows = rows(text, sourceName, problems);
    problems.throwIfErrors();
    if (rows.isEmpty()) {
      throw UserException.of("empty-import", Location.of(sourceName), "the file has no header row");
    }
    Row header = rows.get(0);
    List<String> names = header.fields().stream().map(String::strip).toList();
    boolean observations = names.contains("series");
    boolean scores = !observations && names.contains("score");
    List<String> known = observations ? OBSERVATIONS : scores ? SCORES : HISTORY;
    String kind = observations ? "an observation" : scores ? "a score" : "a status";
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!known.contains(name) && !IGNORED.contains(name)) {
        problems.error("unknown-column", new Location(sourceName, header.line(), 0), "column " + (i + 1) + ": '" + name
            + "' is not a column of " + kind + " import (expected "
            + String.join(", ", known) + ")");
      }
      if (names.indexOf(name) != i) {
        problems.error("duplicate-column", new Location(sourceName, header.line(), 0), "column " + (i + 1) + ": '"
            + name + "' appears twice");
      }
    }
    List<String> required = observations ? List.of("series", "date", "method", "source")
        : scores ? List.of("step", "year", "score", "justification") : List.of("step", "status", "date", "source");
    for (String r : required) {
      if (!names.contains(r)) {
        problems.error("missing-column", new Location(sourceName, header.line(), 0), "the header has no '" + r
            + "' column (required: " + String.join(", ", required) + ")");
      }
    }
    if (observations && !names.contains("value") && !(names.contains("low") && names.contains("high"))) {
      problems.error("missing-column", new Location(sourceName, header.line(), 0),
          "the header needs a 'value' column or both 'low' and 'high'");
    }
    problems.throwIfErrors();
    List<StatusInput> history = new ArrayList<>();
    List<ObservationInput> obs = new ArrayList<>();
    List<ScoreInput> scoreInputs = new ArrayList<>();
    for (Row row : rows.subList(1, rows.size())) {
      Location at = new Location(sourceName, row.line(), 0);
      if (row.fields().size() != names.size()) {
        problems.error("wrong-field-count", at, "expected " + names.size() + " fields as in the header, found "
            + row.fields().size());
        continue;
      }
      Map<String, String> f = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        f.put(names.get(i), row.fields().get(i));
      }
      if (observations) {
        obs.add(observation(at, f));
      } else if (scores) {
        scoreInputs.add(score(at, f));
      } else {
        history.add(new StatusInput(at, f.get("step"), f.get("status"), f.get("date"), f.get("source"),
            f.get("quote"), f.get("note"), f.get("corrects")));
      }
    }
    return new Contents(history, obs, scoreInputs, problems.all());
  }

  private static ScoreInput score(Location at, Map<String, String> f) {
    return new ScoreInput(at, f.get("step"), f.get("year"), f.get("score"), f.get("justification"), f.get("corrects"));
  }

  private static ObservationInput observation(Location at, Map<String, String> f) {
    String value = f.get("value");
    if ((value == null || value.isBlank()) && f.get("low") != null) {
      value = f.get("low").strip() + ":" + (f.get("high") == null ? "" : f.get("high").strip());
    }
    return new ObservationInput(at, f.get("series"), f.get("date"), value, f.get("method"), f.get("source"),
        f.get("note"), f.get("corrects"));
  }

  private record Row(int line, List<String> fields) {}

  /** Splits CSV text into rows; blank lines are skipped. An unclosed quote is an error at its row. */
  private static List<Row> rows(String text, String sourceName, Problems problems) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int rowLine = 1;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
        i++;
        continue;
      }
      if (ch == '"' && field.toString().isBlank() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (ch == ',') {
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
      } else if (ch == '\n' || ch == '\r') {
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
          rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        fields.clear();
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        rowLine = line;
      } else if (wasQuoted && !Character.isWhitespace(ch)) {
        problems.error("bad-quote", new Location(sourceName, line, 0), "text after a closing quote");
        field.append(ch);
      } else {
        field.append(ch);
      }
      i++;
    }
    if (quoted) {
      problems.error("bad-quote", new Location(sourceName, rowLine, 0), "a quoted field is never closed");
    }
    fields.add(wasQuoted ? field.toString() : field.toString().strip());
    if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }

  // ----- JSON -------------------------------------------------------------------------------

  static Contents json(String text, String sourceName) {
    ObjectMapper mapper = new ObjectMapper();
    Problems problems = new Problems();
    List<StatusInput> history = new ArrayList<>();
    List<ObservationInput> obs = new ArrayList<>();
    List<ScoreInput> scores = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(text)) {
      p.setCodec(mapper);
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        readArray(p, sourceName, "history", history, obs, scores, problems);
      } else if (first == JsonToken.START_OBJECT) {
        Map<String, Location> seen = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          Location at = here(p, sourceName);
          JsonToken value = p.nextToken();
          Location previous = seen.putIfAbsent(name, at);
          if (previous != null) {
            problems.error("duplicate-key", at, "key '" + name + "' appears twice (first at " + previous + ")");
            p.skipChildren();
          } else if (SECTIONS.contains(name)) {
            if (value == JsonToken.START_ARRAY) {
              readArray(p, sourceName, name, history, obs, scores, problems);
            } else {
              problems.error("wrong-type", at, "'" + name + "' must be an array of " + name + " entries, found "
                  + kind(value));
              p.skipChildren();
            }
          } else if (name.equals("roadmap")) {
            // The roadmap track export describes; the roadmap imported into is chosen with --roadmap.
            if (value != JsonToken.START_OBJECT) {
              problems.error("wrong-type", at, "'roadmap' must be the roadmap object track export writes (on import "
                  + "the roadmap is chosen with --roadmap), found " + kind(value));
            }
            p.skipChildren();
          } else {
            problems.error("unknown-key", at, "unknown key '" + name + "' (expected " + String.join(", ", SECTIONS)
                + " or roadmap)" + Suggestions.hint(name, TOP_LEVEL));
            p.skipChildren();
          }
        }
      } else {
        throw UserException.of("bad-json", here(p, sourceName), "expected an array of status changes or an object "
            + "with " + String.join(", ", SECTIONS) + " arrays, found " + kind(first));
      }
      trailing(p, sourceName, problems);
    } catch (JsonProcessingException e) {
      throw JsonSyntax.error("bad-json", sourceName, "malformed JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Contents(history, obs, scores, problems.all());
  }

  /** Anything after the file's one JSON value is an error: it would otherwise never be read. */
  private static void trailing(JsonParser p, String sourceName, Problems problems) throws IOException {
    String message = "unexpected content after the end of the JSON value (an import file holds one array or one "
        + "object)";
    try {
      if (p.nextToken() != null) {
        problems.error("trailing-content", here(p, sourceName), message);
      }
    } catch (JsonProcessingException e) {
      problems.error("trailing-content", JsonSyntax.location(sourceName, e), message);
    }
  }

  private static void readArray(JsonParser p, String sourceName, String kind, List<StatusInput> history,
      List<ObservationInput> obs, List<ScoreInput> scores, Problems problems) throws IOException {
    List<String> known = switch (kind) {
      case "history" -> HISTORY;
      case "scores" -> SCORES;
      default -> OBSERVATIONS;
    };
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
      Location at = here(p, sourceName);
      if (token != JsonToken.START_OBJECT) {
        problems.error("bad-entry", at, "expected an object with fields " + String.join(", ", known) + ", found "
            + kind(token));
        p.skipChildren();
        continue;
      }
      Map<String, String> f = new LinkedHashMap<>();
      Map<String, Location> seen = new LinkedHashMap<>();
      boolean ok = true;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        Location fieldAt = here(p, sourceName);
        JsonToken value = p.nextToken();
        Location previous = seen.putIfAbsent(name, fieldAt);
        if (previous != null) {
          problems.error("duplicate-key", fieldAt, "field '" + name + "' appears twice in the entry (first at "
              + previous + ")");
          ok = false;
        } else if (IGNORED.contains(name)) {
          // written by track export, not read back
        } else if (!known.contains(name)) {
          problems.error("unknown-field", fieldAt, "'" + name + "' is not a field of " + kind + " entries (expected "
              + String.join(", ", known) + ")" + Suggestions.hint(name, known));
          ok = false;
        } else if (value == JsonToken.VALUE_STRING || value.isNumeric()) {
          JsonNode node = p.readValueAsTree();
          f.put(name, node.asText());
        } else if (value != JsonToken.VALUE_NULL) {
          problems.error("wrong-type", fieldAt, "field '" + name + "': expected a string or a number, found "
              + kind(value));
          ok = false;
        }
        p.skipChildren();
      }
      if (!ok) {
        continue;
      }
      if (kind.equals("history")) {
        history.add(new StatusInput(at, f.get("step"), f.get("status"), f.get("date"), f.get("source"),
            f.get("quote"), f.get("note"), f.get("corrects")));
      } else if (kind.equals("scores")) {
        scores.add(score(at, f));
      } else {
        obs.add(observation(at, f));
      }
    }
  }

  /** Where the parser's current token starts. */
  private static Location here(JsonParser p, String sourceName) {
    var loc = p.currentTokenLocation();
    return new Location(sourceName, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
  }

  /** What a JSON value is, for messages: "an array", "a string", ... */
  private static String kind(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }
}
