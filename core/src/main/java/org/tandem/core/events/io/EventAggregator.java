package org.tandem.core.events.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.CodeBook;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.EventSink;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.PartialAggregate;
import org.tandem.core.events.QuadMapping;
import org.tandem.core.events.Rejection;

/**
 * Streams event files into one aggregate. Each input is a file or a directory (its regular files,
 * sorted by name); a plain GDELT file larger than {@link #SPLIT_BYTES} is cut at line boundaries into
 * one part per thread. Parts are read in parallel, each into its own {@link PartialAggregate}, and
 * merged in input order, so the result does not depend on the number of threads.
 *
 * @param format the format of every file, or null to detect each file's format
 * @param goldstein the Goldstein table (shipped or the user's), or null for the shipped one matching
 *     each file's format
 * @param quads the root-to-quad mapping
 * @param strict stop at the first rejected row and throw it as a {@link UserException}
 * @param threads how many threads read (at least 1)
 * @param progress told the number of input bytes read so far (from any thread)
 */
public record EventAggregator(EventFormat format, GoldsteinTable goldstein, QuadMapping quads,
    boolean strict, int threads, LongConsumer progress) {
  /** Files smaller than this are read by one thread. */
  public static final long SPLIT_BYTES = 4L << 20;

  public EventAggregator {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    quads = quads == null ? QuadMapping.gdelt() : quads;
    progress = progress == null ? done -> { } : progress;
  }

  /** Defaults: detected formats, matching tables, GDELT quads, lenient, one thread, no progress. */
  public static EventAggregator defaults() {
    return new EventAggregator(null, null, QuadMapping.gdelt(), false, 1, null);
  }

  public EventAggregator withThreads(int count) {
    return new EventAggregator(format, goldstein, quads, strict, count, progress);
  }

  public EventAggregator withStrict(boolean value) {
    return new EventAggregator(format, goldstein, quads, value, threads, progress);
  }

  public EventAggregator withFormat(EventFormat value) {
    return new EventAggregator(value, goldstein, quads, strict, threads, progress);
  }

  public EventAggregator withGoldstein(GoldsteinTable value) {
    return new EventAggregator(format, value, quads, strict, threads, progress);
  }

  public EventAggregator withQuads(QuadMapping value) {
    return new EventAggregator(format, goldstein, value, strict, threads, progress);
  }

  public EventAggregator withProgress(LongConsumer value) {
    return new EventAggregator(format, goldstein, quads, strict, threads, value);
  }

  /** The files the inputs stand for, in order: a directory's regular files sorted by name. */
  public static List<Path> expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> entries = Files.list(input)) {
          List<Path> inside = entries.filter(Files::isRegularFile).sorted().toList();
          if (inside.isEmpty()) {
            throw UserException.of("no-inputs", Location.of(input.toString()), "expected event files in this directory, found none");
          }
          files.addAll(inside);
        } catch (IOException e) {
          throw UserException.of("unreadable-directory", Location.of(input.toString()), "cannot list the directory: " + e.getMessage());
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw UserException.of("no-such-file", Location.of(input.toString()), "expected a file or a directory, found nothing at this path");
      }
    }
    return files;
  }

  /** Total bytes of the files, for a progress bar. */
  public static long totalBytes(List<Path> files) {
    long total = 0;
    for (Path f : files) {
      try {
        total += Files.size(f);
      } catch (IOException e) {
        throw unreadable(f, e);
      }
    }
    return total;
  }

  /**
   * Reads and aggregates {@code files} (see {@link #expand}).
   *
   * @throws UserException for an unreadable file, a file whose format cannot be told, a {@code .zip}
   *     file that is not a zip archive, a missing column, or in strict mode the first rejected row
   */
  public AggregationResult aggregate(List<Path> files, EventFilter filter) {
    return aggregate(files, filter, null);
  }

  /**
   * Reads and aggregates {@code files} as {@link #aggregate(List, EventFilter)} does, and also passes
   * every accepted row to {@code sink}, in input order on the calling thread (so with a sink the
   * files are read by one thread whatever {@link #threads} says). In strict mode the rows before the
   * first rejected one have reached the sink when the error is thrown.
   */
  public AggregationResult aggregate(List<Path> files, EventFilter filter, EventSink sink) {
    List<Part> parts = new ArrayList<>();
    for (Path file : files) {
      parts.addAll(plan(file));
    }
    AtomicLong done = new AtomicLong();
    List<PartialAggregate> partials = new ArrayList<>();
    if (threads == 1 || parts.size() == 1 || sink != null) {
      for (Part part : parts) {
        partials.add(run(part, filter, done, sink));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, parts.size()), r -> {
        Thread t = new Thread(r, "tandem-events");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<PartialAggregate>> futures = new ArrayList<>();
        for (Part part : parts) {
          futures.add(pool.submit(() -> run(part, filter, done, null)));
        }
        for (Future<PartialAggregate> f : futures) {
          partials.add(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading events", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    PartialAggregate total = new PartialAggregate(filter, strict);
    String previous = null;
    for (int i = 0; i < parts.size(); i++) {
      String source = parts.get(i).file.toString();
      total.merge(partials.get(i), source.equals(previous));
      previous = source;
    }
    AggregationResult result = total.result();
    if (strict && result.rejected() > 0) {
      Rejection first = result.firstRejections().get(0);
      throw new UserException(List.of(first.diagnostic()));
    }
    return result;
  }

  /** A byte range of a file (end = -1: the whole file, read as a stream). */
  private record Part(Path file, EventFormat format, long start, long end) {}

  private List<Part> plan(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".zip")) {
      checkZipSignature(file);
      return List.of(new Part(file, format, 0, -1));
    }
    long size;
    EventFormat f;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      size = ch.size();
      ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, 1 << 16));
      while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
        // fill the head
      }
      f = format != null ? format : EventFormat.detect(head.array(), head.position(), file.toString());
      if ((f != EventFormat.GDELT1 && f != EventFormat.GDELT2) || threads == 1 || size < SPLIT_BYTES) {
        return List.of(new Part(file, f, 0, size));
      }
      List<Part> parts = new ArrayList<>();
      long start = 0;
      for (int k = 1; k < threads && start < size; k++) {
        long cut = lineStartAtOrAfter(ch, size * k / threads, size);
        if (cut > start && cut < size) {
          parts.add(new Part(file, f, start, cut));
          start = cut;
        }
      }
      parts.add(new Part(file, f, start, size));
      return parts;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Refuses a {@code .zip} file that does not start as a zip archive does. ZipInputStream stops at
   * the first bytes that are not an entry header, so without this check a text file or a truncated
   * download named {@code .zip} would read as an archive without entries: zero rows and no error.
   * A zip archive starts with an entry's local header ({@code PK\3\4}), or, when it has no entry,
   * with the end-of-central-directory record ({@code PK\5\6}); the latter holds no rows, as an
   * empty file does.
   */
  private static void checkZipSignature(Path file) {
    byte[] head = new byte[4];
    int n = 0;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    boolean zip = n == 4 && head[0] == 'P' && head[1] == 'K'
        && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
    if (!zip) {
      throw UserException.of("not-a-zip", Location.of(file.toString()), "not a zip archive: expected one, as the"
          + " name ends in .zip, found " + (n == 0 ? "an empty file" : "a file that does not start with a zip"
          + " signature (PK)") + "; rename the file if it is not zipped");
    }
  }

  /** The first position at or after {@code from} that starts a line. */
  private static long lineStartAtOrAfter(FileChannel ch, long from, long size) throws IOException {
    if (from == 0) {
      return 0;
    }
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    long pos = from - 1;
    while (pos < size) {
      b.clear();
      int n = ch.read(b, pos);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (b.get(i) == '\n') {
          return pos + i + 1;
        }
      }
      pos += n;
    }
    return size;
  }

  private PartialAggregate run(Part part, EventFilter filter, AtomicLong done, EventSink sink) {
    PartialAggregate agg = new PartialAggregate(filter, strict, sink);
    String source = part.file.toString();
    try {
      if (part.end < 0) {
        readZip(part, agg, done);
      } else {
        try (FileChannel ch = FileChannel.open(part.file, StandardOpenOption.READ)) {
          InputStream in = new Counting(new RangeStream(ch, part.start, part.end), done);
          read(part.format, in, source, agg);
        }
      }
    } catch (IOException e) {
      throw unreadable(part.file, e);
    }
    return agg;
  }

  private void readZip(Part part, PartialAggregate agg, AtomicLong done) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new Counting(Files.newInputStream(part.file), done))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        String source = part.file + "!" + entry.getName();
        BufferedInputStream in = new BufferedInputStream(zip, 1 << 16);
        in.mark(1 << 16);
        byte[] head = new byte[1 << 16];
        int n = 0;
        while (n < head.length) {
          int r = in.read(head, n, head.length - n);
          if (r < 0) {
            break;
          }
          n += r;
        }
        in.reset();
        EventFormat f = part.format != null ? part.format : EventFormat.detect(head, n, source);
        PartialAggregate entryAgg = agg.emptyCopy();
        read(f, new NonClosing(in), source, entryAgg);
        agg.merge(entryAgg, false);
        if (agg.stopped()) {
          return;
        }
      }
    }
  }

  /**
   * Reads one stream of a known format into {@code agg}, on the calling thread: every file and zip
   * entry, standard input, and benchmarks that keep the input in memory. Unless this aggregator names
   * a table, GDELT rows take the GDELT table and a table with a header takes the one its column names
   * call for (ICEWS names: the ICEWS table), as the table reader decides from the parsed header.
   */
  public void read(EventFormat f, InputStream in, String source, PartialAggregate agg) throws IOException {
    Function<GoldsteinTable.Variant, CodeBook> books =
        variant -> new CodeBook(goldstein != null ? goldstein : GoldsteinTable.of(variant), quads);
    if (f == EventFormat.GDELT1 || f == EventFormat.GDELT2) {
      new GdeltReader(f, books.apply(f.defaultGoldstein())).read(in, source, agg);
    } else {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      new TableReader(f, books).read(reader, source, agg);
    }
  }

  private static UserException unreadable(Path file, IOException e) {
    return UserException.of("unreadable-file", Location.of(file.toString()), "cannot read the file: " + e);
  }

  /** Reads bytes [start, end) of a channel. */
  private static final class RangeStream extends InputStream {
    private final FileChannel ch;
    private long pos;
    private final long end;

    RangeStream(FileChannel ch, long start, long end) {
      this.ch = ch;
      this.pos = start;
      this.end = end;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pos >= end) {
        return -1;
      }
      int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
      if (n < 0) {
        return -1;
      }
      pos += n;
      return n;
    }
  }

  /** Tells the progress callback how many bytes have passed. */
  private final class Counting extends FilterInputStream {
    private final AtomicLong done;

    Counting(InputStream in, AtomicLong done) {
      super(in);
      this.done = done;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        progress.accept(done.addAndGet(n));
      }
      return n;
    }
  }

  /** Keeps a zip entry's reader from closing the whole zip stream. */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the zip stream is closed by its owner
    }
  }
}
