package org.tandem.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingJsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementException;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * Backups as JSON that any tandem database can restore, H2 or PostgreSQL: every row of every table
 * (the tracker's and the event data's), ids included, in key order. Restoring into an empty
 * database and backing up again gives the same bytes. Both directions stream, row by row, so a
 * backup of millions of stored events needs no more memory than one of a few rows.
 */
public final class Backup {
  /** The {@code format} field of every backup. */
  public static final String FORMAT = "tandem-backup";
  /** 2 added the event tables; a version 1 backup (tracker tables only) is still restored. */
  public static final int FORMAT_VERSION = 2;

  /**
   * The schema migrations that only added tables: a backup of an older schema restores into a newer
   * one when every migration between them is here (the added tables stay empty). V2 added the event
   * tables.
   */
  private static final Set<Integer> ADDITIVE_MIGRATIONS = Set.of(2);

  /** Rows inserted per batch when restoring. */
  private static final int BATCH = 1000;

  /** Column types; DECIMAL has one decimal place (the Goldstein value, DECIMAL(3,1)). */
  private enum Type { TEXT, DATE, TIME, ID, INT, LONG, REAL, DECIMAL, BOOL }

  private record Column(String name, Type type) {}

  /**
   * A table: its columns, the order its rows are written in, whether its first column is an
   * identity (whose sequence a restore moves past the restored ids), and the format version that
   * added it.
   */
  private record Table(String name, List<Column> columns, String orderBy, boolean identity, int since) {}

  private static final List<Table> TABLES = List.of(
      new Table("roadmap", List.of(c("id", Type.TEXT), c("scenario_source", Type.TEXT),
          c("scenario_sha256", Type.TEXT), c("scenario_text", Type.TEXT), c("starts_on", Type.DATE),
          c("recorded_by", Type.TEXT), c("recorded_at", Type.TIME)), "id", false, 1),
      new Table("status_entry", List.of(c("id", Type.ID), c("roadmap_id", Type.TEXT), c("step_id", Type.TEXT),
          c("status", Type.TEXT), c("happened_on", Type.DATE), c("source", Type.TEXT), c("quote", Type.TEXT),
          c("note", Type.TEXT), c("supersedes", Type.ID), c("recorded_by", Type.TEXT), c("recorded_at", Type.TIME),
          c("content_key", Type.TEXT)), "id", true, 1),
      new Table("score_entry", List.of(c("id", Type.ID), c("roadmap_id", Type.TEXT), c("step_id", Type.TEXT),
          c("period_year", Type.INT), c("score", Type.INT), c("justification", Type.TEXT), c("supersedes", Type.ID),
          c("recorded_by", Type.TEXT), c("recorded_at", Type.TIME), c("content_key", Type.TEXT)), "id", true, 1),
      new Table("observation", List.of(c("id", Type.ID), c("series", Type.TEXT), c("observed_on", Type.DATE),
          c("low", Type.REAL), c("high", Type.REAL), c("method", Type.TEXT), c("source", Type.TEXT),
          c("note", Type.TEXT), c("supersedes", Type.ID), c("recorded_by", Type.TEXT), c("recorded_at", Type.TIME),
          c("content_key", Type.TEXT)), "id", true, 1),
      new Table("ingested_file", List.of(c("id", Type.ID), c("path", Type.TEXT), c("sha256", Type.TEXT),
          c("format", Type.TEXT), c("ingested_at", Type.TIME), c("accepted", Type.LONG), c("rejected", Type.LONG),
          c("new_events", Type.LONG)), "id", true, 2),
      new Table("event", List.of(c("source_format", Type.TEXT), c("event_id", Type.TEXT), c("event_date", Type.DATE),
          c("source_country", Type.TEXT), c("target_country", Type.TEXT), c("cameo_code", Type.TEXT),
          c("goldstein", Type.DECIMAL), c("quad_class", Type.INT), c("is_root", Type.BOOL),
          c("num_sources", Type.INT), c("file_sha256", Type.TEXT)), "source_format, event_id", false, 2));

  private Backup() {}

  private static Column c(String name, Type type) {
    return new Column(name, type);
  }

