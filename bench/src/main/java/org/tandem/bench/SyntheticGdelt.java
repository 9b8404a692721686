package org.tandem.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.tandem.core.events.CameoCode;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.QuadMapping;

/**
 * Writes a synthetic GDELT 1.0 daily-export file, deterministically from a seed: rows of realistic
 * length (about 370 bytes) and shape, 57 columns for dates before April 2013 and 58 after, with
 * QuadClass and GoldsteinScale consistent with the CAMEO code (GDELT's table), so that a script that
 * trusts those columns and tandem, which derives them from the code, must agree.
 *
 * <p>{@code java -cp benchmarks.jar org.tandem.bench.SyntheticGdelt OUT MEGABYTES [SEED]}
 */
public final class SyntheticGdelt {
  private static final String[][] COUNTRIES = {
    {"USA", "UNITED STATES", "US", "Washington, District of Columbia, United States", "USDC", "38.8951", "-77.0364"},
    {"PRK", "NORTH KOREA", "KN", "Pyongyang, P'yongyang-si, North Korea", "KN12", "39.0194", "125.755"},
    {"KOR", "SOUTH KOREA", "KS", "Seoul, Seoul-t'ukpyolsi, South Korea", "KS11", "37.5664", "127"},
    {"CHN", "CHINA", "CH", "Beijing, Beijing, China", "CH22", "39.9289", "116.388"},
    {"JPN", "JAPAN", "JA", "Tokyo, Tokyo, Japan", "JA40", "35.685", "139.751"},
    {"RUS", "RUSSIA", "RS", "Moscow, Moskva, Russia", "RS48", "55.7522", "37.6156"},
    {"GBR", "UNITED KINGDOM", "UK", "London, London, City of, United Kingdom", "UKH9", "51.5", "-0.116667"},
    {"FRA", "FRANCE", "FR", "Paris, Ile-de-France, France", "FRA8", "48.8667", "2.33333"},
    {"DEU", "GERMANY", "GM", "Berlin, Berlin, Germany", "GM16", "52.5167", "13.4"},
    {"IND", "INDIA", "IN", "New Delhi, Delhi, India", "IN07", "28.6", "77.2"},
    {"IRN", "IRAN", "IR", "Tehran, Tehran, Iran", "IR26", "35.75", "51.5148"},
    {"SYR", "SYRIA", "SY", "Damascus, Dimashq, Syria", "SY13", "33.5", "36.3"},
    {"ISR", "ISRAEL", "IS", "Jerusalem, Israel (general), Israel", "IS00", "31.7833", "35.2167"},
    {"NGA", "NIGERIA", "NI", "Abuja, Federal Capital Territory, Nigeria", "NI11", "9.08333", "7.53333"},
    {"BRA", "BRAZIL", "BR", "Brasilia, Distrito Federal, Brazil", "BR07", "-15.7833", "-47.9167"},
    {"AUS", "AUSTRALIA", "AS", "Canberra, Australian Capital Territory, Australia", "AS01", "-35.2833", "149.217"},
  };
  private static final double[] COUNTRY_WEIGHTS = {25, 4, 6, 8, 5, 6, 5, 4, 4, 5, 4, 3, 3, 2, 2, 2};
  private static final String[] TYPES = {"GOV", "MIL", "BUS", "MED", "OPP", "CVL", "LEG", "JUD", "REF", "EDU"};
  private static final String[] SITES = {"reuters.com", "yonhapnews.co.kr", "nytimes.com", "bbc.co.uk",
    "koreaherald.com", "theguardian.com", "washingtonpost.com", "aljazeera.com"};

  private final UniformRandomProvider rng;
  private final List<String> codes = new ArrayList<>();
  private final GoldsteinTable table = GoldsteinTable.of(GoldsteinTable.Variant.GDELT);
  private final double weightSum;
  private long id = 250_000_000L;

