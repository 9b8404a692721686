package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.UserException;

class ReportOptionsTest {

  @Test
  void variantGoesBeforeTheExtensionOrAtTheEnd() {
    assertThat(ReportOptions.withSuffix(Path.of("out/r.html"), "e-o")).isEqualTo(Path.of("out/r-e-o.html"));
    assertThat(ReportOptions.withSuffix(Path.of("report"), "e-o")).isEqualTo(Path.of("report-e-o"));
    assertThat(ReportOptions.withSuffix(Path.of(".hidden"), "e-o")).isEqualTo(Path.of(".hidden-e-o"));
  }

  @Test
  void defaultFileIsInTheWorkingDirectory() {
    ReportOptions options = new ReportOptions();
    assertThat(options.wanted()).isTrue();
    assertThat(options.file()).isEqualTo(Path.of("tandem-report.html"));
    options.report = Path.of("x/y.html");
    assertThat(options.file()).isEqualTo(Path.of("x/y.html"));
  }

  @Test
  void noReportWithAFileOrChartsIsRefused() {
    ReportOptions options = new ReportOptions();
    options.noReport = true;
    options.check();
    assertThat(options.wanted()).isFalse();
    options.charts = Path.of("charts");
    assertThatThrownBy(options::check).isInstanceOf(UserException.class).hasMessageContaining("--charts charts");
  }
}