  /**
   * Writes every row, read in one transaction so that the backup is consistent, and returns how
   * many rows it wrote.
   */
  public static long write(Database db, OutputStream out) {
    String schema = db.schemaVersion();
    return db.jdbi().inTransaction(h -> {
      long written = 0;
      try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("formatVersion", FORMAT_VERSION);
        g.writeStringField("schemaVersion", schema);
        g.writeObjectFieldStart("tables");
        for (Table table : TABLES) {
          g.writeArrayFieldStart(table.name());
          written += h.createQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy())
              .setFetchSize(BATCH).scanResultSet((supplier, ctx) -> {
                long rows = 0;
                try (ResultSet rs = supplier.get()) {
                  while (rs.next()) {
                    try {
                      writeRow(g, table, rs);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                    rows++;
                  }
                }
                return rows;
              });
          g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return written;
    });
  }

  /**
   * Restores a backup into an empty database of the same schema version, in one transaction.
   * Returns the number of rows restored. A malformed backup, another schema version, or a
   * database that already holds rows is a user error, and nothing is written. The backup's
   * {@code format}, {@code formatVersion} and {@code schemaVersion} must come before its
   * {@code tables}, as {@link #write} writes them.
   */
  public static long restore(Database db, InputStream in, String sourceName) {
    Location whole = Location.of(sourceName);
    try (JsonParser p = new MappingJsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw notABackup(whole);
      }
      Header header = new Header();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "format" -> header.format = p.getValueAsString();
          case "formatVersion" -> header.version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
          case "schemaVersion" -> header.schema = p.getValueAsString();
          case "tables" -> {
            header.check(db, whole);
            if (value != JsonToken.START_OBJECT) {
              throw UserException.of("bad-backup", whole, "\"tables\" must be an object of tables");
            }
            return db.jdbi().inTransaction(h -> restoreTables(h, db, p, header.version, whole));
          }
          default -> p.skipChildren();
        }
      }
      throw notABackup(whole);
    } catch (JsonProcessingException e) {
      throw JsonSyntax.error("bad-backup", sourceName, "not a JSON backup", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields before {@code tables}. */
  private static final class Header {
    String format;
    int version;
    String schema;

    void check(Database db, Location whole) {
      if (!FORMAT.equals(format)) {
        throw notABackup(whole);
      }
      if (version < 1 || version > FORMAT_VERSION) {
        throw UserException.of("bad-backup", whole, "expected formatVersion 1 to " + FORMAT_VERSION
            + " before \"tables\", found " + (version == 0 ? "none" : String.valueOf(version))
            + (version > FORMAT_VERSION ? " (written by a later tandem: restore it with that version)" : ""));
      }
      String current = db.schemaVersion();
      if (schema == null || !schema.equals(current) && !onlyTablesAddedSince(schema, current)) {
        throw UserException.of("schema-mismatch", whole, "the backup has schema version " + schema
            + " but this database has " + current + "; restore it with the tandem version that wrote it");
      }
    }
  }

  /** Whether every migration after schema {@code older} up to {@code newer} only added tables. */
  static boolean onlyTablesAddedSince(String older, String newer) {
    int from;
    int to;
    try {
      from = Integer.parseInt(older);
      to = Integer.parseInt(newer);
    } catch (NumberFormatException e) {
      return false;
    }
    if (from < 1 || from >= to) {
      return false;
    }
    for (int v = from + 1; v <= to; v++) {
      if (!ADDITIVE_MIGRATIONS.contains(v)) {
        return false;
      }
    }
    return true;
  }

  private static UserException notABackup(Location whole) {
    return UserException.of("bad-backup", whole, "not a tandem backup (expected \"format\": \"" + FORMAT
        + "\", \"formatVersion\" and \"schemaVersion\" before \"tables\")");
  }

  private static long restoreTables(Handle h, Database db, JsonParser p, int version, Location whole)
      throws IOException {
    for (Table table : TABLES) {
      long rows = h.createQuery("SELECT COUNT(*) FROM " + table.name()).mapTo(Long.class).one();
      if (rows > 0) {
        throw UserException.of("database-not-empty", Location.of(db.location().display()),
            "restore needs an empty database, but table " + table.name() + " has " + rows
                + " rows (the tracker never deletes: restore into a new database)");
      }
    }
    Map<String, Table> byName = new LinkedHashMap<>();
    for (Table table : TABLES) {
      byName.put(table.name(), table);
    }
    Set<String> seen = new HashSet<>();
    long count = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      Table table = byName.get(name);
      if (table == null || table.since() > version) {
        throw UserException.of("bad-backup", whole, "unknown table " + name + " in a format version " + version
            + " backup");
      }
      if (!seen.add(name)) {
        throw UserException.of("bad-backup", whole, "table " + name + " appears twice");
      }
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw UserException.of("bad-backup", whole, "table " + name + " must be an array of rows");
      }
      count += restoreTable(h, db.location().vendor(), p, table, whole);
    }
    for (Table table : TABLES) {
      if (table.since() <= version && !seen.contains(table.name())) {
        throw UserException.of("bad-backup", whole, "table " + table.name() + " is missing");
      }
    }
    return count;
  }

  private static long restoreTable(Handle h, Vendor vendor, JsonParser p, Table table, Location whole)
      throws IOException {
    String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns().stream()
        .map(Column::name).toList()) + ") VALUES (" + String.join(", ", table.columns().stream().map(col -> "?")
        .toList()) + ")";
    long maxId = 0;
    long count = 0;
    PreparedBatch batch = h.prepareBatch(sql);
    while (p.nextToken() == JsonToken.START_OBJECT) {
      JsonNode row = p.readValueAsTree();
      checkColumns(row, table, count, whole);
      for (int i = 0; i < table.columns().size(); i++) {
        Column col = table.columns().get(i);
        bind(batch, i, col, row.get(col.name()), table, count, whole);
      }
      batch.add();
      count++;
      if (table.identity()) {
        maxId = Math.max(maxId, row.path("id").asLong());
      }
      if (batch.size() == BATCH) {
        execute(batch, table, count, whole);
        batch = h.prepareBatch(sql);
      }
    }
    if (p.currentToken() != JsonToken.END_ARRAY) {
      throw UserException.of("bad-backup", whole, "table " + table.name() + ", row " + (count + 1)
          + ": expected an object");
    }
    if (batch.size() > 0) {
      execute(batch, table, count, whole);
    }
    if (table.identity() && maxId > 0) {
      restartIdentity(h, vendor, table.name(), maxId);
    }
    return count;
  }

  /**
   * Inserts a batch; rows the database refuses (a repeated key, a value out of its column's range, a
   * reference to a row that is not there) make the backup a bad one, not a bug.
   */
  private static void execute(PreparedBatch batch, Table table, long rowsSoFar, Location whole) {
    int size = batch.size();
    try {
      batch.execute();
    } catch (StatementException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw UserException.of("bad-backup", whole, "table " + table.name() + ", rows " + (rowsSoFar - size + 1)
          + " to " + rowsSoFar + ": the database refused them: " + firstLine(cause.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static void restartIdentity(Handle h, Vendor vendor, String table, long maxId) {
    if (vendor == Vendor.H2) {
      h.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (maxId + 1));
    } else {
      h.createQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + maxId + ")")
          .mapTo(Long.class).one();
    }
  }

  private static void writeRow(JsonGenerator g, Table table, ResultSet rs) throws SQLException, IOException {
    g.writeStartObject();
    for (Column col : table.columns()) {
      g.writeFieldName(col.name());
      switch (col.type()) {
        case TEXT -> {
          String s = rs.getString(col.name());
          if (s == null) {
            g.writeNull();
          } else {
            g.writeString(s);
          }
        }
        case DATE -> g.writeString(rs.getObject(col.name(), LocalDate.class).toString());
        case TIME -> g.writeString(rs.getObject(col.name(), OffsetDateTime.class).toInstant().toString());
        case ID, INT, LONG -> {
          long v = rs.getLong(col.name());
          if (rs.wasNull()) {
            g.writeNull();
          } else {
            g.writeNumber(v);
          }
        }
        case REAL -> g.writeNumber(rs.getDouble(col.name()));
        case DECIMAL -> {
          BigDecimal v = rs.getBigDecimal(col.name());
          if (v == null) {
            g.writeNull();
          } else {
            g.writeNumber(v);
          }
        }
        case BOOL -> {
          boolean v = rs.getBoolean(col.name());
          if (rs.wasNull()) {
            g.writeNull();
          } else {
            g.writeBoolean(v);
          }
        }
      }
    }
    g.writeEndObject();
  }

  /** A row must have exactly the table's columns: a column missing or misspelt would lose a value. */
  private static void checkColumns(JsonNode row, Table table, long count, Location where) {
    Set<String> names = new HashSet<>();
    for (Column col : table.columns()) {
      names.add(col.name());
      if (!row.has(col.name())) {
        throw UserException.of("bad-backup", where, "table " + table.name() + ", row " + (count + 1) + ": column "
            + col.name() + " is missing (a backup writes every column, null ones as null)");
      }
    }
    for (var it = row.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw UserException.of("bad-backup", where, "table " + table.name() + ", row " + (count + 1)
            + ": unknown column " + name);
      }
    }
  }

  private static void bind(PreparedBatch batch, int i, Column col, JsonNode value, Table table, long row,
      Location where) {
    if (value == null || value.isNull()) {
      switch (col.type()) {
        case ID, INT, LONG -> batch.bindNull(i, Types.BIGINT);
        case DECIMAL -> batch.bindNull(i, Types.DECIMAL);
        case BOOL -> batch.bindNull(i, Types.BOOLEAN);
        case REAL -> batch.bindNull(i, Types.DOUBLE);
        default -> batch.bindNull(i, Types.VARCHAR);
      }
      return;
    }
    boolean fits = switch (col.type()) {
      case TEXT, DATE, TIME -> value.isTextual();
      case ID, LONG -> value.canConvertToLong() && value.isIntegralNumber();
      case INT -> value.canConvertToInt() && value.isIntegralNumber();
      case REAL -> value.isNumber();
      case DECIMAL -> value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 1;
      case BOOL -> value.isBoolean();
    };
    if (!fits) {
      throw UserException.of("bad-backup", where, "table " + table.name() + ", row " + (row + 1) + ", column "
          + col.name() + ": expected " + expected(col.type()) + ", found " + value);
    }
    try {
      switch (col.type()) {
        case TEXT -> batch.bind(i, value.asText());
        case DATE -> batch.bind(i, LocalDate.parse(value.asText()));
        case TIME -> batch.bind(i, Instant.parse(value.asText()).atOffset(ZoneOffset.UTC));
        case ID, LONG -> batch.bind(i, value.asLong());
        case INT -> batch.bind(i, value.asInt());
        case REAL -> batch.bind(i, value.asDouble());
        case DECIMAL -> batch.bind(i, value.decimalValue());
        case BOOL -> batch.bind(i, value.asBoolean());
      }
    } catch (DateTimeParseException e) {
      throw UserException.of("bad-backup", where, "table " + table.name() + ", row " + (row + 1) + ", column "
          + col.name() + ": " + e.getMessage());
    }
  }

  private static String expected(Type type) {
    return switch (type) {
      case TEXT -> "a string";
      case DATE -> "a date as a string (YYYY-MM-DD)";
      case TIME -> "an instant as a string";
      case ID, LONG -> "a whole number";
      case INT -> "a whole number from -2147483648 to 2147483647";
      case REAL -> "a number";
      case DECIMAL -> "a number with at most one decimal place";
      case BOOL -> "true or false";
    };
  }

  /** The rows of every table a backup holds, for tests and {@code db info}. */
  public static Map<String, Long> counts(Database db) {
    Map<String, Long> counts = new LinkedHashMap<>();
    db.jdbi().useHandle(h -> {
      for (Table table : TABLES) {
        counts.put(table.name(), h.createQuery("SELECT COUNT(*) FROM " + table.name()).mapTo(Long.class).one());
      }
    });
    return counts;
  }
}
