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
  void manyReciprocalGroupsLookDistinctAndLongGroupNamesStayInsideTheirBoxes() {
    java.util.List<RoadmapLayout.Box> boxes = new java.util.ArrayList<>();
    java.util.List<RoadmapLayout.Pair> pairs = new java.util.ArrayList<>();
    for (int g = 0; g < 9; g++) {
      String group = "group-" + g + (g == 0 ? "-with-a-very-long-name-that-would-spill-out-of-its-box" : "");
      boxes.add(new RoadmapLayout.Box("a" + g, "A" + g, "t", group, 20 + 200 * g, 10, 170, 60));
      boxes.add(new RoadmapLayout.Box("b" + g, "B" + g, "t", group, 20 + 200 * g, 90, 170, 60));
      pairs.add(new RoadmapLayout.Pair(group, java.util.List.of("a" + g, "b" + g)));
    }
    Roadmap map = new Roadmap(java.util.List.of(new RoadmapLayout.Lane("t", "T", 0, 160)), boxes,
        java.util.List.of(), java.util.List.of(), pairs, 1900, 160);
    Element svg = Jsoup.parse(RoadmapSvg.svg(map, "rm")).selectFirst("svg#rm");
    java.util.Set<String> looks = new java.util.HashSet<>();
    for (Element rect : svg.select("g.step[data-step^=a] > rect")) {
      assertThat(looks.add(rect.attr("stroke") + "|" + rect.attr("stroke-dasharray"))).as(rect.parent().attr("data-step"))
          .isTrue();
    }
    Element first = svg.selectFirst("g.step[data-step=a0]");
    String label = first.selectFirst("text.group").text();
    assertThat(label).endsWith("\u2026");
    assertThat(label.length() * 5.6).isLessThanOrEqualTo(170);
    assertThat(first.selectFirst("title").text()).contains("group-0-with-a-very-long-name-that-would-spill-out-of-its-box");
  }

  @Test
  void markupInTitlesIsEscaped() {
    String svg = RoadmapSvg.svg(RoadmapLayout.of(Fixtures.hostile()), "rm");
    assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(2)&lt;/script&gt;");
    assertThat(Jsoup.parse(svg).select("script")).isEmpty();
  }
}
