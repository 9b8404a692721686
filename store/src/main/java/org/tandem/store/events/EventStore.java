package org.tandem.store.events;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.CameoCode;
import org.tandem.core.events.CodeBook;
import org.tandem.core.events.Countries;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.EventRecord;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.PartialAggregate;
import org.tandem.core.events.Period;
import org.tandem.core.events.QuadMapping;
import org.tandem.core.events.io.EventAggregator;
import org.tandem.core.events.io.EventFormat;
import org.tandem.store.Database;

/**
 * Event data in the database. {@link #ingest} stores a file's accepted rows, once per event id;
 * {@link #aggregate} feeds stored events to the same {@link PartialAggregate} that aggregates files,
 * so both give the same counts, Goldstein sums and tension index.
 *
 * <p>One transaction per file: the file's new events and its {@code ingested_file} row are stored
 * together or not at all, so an interrupted ingest leaves no half-file behind (running it again
 * stores the whole file), and a strict ingest that meets a malformed row stores nothing of that
 * file. Within the transaction rows are inserted in batches of {@link #BATCH}.
 */
public final class EventStore {
  /** Times an ingest runs when another ingest collides with it on the same events. */
  static final int CONFLICT_ATTEMPTS = 4;

  /** Rows looked up and inserted per statement. */
  static final int BATCH = 1000;

