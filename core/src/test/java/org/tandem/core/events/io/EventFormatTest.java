package org.tandem.core.events.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.UserException;
import org.tandem.core.events.GdeltRows;

class EventFormatTest {
  private static EventFormat detect(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return EventFormat.detect(b, b.length, "f");
  }

  @Test
  void tellsFormatsByHeaderOrColumnCount() {
    assertThat(detect(GdeltRows.row(57, "20120601", "USA", "PRK", "1", "040", "1") + "\n")).isEqualTo(EventFormat.GDELT1);
    assertThat(detect(GdeltRows.row(58, "20180601", "USA", "PRK", "1", "040", "1"))).isEqualTo(EventFormat.GDELT1);
    assertThat(detect(GdeltRows.row(61, "20180601", "USA", "PRK", "1", "040", "1") + "\r\n")).isEqualTo(EventFormat.GDELT2);
    assertThat(detect("Event ID\tEvent Date\tSource Name\n")).isEqualTo(EventFormat.ICEWS);
    assertThat(detect("\uFEFFGLOBALEVENTID,SQLDATE\n1,2\n")).isEqualTo(EventFormat.CSV);
    assertThat(detect("")).isEqualTo(EventFormat.GDELT1);
  }

  @Test
  void blankLinesBeforeTheFirstRowAreSkippedAsTheReadersSkipThem() {
    assertThat(detect("\nEvent ID\tEvent Date\tSource Name\n")).isEqualTo(EventFormat.ICEWS);
    assertThat(detect("\r\n\n" + GdeltRows.row(61, "20180601", "USA", "PRK", "1", "040", "1") + "\n"))
        .isEqualTo(EventFormat.GDELT2);
    assertThat(detect("\uFEFF\nGLOBALEVENTID,SQLDATE\n1,2\n")).isEqualTo(EventFormat.CSV);
    assertThat(detect("\n\r\n\n")).isEqualTo(EventFormat.GDELT1);
    assertThatThrownBy(() -> detect("\n\n1\t2\t3\n")).isInstanceOf(UserException.class)
        .hasMessageContaining("f:3:");
  }

  @Test
  void headerlessFileWithAnotherColumnCountIsAnError() {
    assertThatThrownBy(() -> detect("1\t2\t3\n")).isInstanceOf(UserException.class)
        .hasMessageContaining("f:1").hasMessageContaining("found 3 tab-separated");
  }
}
