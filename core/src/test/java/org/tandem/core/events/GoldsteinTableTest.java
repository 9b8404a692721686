package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.events.GoldsteinTable.Variant;

class GoldsteinTableTest {
  private static final GoldsteinTable GDELT = GoldsteinTable.of(Variant.GDELT);
  private static final GoldsteinTable ICEWS = GoldsteinTable.of(Variant.ICEWS);

  @Test
  void gdeltTableReproducesTheGoldsteinScaleOfEveryRowOfTheMixedGdeltFile() throws IOException {
    Path file = SharedData.events("gdelt1-mixed-57-58.tsv");
    List<String> mismatches = new ArrayList<>();
    int rows = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      String code = f[26];
      double expected = Double.parseDouble(f[30]);
      if (GDELT.exactValue(code) != expected) {
        mismatches.add(code + ": table " + GDELT.exactValue(code) + ", row " + expected);
      }
      rows++;
    }
    assertThat(rows).isEqualTo(710);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void icewsTableReproducesTheIntensityOfEveryRowOfTheIcewsSample() throws IOException {
    Path file = SharedData.events("icews-events.2018.sample.tab");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int code = header.indexOf("CAMEO Code");
    int intensity = header.indexOf("Intensity");
    List<String> mismatches = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      double expected = Double.parseDouble(f[intensity]);
      if (ICEWS.exactValue(f[code]) != expected) {
        mismatches.add(f[code] + ": table " + ICEWS.exactValue(f[code]) + ", row " + expected);
      }
    }
    assertThat(lines).hasSize(3706);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void tablesDifferExactlyAtTheFourDocumentedCodesAndIcewsAddsTwelveThirteen() {
    assertThat(GDELT.entries()).hasSize(311);
    assertThat(ICEWS.entries()).hasSize(312);
    List<String> differing = new ArrayList<>();
    for (String code : ICEWS.entries().keySet()) {
      if (!ICEWS.entries().get(code).equals(GDELT.entries().get(code))) {
        differing.add(code);
      }
    }
    assertThat(differing).containsExactly("016", "022", "1213", "164", "165");
    assertThat(GDELT.exactValue("016")).isEqualTo(-2.0);
    assertThat(ICEWS.exactValue("016")).isEqualTo(-5.0);
    assertThat(GDELT.exactValue("022")).isEqualTo(3.2);
    assertThat(ICEWS.exactValue("022")).isEqualTo(3.4);
    assertThat(GDELT.exactValue("164")).isEqualTo(-7.0);
    assertThat(ICEWS.exactValue("164")).isEqualTo(-6.5);
    assertThat(GDELT.exactValue("165")).isEqualTo(-6.5);
    assertThat(ICEWS.exactValue("165")).isEqualTo(-7.0);
    assertThat(GDELT.exactValue("1213")).isNaN();
    assertThat(ICEWS.exactValue("1213")).isEqualTo(-4.0);
  }

  @Test
  void unknownCodeTakesItsParentsValueThenItsRoots() {
    // 1213 is not in GDELT's table: its parent 121 is (-4.0).
    CameoCode code = new CameoCode("1213");
    assertThat(GDELT.listed(code.key())).isFalse();
    assertThat(GDELT.value(code)).isEqualTo(GDELT.exactValue("121"));
    // 0199 is not listed but 019 is; neither 0999 nor 099 is, so 0999 takes the root 09's value.
    assertThat(GDELT.value(new CameoCode("0199"))).isEqualTo(3.4);
    assertThat(GDELT.value(new CameoCode("0999"))).isEqualTo(-2.0);
    // 1834, a later code, falls back to 183.
    assertThat(GDELT.value(new CameoCode("1834"))).isEqualTo(GDELT.exactValue("183"));
    assertThat(GDELT.listed(new CameoCode("183").key())).isTrue();
  }

  @Test
  void zeroTenAndTenHaveDifferentValues() {
    // "010" (make statement, 0.0) and "10" (demand, -5.0) must never be confused.
    assertThat(GDELT.value(new CameoCode("010"))).isEqualTo(0.0);
    assertThat(GDELT.value(new CameoCode("10"))).isEqualTo(-5.0);
  }
}