  public SyntheticGdelt(long seed) {
    rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
    for (String code : table.entries().keySet()) {
      if (code.length() >= 3) {
        codes.add(code);
      }
    }
    double s = 0;
    for (double w : COUNTRY_WEIGHTS) {
      s += w;
    }
    weightSum = s;
  }

  private String[] country() {
    if (rng.nextInt(10) == 0) {
      return null;
    }
    double u = rng.nextDouble() * weightSum;
    for (int i = 0; i < COUNTRIES.length; i++) {
      u -= COUNTRY_WEIGHTS[i];
      if (u < 0) {
        return COUNTRIES[i];
      }
    }
    return COUNTRIES[COUNTRIES.length - 1];
  }

  private static void geo(StringBuilder sb, String[] c) {
    if (c == null) {
      sb.append("0\t\t\t\t\t\t\t");
    } else {
      sb.append("4\t").append(c[3]).append('\t').append(c[2]).append('\t').append(c[4]).append('\t').append(c[5])
          .append('\t').append(c[6]).append("\t-1\t");
    }
  }

  private static void actor(StringBuilder sb, String[] c, String type) {
    if (c == null) {
      sb.append("\t\t\t\t\t\t\t\t\t\t");
    } else {
      sb.append(c[0]).append(type).append('\t').append(c[1]).append('\t').append(c[0]).append("\t\t\t\t\t")
          .append(type).append("\t\t\t");
    }
  }

  /** Appends one row (with its newline). */
  public void row(StringBuilder sb) {
    int year = 2010 + rng.nextInt(9);
    int month = 1 + rng.nextInt(12);
    int day = 1 + rng.nextInt(28);
    boolean withUrl = year * 100 + month >= 201304;
    String[] a1 = country();
    String[] a2 = country();
    String code = codes.get(rng.nextInt(codes.size()));
    int quad = QuadMapping.gdelt().quadOf(new CameoCode(code)).number();
    int mentions = 1 + rng.nextInt(20);
    int sources = 1 + rng.nextInt(Math.min(mentions, 5));
    sb.append(id++).append('\t');
    sb.append(String.format(Locale.ROOT, "%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", year, month, day, year, month, year,
        year + (month - 1) / 12.0 + day / 365.0));
    actor(sb, a1, TYPES[rng.nextInt(TYPES.length)]);
    actor(sb, a2, TYPES[rng.nextInt(TYPES.length)]);
    sb.append(rng.nextInt(3) == 0 ? 0 : 1).append('\t').append(code).append('\t').append(code, 0, 3).append('\t')
        .append(code, 0, 2).append('\t').append(quad).append('\t')
        .append(String.format(Locale.ROOT, "%.1f", table.exactValue(code))).append('\t')
        .append(mentions).append('\t').append(sources).append('\t').append(mentions).append('\t')
        .append(String.format(Locale.ROOT, "%.11f", rng.nextDouble() * 20 - 10)).append('\t');
    geo(sb, a1);
    geo(sb, a2);
    geo(sb, rng.nextBoolean() ? a1 : a2);
    int added = withUrl ? Math.max(year * 10_000 + month * 100 + day, 20130401) : 20130401;
    if (withUrl) {
      sb.append(added).append("\thttp://www.").append(SITES[rng.nextInt(SITES.length)]).append('/')
          .append(year).append('/').append(month).append('/').append(day).append("/world-news-")
          .append(rng.nextInt(1_000_000)).append(".html\n");
    } else {
      sb.append(year * 10_000 + month * 100 + day).append('\n');
    }
  }

  /** Writes rows until at least {@code bytes} bytes are written. */
  public void write(OutputStream out, long bytes) throws IOException {
    StringBuilder sb = new StringBuilder(1 << 17);
    long written = 0;
    while (written < bytes) {
      sb.setLength(0);
      while (sb.length() < 1 << 16) {
        row(sb);
      }
      byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
      out.write(b);
      written += b.length;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticGdelt OUT MEGABYTES [SEED]");
      System.exit(2);
    }
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 20)) {
      new SyntheticGdelt(seed).write(out, Long.parseLong(args[1]) << 20);
    }
  }
}
