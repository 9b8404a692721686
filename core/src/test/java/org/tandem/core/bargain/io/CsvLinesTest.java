package org.tandem.core.bargain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

class CsvLinesTest {

  private static List<String> texts(List<CsvCell> cells) {
    return cells.stream().map(CsvCell::text).toList();
  }

  @Test
  void splitsQuotedFieldsDropsTrailingCommasAndSkipsBlankLines() {
    List<List<CsvCell>> lines = CsvLines.split("f", "\uFEFFa, \"b, \"\"c\"\"\" ,d,,\r\n\r\n"
        + "  ,  \n e ,f\n");
    assertThat(lines).hasSize(2);
    assertThat(texts(lines.get(0))).containsExactly("a", "b, \"c\"", "d");
    assertThat(texts(lines.get(1))).containsExactly("e", "f");
    assertThat(lines.get(1).get(1).location()).isEqualTo(new Location("f", 4, 2));
  }

  @Test
  void numbersArePlainDecimalsOnly() {
    Location at = new Location("f", 1, 1);
    assertThat(CsvLines.number(new CsvCell("+1.5e2", at), "x")).isEqualTo(150.0);
    assertThat(CsvLines.number(new CsvCell(".5", at), "x")).isEqualTo(0.5);
    for (String bad : List.of("1e", "0x10", "Infinity", "NaN", "1d", "", "1,5", "--1")) {
      assertThatThrownBy(() -> CsvLines.number(new CsvCell(bad, at), "x"))
          .as(bad).isInstanceOf(UserException.class).hasMessageStartingWith("f:1:1:");
    }
    assertThatThrownBy(() -> CsvLines.number(new CsvCell("1e999", at), "x"))
        .isInstanceOf(UserException.class).hasMessageContaining("finite");
  }

  @Test
  void countsAreWholeNumbersInRange() {
    Location at = new Location("f", 1, 3);
    assertThat(CsvLines.count(new CsvCell("13", at), "n", 1, 20)).isEqualTo(13);
    assertThatThrownBy(() -> CsvLines.count(new CsvCell("0", at), "n", 1, 20))
        .isInstanceOf(UserException.class).hasMessageContaining("between 1 and 20");
    assertThatThrownBy(() -> CsvLines.count(new CsvCell("99999999999", at), "n", 1, 20))
        .isInstanceOf(UserException.class).hasMessageContaining("whole number");
  }
}
