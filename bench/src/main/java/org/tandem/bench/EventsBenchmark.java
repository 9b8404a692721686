package org.tandem.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.PartialAggregate;
import org.tandem.core.events.Period;
import org.tandem.core.events.io.EventAggregator;
import org.tandem.core.events.io.EventFormat;

/**
 * GDELT 1.0 parse + filter + dyad-month aggregation on one thread, from bytes in memory (so the
 * disk is not measured): time per row. The target is at least 1,000,000 rows per second,
 * i.e. at most 1,000 ns per row. Rows come from {@link SyntheticGdelt} (seed 42).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventsBenchmark {
  static final int ROWS = 200_000;

  private byte[] input;
  private EventFilter filter;
  private final EventAggregator aggregator = EventAggregator.defaults();

  @Setup
  public void setUp() throws IOException {
    SyntheticGdelt gen = new SyntheticGdelt(42L);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ROWS; i++) {
      gen.row(sb);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    input = out.toByteArray();
    filter = new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.MONTH, null, null, false, 0);
  }

  /** Per row: the whole input read and aggregated once, divided by its rows. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public AggregationResult parseFilterAggregate() throws IOException {
    PartialAggregate agg = new PartialAggregate(filter, false);
    aggregator.read(EventFormat.GDELT1, new ByteArrayInputStream(input), "bench", agg);
    return agg.result();
  }
}
