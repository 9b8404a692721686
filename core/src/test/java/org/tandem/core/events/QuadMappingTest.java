package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuadMappingTest {
  @Test
  void gdeltMappingGroupsRootsOneToFiveSixToNineTenToFourteenAndFifteenToTwenty() {
    QuadMapping m = QuadMapping.gdelt();
    assertThat(m.quadOfRoot(1)).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(m.quadOfRoot(5)).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(m.quadOfRoot(6)).isEqualTo(QuadClass.MATERIAL_COOPERATION);
    assertThat(m.quadOfRoot(9)).isEqualTo(QuadClass.MATERIAL_COOPERATION);
    assertThat(m.quadOfRoot(10)).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(m.quadOfRoot(14)).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(m.quadOfRoot(15)).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(m.quadOfRoot(20)).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(m.quadOf(new CameoCode("0874"))).isEqualTo(QuadClass.MATERIAL_COOPERATION);
  }

  @Test
  void anotherGroupingCanBeConfigured() {
    QuadMapping m = QuadMapping.parse("01-04:1, 05-09:2, 10-14:3, 15-20:4");
    assertThat(m.quadOfRoot(5)).isEqualTo(QuadClass.MATERIAL_COOPERATION);
    assertThat(m).isNotEqualTo(QuadMapping.gdelt());
    assertThat(QuadMapping.parse("01-05:1,06-09:2,10-14:3,15-20:4")).isEqualTo(QuadMapping.gdelt());
  }

  @Test
  void rejectsGapsOverlapsAndBadQuads() {
    assertThatThrownBy(() -> QuadMapping.parse("01-05:1,06-09:2,10-14:3,15-19:4")).hasMessageContaining("root 20");
    assertThatThrownBy(() -> QuadMapping.parse("01-05:1,05-09:2,10-14:3,15-20:4")).hasMessageContaining("05");
    assertThatThrownBy(() -> QuadMapping.parse("01-05:5,06-09:2,10-14:3,15-20:4")).hasMessageContaining("1 to 4");
    assertThatThrownBy(() -> QuadMapping.parse("1-5:1")).hasMessageContaining("two-digit");
  }
}
