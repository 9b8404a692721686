package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.Estimate;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.Track;

class HtmlReportTest {
  private static Scenario korea;
  private static SimulationResult koreaResult;
  private static Document koreaPage;

  @BeforeAll
  static void simulateKorea() {
    korea = Fixtures.korea();
    koreaResult = Fixtures.simulate(korea, "comprehensive", 400);
    koreaPage = Jsoup.parse(HtmlReport.simulation(korea, koreaResult).html());
  }

  @Test
  void simulationReportHasEverySectionInOrderWithATableOfContents() {
    List<String> ids = koreaPage.select("main > section").eachAttr("id");
    assertThat(ids).containsExactly("summary", "roadmap", "milestones", "series", "blockers", "assumptions", "manifest");
    assertThat(koreaPage.select("nav a").eachAttr("href")).containsExactlyElementsOf(ids.stream().map(i -> "#" + i).toList());
    assertThat(koreaPage.title()).isEqualTo("Simulation report: " + korea.title());
  }

  @Test
  void summaryNamesScenarioPeriodActorsSourcesAndStrategy() {
    Element summary = koreaPage.getElementById("summary");
    assertThat(summary.select("dd").eachText()).contains("korea-2012", korea.title(), "2012-10 to 2030-12 (219 months)");
    assertThat(summary.select("ul.actors li")).hasSize(korea.actors().size());
    assertThat(summary.select("ul.sources li")).hasSize(korea.sources().size());
    assertThat(summary.select("ul.strategies li").text()).contains("comprehensive");
    assertThat(summary.select("table.key tbody tr")).hasSize(korea.milestones().size() + 1);
  }

  @Test
  void milestoneChartHasOneLabelledLinePerMilestone() {
    Element fig = koreaPage.getElementById("fig-milestones");
    assertThat(fig.attr("data-kind")).isEqualTo("milestones");
    String svgText = fig.selectFirst("svg").select("text").eachText().toString();
    for (MilestoneResult m : koreaResult.milestones()) {
      assertThat(svgText).contains(m.name());
    }
    assertThat(svgText).contains("probability reached, in the model");
  }

  @Test
  void featuredFansAreArsenalTensionMomentumAndPoliticalSpaceWithBandsAndMedian() {
    Element series = koreaPage.getElementById("series");
    List<String> big = series.select("figure.chart-fan").eachAttr("data-chart").stream()
        .filter(id -> id.startsWith("fan-")).toList();
    assertThat(big).containsExactly("fan-warheads", "fan-tension", "fan-momentum", "fan-us-space", "fan-dprk-space");
    String legend = series.getElementById("fig-fan-warheads").select("text").eachText().toString();
    assertThat(legend).contains("5-95%", "25-75%", "median", "Warheads (arsenal)");
  }

  @Test
  void fissileMaterialIsLabelledWithTheScenariosMaterialUnit() {
    assertThat(korea.capability().materialUnit()).isEqualTo("weapon-equivalent");
    assertThat(koreaPage.getElementById("fig-small-material").select("text").eachText())
        .contains("Fissile material (weapon-equivalent)");
  }

  @Test
  void everySeriesHasASmallMultipleInTheGrid() {
    List<String> grid = koreaPage.select("#series .grid.series figure").eachAttr("data-chart");
    assertThat(grid).containsExactlyElementsOf(koreaResult.series().stream().map(s -> "small-" + s.id()).toList());
  }

  @Test
  void everyStochasticEventHasItsYearlyCountsInTheGrid() {
    List<String> grid = koreaPage.select("#series .grid.counts figure").eachAttr("data-chart");
    List<String> stochastic = korea.events().stream()
        .filter(e -> e instanceof org.tandem.core.scenario.Event.Stochastic).map(e -> "counts-" + e.id()).toList();
    assertThat(stochastic).isNotEmpty();
    assertThat(grid).containsExactlyElementsOf(stochastic);
    String axis = koreaPage.getElementById("fig-counts-nuclear-test").select("text").eachText().toString();
    assertThat(axis).contains("nuclear-test, firings per year").contains("2020");
  }

  @Test
  void blockersChartPerMilestoneThatRunsMissedShowsItsLargestBlocker() {
    for (MilestoneResult m : koreaResult.milestones()) {
      var shares = koreaResult.blockers().stream().filter(b -> b.milestone().equals(m.id())).toList();
      Element fig = koreaPage.getElementById("fig-blockers-" + m.id());
      if (shares.isEmpty()) {
        assertThat(fig).isNull();
      } else {
        var top = shares.stream().max((a, b) -> Double.compare(a.share(), b.share())).orElseThrow();
        String words = fig.select("text").eachText().toString();
        assertThat(words).contains(m.name()).contains(top.blocker().split(" ")[0]);
      }
    }
    assertThat(koreaPage.select("#blockers figure.chart-blockers")).isNotEmpty();
  }

