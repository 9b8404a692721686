package org.tandem.core.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tandem.core.error.Location;

/**
 * The running aggregate of one part of the input, filled by one reader on one thread. Parts merge:
 * {@link #merge} adds counts and exact (tenths) sums, and appends the other part's rejections after
 * this part's, with their line numbers shifted by the lines this part has read. So reading a file in
 * two halves on two threads and merging the halves in order gives exactly the single pass's result.
 */
public final class PartialAggregate {
  /** Rejected rows kept with their location; the rest are only counted. */
  public static final int KEPT_REJECTIONS = 100;

  private static final int CELL = 8;
  private static final int FALLBACK = 7;

  private final EventFilter filter;
  private final boolean strict;
  private final EventSink sink;
  private final int[] dyadFirst;
  private final int[] dyadSecond;
  private final boolean[] dyadDirected;
  private final boolean[] involved = new boolean[Countries.ID_BOUND];
  private final int fromDate;
  private final int toDate;
  private final Map<Long, long[]> cells = new HashMap<>();

  private long lines;
  private long accepted;
  private long rejected;
  private long matched;
  private final Map<String, Long> rejectionsByCode = new TreeMap<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final Map<String, Long> unknownNames = new TreeMap<>();
  /** Rows per column count: an array for the usual counts (this runs once per row), a map beyond. */
  private final long[] layoutCounts = new long[256];
  private final Map<Integer, Long> layouts = new TreeMap<>();

  /**
   * @param strict whether reading stops at the first rejected row (readers check {@link #stopped()})
   */
  public PartialAggregate(EventFilter filter, boolean strict) {
    this(filter, strict, null);
  }

  /**
   * @param sink told every accepted row with its event id (readers check {@link #recording()}), or
   *     null
   */
  public PartialAggregate(EventFilter filter, boolean strict, EventSink sink) {
    this.filter = filter;
    this.strict = strict;
    this.sink = sink;
    int n = filter.dyads().size();
    dyadFirst = new int[n];
    dyadSecond = new int[n];
    dyadDirected = new boolean[n];
    for (int i = 0; i < n; i++) {
      Dyad d = filter.dyads().get(i);
      dyadFirst[i] = d.firstId();
      dyadSecond[i] = d.secondId();
      dyadDirected[i] = d.directed();
      involved[dyadFirst[i]] = true;
      involved[dyadSecond[i]] = true;
    }
    fromDate = filter.from() == null ? Integer.MIN_VALUE : (int) filter.from().toEpochDay();
    toDate = filter.to() == null ? Integer.MAX_VALUE : (int) filter.to().toEpochDay();
  }

  public EventFilter filter() {
    return filter;
  }

  /** A fresh, empty aggregate with the same filter and strictness, for another part of the input. */
  public PartialAggregate emptyCopy() {
    return new PartialAggregate(filter, strict, sink);
  }

  /** Whether accepted rows go to a sink, so that readers must also pass them to {@link #record}. */
  public boolean recording() {
    return sink != null;
  }

  /** Passes an accepted row to the sink; readers call it just before {@link #accept}. */
  public void record(EventRecord event) {
    sink.accept(event);
  }

  /** Whether a strict read has met a rejected row, so the reader must stop. */
  public boolean stopped() {
    return strict && rejected > 0;
  }

  /** Counts data lines read (the unit in which rejection lines are shifted when merging). */
  public void addLines(long count) {
    lines += count;
  }

  public long lines() {
    return lines;
  }

  /** Counts a row of {@code columns} columns, to report which layouts an input mixes. */
  public void countLayout(int columns) {
    if (columns < layoutCounts.length) {
      layoutCounts[columns]++;
    } else {
      layouts.merge(columns, 1L, Long::sum);
    }
  }

  /** Records a malformed row. */
  public void reject(String source, long line, String code, String message) {
    rejected++;
    rejectionsByCode.merge(code, 1L, Long::sum);
    if (rejections.size() < KEPT_REJECTIONS) {
      rejections.add(new Rejection(new Location(source, Math.toIntExact(line), 0), code, message));
    }
  }

  /** Records a country name that the country table does not know (the row itself is accepted). */
  public void unknownCountryName(String name) {
    unknownNames.merge(name, 1L, Long::sum);
  }