  /**
   * Ingest reads with the aggregation code for its counts and rejections; the cells it fills are
   * not used, but a filter needs a dyad.
   */
  private static final EventFilter INGEST_FILTER = new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.DAY,
      null, null, false, 0);

  private final Database database;
  private final Clock clock;

  public EventStore(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Reads {@code file} with {@code reader} (its format, strictness and progress; it reads on the
   * calling thread) and stores every accepted row whose event id is not stored yet, then a row
   * for the file with its SHA-256 and counts.
   *
   * @throws UserException for an unreadable file, one whose format cannot be told or a {@code .zip}
   *     file that is not a zip archive (then nothing of it is stored, not even its ingested_file
   *     row), and in strict mode for the first malformed row (then nothing of this file is stored)
   */
  public IngestResult ingest(Path file, EventAggregator reader) {
    for (int attempt = 1; ; attempt++) {
      try {
        return ingestOnce(file, reader);
      } catch (RuntimeException e) {
        if (!collided(e)) {
          throw e;
        }
        if (attempt == CONFLICT_ATTEMPTS) {
          throw UserException.of("ingest-conflict", Location.of(file.toString()), "another ingest kept storing the"
              + " same events at the same time (" + CONFLICT_ATTEMPTS + " attempts); nothing of this file was"
              + " stored: ingest it again");
        }
        try {
          Thread.sleep(200L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * Whether {@code e} is a collision with another transaction storing the same events: a key stored
   * meanwhile (23505), a lock not granted in time (H2 HYT00, PostgreSQL 55P03), a deadlock or a
   * serialization failure (40001, 40P01). The transaction has rolled back, and running it again
   * finds the other's events stored and skips them.
   */
  static boolean collided(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && List.of("23505", "HYT00", "55P03", "40001", "40P01").contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private IngestResult ingestOnce(Path file, EventAggregator reader) {
    String sha256 = sha256(file);
    String format = formatOf(file, reader.format());
    // Safe to run again if the connection is lost (see Database.inTransaction): the file is read
    // afresh, and events stored before are found and skipped.
    return database.inTransaction(h -> {
      Batches batches = new Batches(h, sha256);
      AggregationResult read = reader.aggregate(List.of(file), INGEST_FILTER, batches::add);
      batches.flush();
      h.createUpdate("INSERT INTO ingested_file (path, sha256, format, ingested_at, accepted, rejected, new_events)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)")
          .bind(0, file.toAbsolutePath().normalize().toString()).bind(1, sha256).bind(2, format)
          .bind(3, clock.instant().atOffset(ZoneOffset.UTC)).bind(4, read.accepted()).bind(5, read.rejected())
          .bind(6, batches.fresh)
          .execute();
      return new IngestResult(file, sha256, format, read, batches.fresh, read.accepted() - batches.fresh);
    });
  }

  /** How many events are stored. */
  public long count() {
    return database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM event").mapTo(Long.class).one());
  }

  /** How many ingested_file rows there are (one per ingest of a file, repeated ingests included). */
  public long ingestedFiles() {
    return database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ingested_file").mapTo(Long.class)
        .one());
  }

  /**
   * Aggregates the stored events that match {@code filter}, as {@link EventAggregator} does for files.
   * The result's accepted count is the number of stored events read (those between the dyads'
   * countries and in the date range); it has no lines and no rejections.
   *
   * @param goldstein the table to value each event's CAMEO code by, or null for the value stored at
   *     ingest
   * @param quads the root-to-quad mapping to class each event's code by, or null for the quad class
   *     stored at ingest
   */
  public AggregationResult aggregate(EventFilter filter, GoldsteinTable goldstein, QuadMapping quads) {
    Set<String> countries = new TreeSet<>();
    for (Dyad d : filter.dyads()) {
      countries.add(d.first());
      countries.add(d.second());
    }
    QuadMapping mapping = quads == null ? QuadMapping.gdelt() : quads;
    CodeBook chosen = goldstein == null ? null : new CodeBook(goldstein, mapping);
    Map<GoldsteinTable.Variant, CodeBook> books = new EnumMap<>(GoldsteinTable.Variant.class);
    for (GoldsteinTable.Variant v : GoldsteinTable.Variant.values()) {
      books.put(v, new CodeBook(GoldsteinTable.of(v), mapping));
    }
    PartialAggregate agg = new PartialAggregate(filter, false);
    StringBuilder sql = new StringBuilder("SELECT source_format, event_date, source_country, target_country,"
        + " cameo_code, goldstein, quad_class, is_root, num_sources FROM event"
        + " WHERE source_country IN (<c>) AND target_country IN (<c>)");
    if (filter.from() != null) {
      sql.append(" AND event_date >= :from");
    }
    if (filter.to() != null) {
      sql.append(" AND event_date <= :to");
    }
    sql.append(" ORDER BY event_date, source_format, event_id");
    database.jdbi().useHandle(h -> {
      Query q = h.createQuery(sql.toString()).bindList("c", new ArrayList<>(countries));
      if (filter.from() != null) {
        q.bind("from", filter.from());
      }
      if (filter.to() != null) {
        q.bind("to", filter.to());
      }
      q.setFetchSize(BATCH).map((rs, ctx) -> {
        String family = rs.getString(1);
        LocalDate date = rs.getObject(2, LocalDate.class);
        int key = new CameoCode(rs.getString(5).strip()).key();
        CodeBook book = chosen != null ? chosen
            : books.get(family.equals("icews") ? GoldsteinTable.Variant.ICEWS : GoldsteinTable.Variant.GDELT);
        int tenths = chosen != null ? book.tenths(key) : rs.getBigDecimal(6).movePointRight(1).intValueExact();
        int quad = quads != null ? book.quad(key) : rs.getInt(7);
        boolean root = rs.getBoolean(8);
        int rootFlag = rs.wasNull() ? -1 : root ? 1 : 0;
        int sources = rs.getInt(9);
        if (rs.wasNull()) {
          sources = -1;
        }
        agg.accept(Countries.idOfCode(rs.getString(3)), Countries.idOfCode(rs.getString(4)), date.getYear(),
            date.getMonthValue(), date.getDayOfMonth(), quad, tenths, book.listed(key), rootFlag, sources);
        return Boolean.TRUE;
      }).useStream(s -> s.forEach(x -> { }));
    });
    return agg.result();
  }

  /** The rows of one file, buffered and inserted {@link #BATCH} at a time, each id once. */
  private static final class Batches {
    private final Handle handle;
    private final String sha256;
    private final List<EventRecord> pending = new ArrayList<>(BATCH);
    long fresh;

    Batches(Handle handle, String sha256) {
      this.handle = handle;
      this.sha256 = sha256;
    }

    void add(EventRecord e) {
      pending.add(e);
      if (pending.size() == BATCH) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      Map<String, Map<String, EventRecord>> byFamily = new LinkedHashMap<>();
      for (EventRecord e : pending) {
        byFamily.computeIfAbsent(e.family(), k -> new LinkedHashMap<>()).putIfAbsent(e.id(), e);
      }
      pending.clear();
      for (Map.Entry<String, Map<String, EventRecord>> f : byFamily.entrySet()) {
        Set<String> stored = new HashSet<>(handle.createQuery(
                "SELECT event_id FROM event WHERE source_format = :f AND event_id IN (<ids>)")
            .bind("f", f.getKey()).bindList("ids", new ArrayList<>(f.getValue().keySet())).mapTo(String.class).list());
        PreparedBatch batch = handle.prepareBatch("INSERT INTO event (source_format, event_id, event_date,"
            + " source_country, target_country, cameo_code, goldstein, quad_class, is_root, num_sources, file_sha256)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        int rows = 0;
        for (EventRecord e : f.getValue().values()) {
          if (stored.contains(e.id())) {
            continue;
          }
          batch.bind(0, e.family()).bind(1, e.id()).bind(2, e.date()).bind(3, e.sourceCountry())
              .bind(4, e.targetCountry()).bind(5, e.code()).bind(6, BigDecimal.valueOf(e.goldsteinTenths(), 1))
              .bind(7, (short) e.quad()).bind(8, e.root() < 0 ? null : e.root() == 1)
              .bind(9, e.sources() < 0 ? null : e.sources()).bind(10, sha256).add();
          rows++;
        }
        if (rows > 0) {
          batch.execute();
        }
        fresh += rows;
      }
    }
  }

  private static String formatOf(Path file, EventFormat chosen) {
    if (chosen != null) {
      return chosen.id();
    }
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return "zip";
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(1 << 16);
      return EventFormat.detect(head, head.length, file.toString()).id();
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        md.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw unreadable(file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static UserException unreadable(Path file, IOException e) {
    return UserException.of("unreadable-file", Location.of(file.toString()), "cannot read the file: " + e);
  }
}