  @Test
  void assumptionsTableListsEveryNumberWithItsSource() {
    var rows = koreaPage.select("#assumptions table.assumptions tbody tr");
    assertThat(rows).hasSize(korea.assumptions().size());
    assertThat(rows.get(0).select("td").get(0).text()).isEqualTo(korea.assumptions().get(0).path());
    assertThat(koreaPage.getElementById("assumptions").text()).contains("[wit-2012]");
  }

  @Test
  void rulesAndConditionsShowEveryExpressionAsWrittenWithItsLocation() {
    Scenario hostile = Fixtures.hostile();
    Document page = Jsoup.parse(HtmlReport.simulation(hostile, Fixtures.simulate(hostile, "engage", 50)).html());
    var rows = page.select("#assumptions table.rules tbody tr");
    assertThat(rows).hasSize(ScenarioRule.of(hostile).size());
    assertThat(rows.eachText()).anyMatch(t -> t.startsWith("update of tension (each month) 0.9 * tension + 0.05 "
        + "hostile.yaml:49:")).anyMatch(t -> t.contains("implemented(open-talks) and tension <= 0.9"))
        .anyMatch(t -> t.startsWith("breakdown (when it holds 2 months in a row) tension >= 0.95"));
    // The hazard factor's condition stands beside its multiplier.
    Element factor = page.select("#assumptions table.assumptions tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals("events.test.hazard.factors.1.times")).findFirst().orElseThrow();
    assertThat(factor.child(1).text()).isEqualTo("0.2");
    assertThat(factor.child(3).text()).startsWith("applies when verified(stop-tests)");
  }

  @Test
  void assumptionValuesReadAsWritten() {
    assertThat(HtmlReport.number(5)).isEqualTo("5");
    assertThat(HtmlReport.number(0.5)).isEqualTo("0.5");
    assertThat(HtmlReport.number(0.1)).isEqualTo("0.1");
    assertThat(HtmlReport.number(1.0 / 3)).isEqualTo("0.333333");
    assertThat(HtmlReport.number(-2.25)).isEqualTo("-2.25");
    assertThat(HtmlReport.number(12345678.9)).isEqualTo("12345700");
  }

  @Test
  void manifestShowsHashSeedRunsAndGenerator() {
    String manifest = koreaPage.getElementById("manifest").text();
    assertThat(manifest).contains(korea.sha256()).contains("comprehensive").contains(" 7 ").contains(" 400 ")
        .contains(koreaResult.manifest().rng());
  }

  @Test
  void roadmapHasALanePerTrackABoxPerStepAndAMarkPerMilestone() {
    Element svg = koreaPage.selectFirst("#roadmap svg.roadmap");
    assertThat(svg.select("g.lane").eachAttr("data-track"))
        .containsExactlyElementsOf(concat(korea.tracks().stream().map(Track::id).toList(), ""));
    assertThat(svg.select("g.step").eachAttr("data-step")).containsExactlyInAnyOrderElementsOf(
        korea.steps().stream().map(Step::id).toList());
    assertThat(svg.select("g.milestone")).hasSize(korea.milestones().size());
    assertThat(svg.select("g.reciprocal")).isNotEmpty();
    assertThat(svg.select("path.precondition")).isNotEmpty();
  }

  @Test
  void wordingNeverPresentsOutputsAsFacts() {
    assertThat(koreaPage.selectFirst(".disclaimer").text()).contains("output of a model").contains("not a fact about the world");
    for (Element lede : koreaPage.select("section#milestones .lede, section#series .lede")) {
      assertThat(lede.text()).containsAnyOf("in the model", "under the scenario's assumptions");
    }
  }

  @Test
  void chartIdsAndSvgInternalIdsAreUniqueInThePage() {
    Set<String> seen = new HashSet<>();
    for (Element e : koreaPage.select("[id]")) {
      assertThat(seen.add(e.id())).as("duplicate id %s", e.id()).isTrue();
    }
    assertThat(seen).hasSizeGreaterThan(30);
  }

  @Test
  void reportIsOfflineWithoutScriptsOrRemoteReferences() {
    assertOffline(koreaPage);
    assertOffline(Jsoup.parse(HtmlReport.simulation(Fixtures.hostile(),
        Fixtures.simulate(Fixtures.hostile(), "engage", 100)).html()));
  }

  static void assertOffline(Document page) {
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("link, iframe, img, object, embed")).isEmpty();
    for (Element e : page.select("[src], [href], [xlink:href]")) {
      for (String attr : List.of("src", "href", "xlink:href")) {
        assertThat(e.attr(attr)).as("%s of <%s>", attr, e.tagName()).doesNotStartWithIgnoringCase("http")
            .doesNotStartWith("//");
      }
    }
    String css = page.select("style").html();
    assertThat(css).doesNotContain("@import").doesNotContain("url(");
  }

