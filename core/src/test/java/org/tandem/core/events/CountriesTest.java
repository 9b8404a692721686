package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CountriesTest {
  @Test
  void mapsIcewsNamesOfTheKoreaCaseToIsoCodes() {
    assertThat(Countries.iso3OfName("United States")).isEqualTo("USA");
    assertThat(Countries.iso3OfName("North Korea")).isEqualTo("PRK");
    assertThat(Countries.iso3OfName("South Korea")).isEqualTo("KOR");
    assertThat(Countries.iso3OfName("China")).isEqualTo("CHN");
    assertThat(Countries.iso3OfName("Japan")).isEqualTo("JPN");
    assertThat(Countries.iso3OfName("Russian Federation")).isEqualTo("RUS");
    assertThat(Countries.iso3OfName("Atlantis")).isNull();
  }

  @Test
  void knowsEveryCountryNameOfTheIcewsSample() throws IOException {
    List<String> lines = Files.readAllLines(SharedData.events("icews-events.2018.sample.tab"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    TreeSet<String> unknown = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      for (String column : List.of("Source Country", "Target Country", "Country")) {
        String name = f[header.indexOf(column)];
        if (!name.isEmpty() && !name.equals("NA") && Countries.iso3OfName(name) == null) {
          unknown.add(name);
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void threeLetterCodesRoundTripThroughTheirIds() {
    for (String code : List.of("AAA", "USA", "PRK", "ZZZ")) {
      assertThat(Countries.code(Countries.idOfCode(code))).isEqualTo(code);
    }
    assertThat(Countries.idOfCode("usa")).isEqualTo(Countries.NONE);
    assertThat(Countries.idOfCode("US")).isEqualTo(Countries.NONE);
  }
}
