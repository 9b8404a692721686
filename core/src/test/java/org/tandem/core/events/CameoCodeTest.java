package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CameoCodeTest {
  @Test
  void keepsLeadingZerosSoThatZeroTenDiffersFromTen() {
    assertThat(new CameoCode("010")).isNotEqualTo(new CameoCode("10"));
    assertThat(new CameoCode("010").key()).isNotEqualTo(new CameoCode("10").key());
    assertThat(new CameoCode("010").root()).isEqualTo(new CameoCode("01"));
    assertThat(new CameoCode("10").rootNumber()).isEqualTo(10);
  }

  @Test
  void rejectsLettersWrongLengthsAndRootsOutsideOneToTwenty() {
    assertThat(CameoCode.isValid("13y")).isFalse();
    assertThat(CameoCode.isValid("1")).isFalse();
    assertThat(CameoCode.isValid("01234")).isFalse();
    assertThat(CameoCode.isValid("00")).isFalse();
    assertThat(CameoCode.isValid("211")).isFalse();
    assertThat(CameoCode.isValid("2042")).isTrue();
    assertThatThrownBy(() -> new CameoCode("13y")).hasMessageContaining("13y");
  }

  @Test
  void parentDropsTheLastDigitAndARootHasNone() {
    assertThat(new CameoCode("1213").parent()).isEqualTo(new CameoCode("121"));
    assertThat(new CameoCode("121").parent()).isEqualTo(new CameoCode("12"));
    assertThat(new CameoCode("12").parent()).isNull();
  }
}