  @Test
  void trackingReportSetsTheRecordBesideTheSimulationWithoutDuplicateIds() {
    double[] agreed = koreaResult.step("security-assurances").agreedBy();
    var assurances = new TrackedStep("security-assurances", "Security assurances", List.of(
        new TrackedCurve("agreed", agreed, java.time.LocalDate.of(2018, 6, 12), 0.3, 0.2),
        new TrackedCurve("implemented", koreaResult.step("security-assurances").implementedBy(), null, 0.8, 0.01)));
    var quiet = new TrackedStep("dismantlement", "Dismantlement", List.of(
        new TrackedCurve("agreed", koreaResult.step("dismantlement").agreedBy(), null, 0.99, 0)));
    var milestone = new TrackedCurve("Diplomatic relations established",
        koreaResult.milestone("diplomatic-relations").cumulative(), null, 0.9, 0.01);
    var warheads = new ObservedPoints("warheads", "fissile-material-capacity", "warheads", List.of(
        new ObservedPoint(java.time.LocalDate.of(2016, 1, 1), java.time.YearMonth.of(2015, 12), 10, 10, 0.1)),
        0, 0, 290, 22);
    String stochastic = koreaResult.events().stream().filter(e -> !e.byYear().isEmpty()).findFirst().orElseThrow()
        .id();
    var tests = new ObservedCounts("tests", "count", stochastic, List.of(new ObservedCount(2013, 12, 1, 70),
        new ObservedCount(2016, 12, 2, 90)), 1, 2, 1.5, 0.4);
    Document page = Jsoup.parse(HtmlReport.tracking(korea, koreaResult, new TrackingSection("korea-2012",
        java.time.LocalDate.of(2019, 12, 31), 0.001, 0.02, List.of(milestone), List.of(assurances, quiet),
        List.of(warheads), List.of(tests), java.util.Map.of("observed series launches", "no such series"))).html());
    assertThat(page.select("main > section").eachAttr("id")).startsWith("summary", "tracking", "milestones");
    Element tracking = page.getElementById("tracking");
    assertThat(tracking.select("figure").eachAttr("data-chart")).containsExactly("tracking-milestones",
        "tracking-step-security-assurances", "tracking-observed-0", "tracking-counts-0");
    assertThat(tracking.select("figure[data-kind=observed-counts]")).hasSize(1);
    assertThat(tracking.text()).contains("security-assurances, agreed 2018-06-12").contains("0.0200")
        .contains("not recorded").contains("launches: no such series").contains("0 of 1")
        .contains("Yearly counts over the simulated distribution").contains(stochastic + " (yearly count)")
        .contains("2 of 2");
    Set<String> seen = new HashSet<>();
    for (Element e : page.select("[id]")) {
      assertThat(seen.add(e.id())).as("duplicate id %s", e.id()).isTrue();
    }
    assertOffline(page);
  }

  @Test
  void markupInScenarioStringsIsShownAsText() {
    Scenario hostile = Fixtures.hostile();
    Document page = Jsoup.parse(HtmlReport.simulation(hostile, Fixtures.simulate(hostile, "engage", 100)).html());
    assertThat(page.select("script, b, i, em, main a, fear, done, first")).isEmpty();
    assertThat(page.selectFirst("h1").text()).isEqualTo("Simulation report: Tom & Jerry <script>alert(1)</script> talks");
    assertThat(page.getElementById("summary").text()).contains("A <b>bold</b> & risky test")
        .contains("Side <A> & co").contains("A & B, <i>Talks</i>").contains("https://example.org/talks?a=1&b=2")
        .contains("Engage & <em>hope</em>").contains("Talk <first> & act");
    Element roadmap = page.getElementById("roadmap");
    assertThat(roadmap.select("g.lane > title").eachText()).contains("Talks <script>x</script>");
    assertThat(roadmap.select("g.step title").eachText()).anyMatch(t -> t.startsWith("Open <script>alert(2)</script>"));
    assertThat(page.getElementById("fig-milestones").select("text").eachText()).contains("Deal <done> & dusted");
    assertThat(page.getElementById("fig-fan-tension").select("text").eachText()).contains("Tension & <fear>");
  }

