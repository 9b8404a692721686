package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tandem.report.RoadmapLayout.Roadmap;

class RoadmapSvgTest {

  @Test
  void wrapsAtWordsAndAfterHyphensAndEndsACutTextWithAnEllipsis() {
    assertThat(RoadmapSvg.wrap("Government-to-government arrangements", 18, 3))
        .containsExactly("Government-to-", "government", "arrangements");
    assertThat(RoadmapSvg.wrap("one two three four five six", 9, 2)).containsExactly("one two", "three\u2026");
    assertThat(RoadmapSvg.wrap("short", 20, 3)).containsExactly("short");
    assertThat(RoadmapSvg.wrap("Supercalifragilisticexpialidocious", 10, 2)).containsExactly("Supercalif\u2026");
  }

  @Test
  void drawsEveryLaneStepArrowPairAndMilestoneWithIdsUnderItsPrefix() {
    Roadmap map = RoadmapLayout.of(Fixtures.hostile());
    Document doc = Jsoup.parse(RoadmapSvg.svg(map, "rm"));
    Element svg = doc.selectFirst("svg#rm");
    assertThat(svg.select("g.lane")).hasSize(3);
    assertThat(svg.select("g.step")).hasSize(3);
    assertThat(svg.select("path.precondition")).hasSize(map.arrows().size());
    assertThat(svg.select("path.precondition").eachAttr("marker-end")).containsOnly("url(#rm-arrow)");
    assertThat(svg.select("g.reciprocal[data-group=swap] line")).hasSize(2);
    assertThat(svg.select("g.step[data-reciprocal=swap] text.group").eachText()).containsOnly("\u21c4 swap");
    assertThat(svg.select("g.milestone").attr("data-milestone")).isEqualTo("deal");
    assertThat(svg.select("[id]").eachAttr("id")).allMatch(id -> id.startsWith("rm"));
  }

  @Test
  void markupInTitlesIsEscaped() {
    String svg = RoadmapSvg.svg(RoadmapLayout.of(Fixtures.hostile()), "rm");
    assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(2)&lt;/script&gt;");
    assertThat(Jsoup.parse(svg).select("script")).isEmpty();
  }
}
