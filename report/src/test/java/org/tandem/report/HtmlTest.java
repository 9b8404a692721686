package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesTheFiveMarkupCharacters() {
    assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    assertThat(Html.escape("plain text, \u21c4 arrows")).isEqualTo("plain text, \u21c4 arrows");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void slugKeepsIdsAndTurnsAnythingElseIntoAToken() {
    assertThat(Html.slug("korea-2012")).isEqualTo("korea-2012");
    assertThat(Html.slug("p:diplomatic-relations")).isEqualTo("p-diplomatic-relations");
    assertThat(Html.slug("warheads:2030-12")).isEqualTo("warheads-2030-12");
    assertThat(Html.slug("<script>")).isEqualTo("script");
    assertThat(Html.slug("::")).isEqualTo("x");
  }
}
