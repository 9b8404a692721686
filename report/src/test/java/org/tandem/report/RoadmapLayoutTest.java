package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.Location;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.expr.ExpressionParser;
import org.tandem.report.RoadmapLayout.Arrow;
import org.tandem.report.RoadmapLayout.Box;
import org.tandem.report.RoadmapLayout.Lane;
import org.tandem.report.RoadmapLayout.Roadmap;

class RoadmapLayoutTest {

  @Test
  void referencesWalkTheWholeExpressionTreeInOrderWithoutRepeats() throws Exception {
    String text = "implemented(a) and (verified(b) or not reversed(a)) and reached(m) and tension < 0.5 "
        + "and months-since(shock) > 2 and count(test) < 3";
    Expression e = new Expression(text, ExpressionParser.parse(text), Location.of("test"));
    assertThat(RoadmapLayout.references(e)).containsExactly("a", "b", "milestone:m");
    assertThat(RoadmapLayout.references(null)).isEmpty();
  }

  @Test
  void preconditionsAndMilestoneConditionsBecomeArrowsFromWhatTheyName() {
    Roadmap map = RoadmapLayout.of(Fixtures.hostile());
    assertThat(map.arrows()).containsExactlyInAnyOrder(
        new Arrow("open-talks", "lift-embargo"), new Arrow("open-talks", "stop-tests"),
        new Arrow("stop-tests", "milestone:deal"), new Arrow("lift-embargo", "milestone:deal"));
  }

  @Test
  void reciprocalGroupsArePairedInScenarioOrder() {
    Roadmap map = RoadmapLayout.of(Fixtures.hostile());
    assertThat(map.pairs()).containsExactly(new RoadmapLayout.Pair("swap", List.of("lift-embargo", "stop-tests")));
    assertThat(map.box("lift-embargo").reciprocal()).isEqualTo("swap");
    assertThat(map.box("open-talks").reciprocal()).isEmpty();
  }

  @Test
  void everyArrowPointsRightwardOnTheKoreaRoadmap() {
    Roadmap map = RoadmapLayout.of(Fixtures.korea());
    assertThat(map.arrows()).hasSizeGreaterThan(30);
    for (Arrow a : map.arrows()) {
      assertThat(x(map, a.from())).as("%s -> %s", a.from(), a.to()).isLessThan(x(map, a.to()));
    }
  }

  @Test
  void reciprocalPartnersShareAColumnAndStepsWithoutPreconditionsStartOnTheLeft() {
    Scenario korea = Fixtures.korea();
    Roadmap map = RoadmapLayout.of(korea);
    for (RoadmapLayout.Pair pair : map.pairs()) {
      assertThat(pair.steps().stream().map(id -> map.box(id).x()).distinct()).as(pair.group()).hasSize(1);
    }
    double first = map.boxes().stream().mapToDouble(Box::x).min().orElseThrow();
    korea.steps().stream().filter(s -> s.preconditions() == null && s.reciprocal().isEmpty())
        .forEach(s -> assertThat(map.box(s.id()).x()).as(s.id()).isEqualTo(first));
  }

  @Test
  void boxesSitInsideTheirTracksLaneWithoutOverlapping() {
    Scenario korea = Fixtures.korea();
    Roadmap map = RoadmapLayout.of(korea);
    assertThat(map.lanes()).extracting(Lane::track).containsExactly("international", "government", "ngo", "");
    assertThat(map.boxes()).hasSize(korea.steps().size());
    for (Box b : map.boxes()) {
      Lane lane = map.lanes().stream().filter(l -> l.track().equals(b.track())).findFirst().orElseThrow();
      assertThat(b.y()).isGreaterThanOrEqualTo(lane.y());
      assertThat(b.y() + b.height()).isLessThanOrEqualTo(lane.y() + lane.height());
      assertThat(b.x() + b.width()).isLessThanOrEqualTo(map.width());
      for (Box other : map.boxes()) {
        if (other != b) {
          boolean apart = b.x() + b.width() <= other.x() || other.x() + other.width() <= b.x()
              || b.y() + b.height() <= other.y() || other.y() + other.height() <= b.y();
          assertThat(apart).as("%s overlaps %s", b.step(), other.step()).isTrue();
        }
      }
    }
  }

  @Test
  void milestonesSitInTheLastLaneRightOfTheStepsTheyNeed() {
    Roadmap map = RoadmapLayout.of(Fixtures.hostile());
    Lane last = map.lanes().get(map.lanes().size() - 1);
    assertThat(last.name()).isEqualTo("Milestones");
    RoadmapLayout.Mark deal = map.mark("deal");
    assertThat(deal.y()).isBetween(last.y(), last.y() + last.height());
    assertThat(deal.x()).isGreaterThan(map.box("stop-tests").x() + map.box("stop-tests").width());
  }

  private static double x(Roadmap map, String key) {
    return RoadmapLayout.isMilestone(key) ? map.mark(key.substring("milestone:".length())).x() : map.box(key).x();
  }
}
