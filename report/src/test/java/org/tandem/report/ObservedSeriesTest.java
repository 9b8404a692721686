package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;

class ObservedSeriesTest {

  private static ObservedSeries tension() {
    return new ObservedSeries("tension index, USA-PRK", "usa-prk.csv",
        List.of(YearMonth.of(2018, 5), YearMonth.of(2018, 6), YearMonth.of(2018, 7)), new double[] {0.05, 0.01, 0.03});
  }

  @Test
  void monthsAndValuesMustPair() {
    assertThatThrownBy(() -> new ObservedSeries("x", "f", List.of(YearMonth.of(2018, 5)), new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void simulationReportShowsMeasuredSeriesInTheirOwnSection() {
    Scenario korea = Fixtures.korea();
    SimulationResult r = Fixtures.simulate(korea, "comprehensive", 200);
    Document page = Jsoup.parse(HtmlReport.simulation(korea, r, List.of(), List.of(tension())).html());
    var section = page.getElementById("observed");
    assertThat(section).isNotNull();
    assertThat(section.text()).contains("not the model's tension variable").contains("usa-prk.csv");
    assertThat(section.select("figure[data-kind=observed] svg")).hasSize(1);
    assertThat(section.select("svg").text()).contains("tension index, USA-PRK");
    // Without measured series there is no such section.
    assertThat(Jsoup.parse(HtmlReport.simulation(korea, r).html()).getElementById("observed")).isNull();
  }
}
