package org.tandem.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * Backups as JSON that any tandem database can restore, H2 or PostgreSQL: every row of every
 * tracker table, ids included, in id order. Restoring into an empty database and backing it up
 * again gives the same bytes.
 */
public final class Backup {
  /** The {@code format} field of every backup. */
  public static final String FORMAT = "tandem-backup";

  private enum Type { TEXT, DATE, TIME, ID, INT, REAL }

  private record Column(String name, Type type) {}

  private record Table(String name, List<Column> columns) {}

  private static final List<Table> TABLES = List.of(
      new Table("roadmap", List.of(c("id", Type.TEXT), c("scenario_source", Type.TEXT),
          c("scenario_sha256", Type.TEXT), c("scenario_text", Type.TEXT), c("starts_on", Type.DATE),
          c("recorded_by", Type.TEXT), c("recorded_at", Type.TIME))),
      new Table("status_entry", List.of(c("id", Type.ID), c("roadmap_id", Type.TEXT), c("step_id", Type.TEXT),
          c("status", Type.TEXT), c("happened_on", Type.DATE), c("source", Type.TEXT), c("quote", Type.TEXT),
          c("note", Type.TEXT), c("supersedes", Type.ID), c("recorded_by", Type.TEXT), c("recorded_at", Type.TIME),
          c("content_key", Type.TEXT))),
      new Table("score_entry", List.of(c("id", Type.ID), c("roadmap_id", Type.TEXT), c("step_id", Type.TEXT),
          c("period_year", Type.INT), c("score", Type.INT), c("justification", Type.TEXT), c("supersedes", Type.ID),
          c("recorded_by", Type.TEXT), c("recorded_at", Type.TIME), c("content_key", Type.TEXT))),
      new Table("observation", List.of(c("id", Type.ID), c("series", Type.TEXT), c("observed_on", Type.DATE),
          c("low", Type.REAL), c("high", Type.REAL), c("method", Type.TEXT), c("source", Type.TEXT),
          c("note", Type.TEXT), c("supersedes", Type.ID), c("recorded_by", Type.TEXT), c("recorded_at", Type.TIME),
          c("content_key", Type.TEXT))));

  private Backup() {}

  private static Column c(String name, Type type) {
    return new Column(name, type);
  }

  /** Writes every row, read in one transaction so that the backup is consistent. */
  public static void write(Database db, OutputStream out) {
    String schema = db.schemaVersion();
    db.jdbi().useTransaction(h -> {
      try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("formatVersion", 1);
        g.writeStringField("schemaVersion", schema);
        g.writeObjectFieldStart("tables");
        for (Table table : TABLES) {
          g.writeArrayFieldStart(table.name());
          h.createQuery("SELECT * FROM " + table.name() + " ORDER BY id").scanResultSet((supplier, ctx) -> {
            try (ResultSet rs = supplier.get()) {
              while (rs.next()) {
                try {
                  writeRow(g, table, rs);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            }
            return null;
          });
          g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Restores a backup into an empty database of the same schema version, in one transaction.
   * Returns the number of rows restored. A malformed backup, another schema version, or a
   * database that already holds rows is a user error, and nothing is written.
   */
  public static int restore(Database db, InputStream in, String sourceName) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw UserException.of("bad-backup", new Location(sourceName, loc == null ? 0 : Math.max(0, loc.getLineNr()),
          loc == null ? 0 : Math.max(0, loc.getColumnNr())), "not a JSON backup: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Location whole = Location.of(sourceName);
    if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("tables").isObject()) {
      throw UserException.of("bad-backup", whole, "not a tandem backup (expected \"format\": \"" + FORMAT + "\")");
    }
    String schema = root.path("schemaVersion").asText();
    if (!schema.equals(db.schemaVersion())) {
      throw UserException.of("schema-mismatch", whole, "the backup has schema version " + schema
          + " but this database has " + db.schemaVersion() + "; restore it with the tandem version that wrote it");
    }
    return db.jdbi().inTransaction(h -> {
      for (Table table : TABLES) {
        int rows = h.createQuery("SELECT COUNT(*) FROM " + table.name()).mapTo(Integer.class).one();
        if (rows > 0) {
          throw UserException.of("database-not-empty", Location.of(db.location().display()),
              "restore needs an empty database, but table " + table.name() + " has " + rows
                  + " rows (the tracker never deletes: restore into a new database)");
        }
      }
      int count = 0;
      for (Table table : TABLES) {
        JsonNode rows = root.path("tables").path(table.name());
        if (!rows.isArray()) {
          throw UserException.of("bad-backup", whole, "table " + table.name() + " is missing");
        }
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns().stream()
            .map(Column::name).toList()) + ") VALUES (" + String.join(", ", table.columns().stream().map(col -> "?")
            .toList()) + ")";
        long maxId = 0;
        for (JsonNode row : rows) {
          Update update = h.createUpdate(sql);
          for (int i = 0; i < table.columns().size(); i++) {
            bind(update, i, table.columns().get(i), row.get(table.columns().get(i).name()), table, count, whole);
          }
          update.execute();
          count++;
          if (table.columns().get(0).type() == Type.ID) {
            maxId = Math.max(maxId, row.get("id").asLong());
          }
        }
        if (table.columns().get(0).type() == Type.ID && maxId > 0) {
          restartIdentity(h, db.location().vendor(), table.name(), maxId);
        }
      }
      return count;
    });
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
        case ID, INT -> {
          long v = rs.getLong(col.name());
          if (rs.wasNull()) {
            g.writeNull();
          } else {
            g.writeNumber(v);
          }
        }
        case REAL -> g.writeNumber(rs.getDouble(col.name()));
      }
    }
    g.writeEndObject();
  }

  private static void bind(Update update, int i, Column col, JsonNode value, Table table, int row, Location where) {
    if (value == null || value.isNull()) {
      switch (col.type()) {
        case ID, INT -> update.bindNull(i, java.sql.Types.BIGINT);
        default -> update.bindNull(i, java.sql.Types.VARCHAR);
      }
      return;
    }
    try {
      switch (col.type()) {
        case TEXT -> update.bind(i, value.asText());
        case DATE -> update.bind(i, LocalDate.parse(value.asText()));
        case TIME -> update.bind(i, Instant.parse(value.asText()).atOffset(ZoneOffset.UTC));
        case ID -> update.bind(i, value.asLong());
        case INT -> update.bind(i, value.asInt());
        case REAL -> update.bind(i, value.asDouble());
      }
    } catch (DateTimeParseException e) {
      throw UserException.of("bad-backup", where, "table " + table.name() + ", row " + (row + 1) + ", column "
          + col.name() + ": " + e.getMessage());
    }
  }

  /** The tables a backup holds, for tests and {@code db info}. */
  public static Map<String, Integer> counts(Database db) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    db.jdbi().useHandle(h -> {
      for (Table table : TABLES) {
        counts.put(table.name(), h.createQuery("SELECT COUNT(*) FROM " + table.name()).mapTo(Integer.class).one());
      }
    });
    return counts;
  }
}
