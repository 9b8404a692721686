package org.tandem.core.bargain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.BargainingModel;
import org.tandem.core.bargain.BargainingModels;
import org.tandem.core.bargain.Forecast;
import org.tandem.core.bargain.ModelSettings;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.UserException;

/**
 * Property: whatever the input, reading it and running every model ends in forecasts or in a
 * user error with a location in that input, never in another exception. Inputs are generated
 * and mutated from a seeded XO_SHI_RO_256_PP generator; set {@code -Dtandem.property.seed=N} to
 * replay a failure (the seed and the input are in the failure message).
 */
class InputPropertyTest {
  private static final int CASES = 3000;
  private static final String SOURCE = "gen.csv";
  private static final String NOISE = ",,\"\n\r0123456789.-+eE aZ<>/;";

  private static long seed() {
    String configured = System.getProperty("tandem.property.seed");
    return configured == null ? 20_261_128L : Long.parseLong(configured);
  }

  @Test
  void everyInputEndsInForecastsOrALocatedUserError() {
    long seed = seed();
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
    int forecasts = 0;
    int userErrors = 0;
    for (int k = 0; k < CASES; k++) {
      String content = switch (k % 3) {
        case 0 -> ktabCsv(rng);
        case 1 -> bdmCsv(rng);
        default -> ktabXml(rng);
      };
      if (rng.nextInt(4) != 0) {
        content = mutate(rng, content, 1 + rng.nextInt(4));
      }
      try {
        Problem problem = InputReaders.read(SOURCE, content, null);
        for (String id : BargainingModels.ids()) {
          BargainingModel model = BargainingModels.create(id, ModelSettings.DEFAULTS)
              .orElseThrow();
          try {
            Forecast f = model.forecast(problem, true);
            for (double x : f.positions()) {
              assertThat(x).as(context(seed, k, content)).isBetween(0.0, 100.0);
            }
            forecasts++;
          } catch (UserException e) {
            checkLocated(e, seed, k, content);
            userErrors++;
          }
        }
      } catch (UserException e) {
        checkLocated(e, seed, k, content);
        userErrors++;
      } catch (RuntimeException e) {
        fail(context(seed, k, content) + " threw " + e, e);
      }
    }
    assertThat(forecasts).as("some generated inputs must be valid").isGreaterThan(CASES / 4);
    assertThat(userErrors).as("some mutations must be caught").isGreaterThan(CASES / 10);
  }

  private static void checkLocated(UserException e, long seed, int k, String content) {
    assertThat(e.diagnostics()).as(context(seed, k, content)).isNotEmpty();
    for (Diagnostic d : e.diagnostics()) {
      assertThat(d.location().source()).as(context(seed, k, content)).isEqualTo(SOURCE);
      assertThat(d.location().line()).as(context(seed, k, content) + " " + d).isPositive();
    }
  }

  private static String context(long seed, int k, String content) {
    return String.format(Locale.ROOT, "seed %d case %d input:%n%s", seed, k, content);
  }

  private static double value(UniformRandomProvider rng, double max) {
    return Math.round(rng.nextDouble() * max * 100) / 100.0;
  }

  private static String ktabCsv(UniformRandomProvider rng) {
    int n = 1 + rng.nextInt(6);
    int dims = 1 + rng.nextInt(3);
    StringBuilder b = new StringBuilder();
    b.append("Gen, generated, ").append(n).append(", ").append(dims).append(",\n");
    b.append("Actor,Description,Power");
    for (int d = 0; d < dims; d++) {
      b.append(",Pos").append(d).append(",Sal").append(d);
    }
    b.append(rng.nextBoolean() ? ",\n" : "\n");
    for (int i = 0; i < n; i++) {
      b.append("A").append(i).append(",d,").append(value(rng, 200) + 0.01);
      for (int d = 0; d < dims; d++) {
        b.append(',').append(value(rng, 100)).append(',').append(value(rng, 100.0 / dims));
      }
      b.append(rng.nextBoolean() ? ",\n" : "\n");
    }
    return b.toString();
  }

  private static String bdmCsv(UniformRandomProvider rng) {
    int n = 1 + rng.nextInt(7);
    StringBuilder b = new StringBuilder("Actor,Capability,Position,Salience\n");
    for (int i = 0; i < n; i++) {
      b.append("B").append(i).append(',').append(value(rng, 1) + 0.01).append(',')
          .append(value(rng, 20)).append(',').append(value(rng, 1)).append('\n');
    }
    return b.toString();
  }

  private static String ktabXml(UniformRandomProvider rng) {
    int n = 1 + rng.nextInt(5);
    int dims = 1 + rng.nextInt(2);
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<Scenario><name>G</name>"
        + "<desc>g</desc><prngSeed>1</prngSeed>\n<Dimensions>");
    for (int d = 0; d < dims; d++) {
      b.append("<dName>D").append(d).append("</dName>");
    }
    b.append("</Dimensions>\n<Actors>\n");
    for (int i = 0; i < n; i++) {
      b.append("<Actor><name>X").append(i).append("</name><description>x</description>")
          .append("<capability>").append(value(rng, 100) + 0.01).append("</capability>\n")
          .append("<Position>");
      for (int d = 0; d < dims; d++) {
        b.append("<dCoord>").append(value(rng, 100)).append("</dCoord>");
      }
      b.append("</Position>\n<Salience>");
      for (int d = 0; d < dims; d++) {
        b.append("<dSal>").append(value(rng, 100.0 / dims)).append("</dSal>");
      }
      b.append("</Salience></Actor>\n");
    }
    return b.append("</Actors></Scenario>\n").toString();
  }

  private static String mutate(UniformRandomProvider rng, String content, int times) {
    String s = content;
    for (int t = 0; t < times && !s.isEmpty(); t++) {
      int at = rng.nextInt(s.length());
      switch (rng.nextInt(6)) {
        case 0 -> s = s.substring(0, at) + s.substring(at + 1);
        case 1 -> s = s.substring(0, at) + NOISE.charAt(rng.nextInt(NOISE.length()))
            + s.substring(at);
        case 2 -> {
          List<String> lines = new ArrayList<>(s.lines().toList());
          int l = rng.nextInt(lines.size());
          lines.add(l, lines.get(l));
          s = String.join("\n", lines);
        }
        case 3 -> {
          List<String> lines = new ArrayList<>(s.lines().toList());
          lines.remove(rng.nextInt(lines.size()));
          s = String.join("\n", lines);
        }
        case 4 -> s = s.substring(0, at);
        default -> {
          int other = rng.nextInt(s.length());
          char[] chars = s.toCharArray();
          char c = chars[at];
          chars[at] = chars[other];
          chars[other] = c;
          s = new String(chars);
        }
      }
    }
    return s;
  }
}