  @Test
  void comparisonReportHasComparedOutputsAndEachStrategysCharts() {
    ComparisonResult c = Fixtures.compare(korea, List.of("strategic-patience", "comprehensive"), 200);
    Document page = Jsoup.parse(HtmlReport.comparison(korea, c).html());
    assertThat(page.select("main > section").eachAttr("id")).containsExactly("summary", "roadmap", "comparison",
        "strategy-strategic-patience", "strategy-comprehensive", "assumptions", "manifest");
    assertThat(page.select("#comparison figure.chart-comparison")).hasSize(c.metrics().size());
    String first = page.getElementById("fig-compare-" + Html.slug(c.metrics().get(0).id())).select("text").eachText()
        .toString();
    assertThat(first).contains("strategic-patience", "comprehensive", "value (95% interval)",
        "minus strategic-patience (paired, 95% interval)");
    for (String s : c.strategies()) {
      assertThat(page.getElementById("fig-" + s + "-milestones")).isNotNull();
      assertThat(page.getElementById("fig-" + s + "-fan-warheads")).isNotNull();
    }
    assertThat(page.select("#manifest tbody tr")).hasSize(2);
    assertThat(page.select("#comparison tbody tr")).hasSize(c.metrics().size() * 2);
    // The difference columns of a probability are in percentage points, its value columns in percent.
    Element breakdown = page.select("#comparison tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals(c.metric("breakdown").label())).reduce((a, b) -> b).orElseThrow();
    assertThat(breakdown.child(2).text()).endsWith("%");
    assertThat(breakdown.child(4).text()).matches("[+-]\\d+\\.\\d pt");
    assertThat(breakdown.child(5).text()).matches("[+-]\\d+\\.\\d pt to [+-]\\d+\\.\\d pt");
    Set<String> seen = new HashSet<>();
    for (Element e : page.select("[id]")) {
      assertThat(seen.add(e.id())).as("duplicate id %s", e.id()).isTrue();
    }
  }

  @Test
  void longStrategyIdsAreShortOnTheComparisonChartAndWholeInItsCaption() {
    String longId = "engage-slowly-with-a-really-long-identifier-for-testing";
    Scenario s = Fixtures.hostileEdited(t -> t.replace("id: engage-slowly", "id: " + longId), "long.yaml");
    ComparisonResult c = Fixtures.compare(s, List.of("engage", longId), 20);
    Element fig = Jsoup.parse(HtmlReport.comparison(s, c).html())
        .getElementById("fig-compare-" + Html.slug(c.metrics().get(0).id()));
    assertThat(fig.selectFirst("figcaption").text()).contains(longId);
    assertThat(fig.select("svg text").eachText()).contains(Charts.shortLabel(longId, Charts.LABEL_CHARS))
        .noneMatch(t -> t.contains(longId));
  }

  @Test
  void sensitivitySectionAppearsOnlyWithSensitivityCharts() {
    assertThat(koreaPage.getElementById("sensitivity")).isNull();
    Chart tornado = SensitivityCharts.tornado("tornado-deal", "p:deal", List.of(new Swing("a.b", "p:deal", -0.1, 0.2)));
    Chart sobol = SensitivityCharts.sobol("sobol-deal", "p:deal",
        List.of(new SobolIndex("a.b", "p:deal", new Estimate(0.3, 0.2, 0.4), new Estimate(0.5, 0.4, 0.6))));
    Document page = Jsoup.parse(HtmlReport.simulation(korea, koreaResult, List.of(tornado, sobol)).html());
    assertThat(page.select("main > section").eachAttr("id")).containsSequence("blockers", "sensitivity", "assumptions");
    assertThat(page.select("#sensitivity figure").eachAttr("data-kind")).containsExactly("tornado", "sobol");
  }

  @Test
  void aChartWithNothingToDrawIsANote() {
    Chart flat = SensitivityCharts.tornado("tornado-flat", "p:flat", List.of(new Swing("a.b", "p:flat", 0, 0)));
    Document page = Jsoup.parse(HtmlReport.simulation(korea, koreaResult, List.of(flat)).html());
    assertThat(page.select("#sensitivity figure")).isEmpty();
    assertThat(page.select("#sensitivity p.note").text()).contains("Tornado: p:flat").contains("does not change");

    Scenario nom = Fixtures.hostileWithoutMilestones();
    Report report = HtmlReport.simulation(nom, Fixtures.simulate(nom, "engage", 20));
    Document none = Jsoup.parse(report.html());
    assertThat(none.getElementById("fig-milestones")).isNull();
    assertThat(none.select("#milestones p.note").text()).contains("no milestones");
    assertThat(report.charts()).noneMatch(c -> c.kind().equals("milestones"));
  }

  @Test
  void reportListsEveryEmbeddedChartForExport() {
    Report report = HtmlReport.simulation(korea, koreaResult);
    assertThat(report.charts()).extracting(Chart::id)
        .containsExactlyElementsOf(koreaPage.select("figure.chart").eachAttr("data-chart"));
    assertThat(koreaResult.series()).extracting(SeriesResult::id).contains("warheads");
  }

  private static List<String> concat(List<String> a, String b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.add(b);
    return out;
  }
}