  /**
   * Counts a well-formed row and adds it to every dyad and period it matches.
   *
   * @param source actor 1's country id, or {@link Countries#NONE}
   * @param target actor 2's country id, or {@link Countries#NONE}
   * @param quad quad number 1 to 4
   * @param tenths Goldstein value in tenths
   * @param listed whether the code had its own table entry (false: parent's or root's value)
   * @param root IsRootEvent: 1, 0, or -1 when the format has no such column
   * @param sources NumSources, or -1 when the format has no such column
   */
  public void accept(int source, int target, int year, int month, int day, int quad, int tenths, boolean listed,
      int root, int sources) {
    accepted++;
    if (source < 0 || target < 0 || !involved[source] || !involved[target]) {
      return;
    }
    if (filter.rootOnly() && root != 1 || filter.minSources() > 0 && sources < filter.minSources()) {
      return;
    }
    int epochDay = CivilDate.epochDay(year, month, day);
    if (epochDay < fromDate || epochDay > toDate) {
      return;
    }
    boolean any = false;
    for (int i = 0; i < dyadFirst.length; i++) {
      if (source == dyadFirst[i] && target == dyadSecond[i]
          || !dyadDirected[i] && source == dyadSecond[i] && target == dyadFirst[i]) {
        int periodKey = filter.period().key(epochDay, year, month);
        long key = (long) i << 32 | (periodKey & 0xffff_ffffL);
        long[] cell = cells.computeIfAbsent(key, k -> new long[CELL]);
        cell[quad - 1]++;
        cell[4] += tenths;
        if (tenths < 0) {
          cell[5] -= tenths;
        } else {
          cell[6] += tenths;
        }
        if (!listed) {
          cell[FALLBACK]++;
        }
        any = true;
      }
    }
    if (any) {
      matched++;
    }
  }

  /**
   * Adds {@code later}, the aggregate of the part of the input that follows this one, to this one.
   *
   * @param sameSource whether {@code later} continues the same file, so that its rejection lines are
   *     shifted by this part's lines
   */
  public void merge(PartialAggregate later, boolean sameSource) {
    for (Map.Entry<Long, long[]> e : later.cells.entrySet()) {
      long[] cell = cells.computeIfAbsent(e.getKey(), k -> new long[CELL]);
      for (int j = 0; j < CELL; j++) {
        cell[j] += e.getValue()[j];
      }
    }
    long shift = sameSource ? lines : 0;
    for (Rejection r : later.rejections) {
      if (rejections.size() < KEPT_REJECTIONS) {
        rejections.add(r.shifted(shift));
      }
    }
    lines += later.lines;
    accepted += later.accepted;
    rejected += later.rejected;
    matched += later.matched;
    later.rejectionsByCode.forEach((k, v) -> rejectionsByCode.merge(k, v, Long::sum));
    later.unknownNames.forEach((k, v) -> unknownNames.merge(k, v, Long::sum));
    later.layouts.forEach((k, v) -> layouts.merge(k, v, Long::sum));
    for (int i = 0; i < layoutCounts.length; i++) {
      layoutCounts[i] += later.layoutCounts[i];
    }
  }

  /** The aggregate so far as an immutable result, cells sorted by dyad (filter order) then period. */
  public AggregationResult result() {
    List<Map.Entry<Long, long[]>> sorted = new ArrayList<>(cells.entrySet());
    sorted.sort(Map.Entry.comparingByKey((a, b) -> {
      int c = Long.compare(a >>> 32, b >>> 32);
      return c != 0 ? c : Integer.compare((int) (long) a, (int) (long) b);
    }));
    List<DyadPeriodStats> stats = new ArrayList<>();
    Period period = filter.period();
    for (Map.Entry<Long, long[]> e : sorted) {
      int dyad = (int) (e.getKey() >>> 32);
      int key = (int) (long) e.getKey();
      long[] c = e.getValue();
      stats.add(new DyadPeriodStats(filter.dyads().get(dyad).toString(), period.label(key), period.start(key),
          new long[] {c[0], c[1], c[2], c[3]}, c[4], c[5], c[6], c[FALLBACK]));
    }
    Map<Integer, Long> allLayouts = new TreeMap<>(layouts);
    for (int i = 0; i < layoutCounts.length; i++) {
      if (layoutCounts[i] > 0) {
        allLayouts.put(i, layoutCounts[i]);
      }
    }
    return new AggregationResult(stats, lines, accepted, rejected, matched, rejectionsByCode, rejections,
        unknownNames, allLayouts);
  }
}
