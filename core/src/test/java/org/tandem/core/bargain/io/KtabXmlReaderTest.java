package org.tandem.core.bargain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.Actor;
import org.tandem.core.bargain.Problem;
import org.tandem.core.bargain.SharedData;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.UserException;

class KtabXmlReaderTest {
  private static final String SMALL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Scenario>
        <name>Small</name>
        <desc>d</desc>
        <prngSeed>1</prngSeed>
        <Dimensions><dName>One</dName></Dimensions>
        <Actors>
          <Actor>
            <name>A</name><description>x</description><capability>10</capability>
            <Position><dCoord>20</dCoord></Position>
            <Salience><dSal>50</dSal></Salience>
          </Actor>
          <Actor>
            <name>B</name><description>y</description><capability>20</capability>
            <Position><dCoord>80</dCoord></Position>
            <Salience><dSal>70</dSal></Salience>
          </Actor>
        </Actors>
      </Scenario>
      """;

  private static Problem read(String content) {
    return new KtabXmlReader().read("s.xml", content);
  }

  @Test
  void readsTheSameProblemAsTheCsvOfKtabsDummyData() {
    Problem xml = read(SharedData.text("ktab/dummyData_3Dim.xml"));
    Problem csv = new KtabCsvReader().read("c", SharedData.text("ktab/dummyData_3Dim.csv"));
    assertThat(xml.dimensions()).isEqualTo(csv.dimensions());
    assertThat(xml.actorCount()).isEqualTo(csv.actorCount());
    for (int i = 0; i < xml.actorCount(); i++) {
      Actor a = xml.actors().get(i);
      Actor b = csv.actors().get(i);
      assertThat(a.name()).isEqualTo(b.name());
      assertThat(a.capability()).isEqualTo(b.capability());
      assertThat(a.positions()).containsExactly(b.positions());
      assertThat(a.saliences()).containsExactly(b.saliences());
    }
  }

  @Test
  void keepsModelParametersAndNotesIdealAdjustment() {
    Problem p = read(SMALL.replace("<Dimensions>", """
        <ModelParameters><PCEModel>MarkovIncentive</PCEModel>
        <StateTransitions>Stochastic</StateTransitions></ModelParameters><Dimensions>""")
        .replace("</Actors>", """
        </Actors><IdealAdjustment><iaPair><adjustingIdeal>A</adjustingIdeal>
        <referencePos>B</referencePos><adjust>0.5</adjust></iaPair></IdealAdjustment>"""));
    assertThat(p.parameters()).containsEntry("PCEModel", "MarkovIncentive")
        .containsEntry("StateTransitions", "Stochastic").containsEntry("IdealAdjustment", "1");
  }

  @Test
  void rejectsTheEmptyCoordinateInKtabsOwnExample() {
    // KTAB's smpExample.xml has <dCoord></dCoord> for Alice's first position, which its schema
    // (xs:decimal) does not allow; tandem names the element rather than reading it as 0.
    String example = SharedData.text("ktab/smpExample.xml");
    assertThatThrownBy(() -> read(example))
        .isInstanceOf(UserException.class).hasMessageStartingWith("s.xml:32:")
        .hasMessageContaining("found ''");
  }

  @Test
  void readsASmallScenario() {
    Problem p = read(SMALL);
    assertThat(p.name()).isEqualTo("Small");
    assertThat(p.dimensions()).containsExactly("One");
    assertThat(p.actors().get(1).salience(0)).isEqualTo(70.0);
    assertThat(p.actors().get(1).location().line()).isEqualTo(13);
  }

  @Test
  void errorsNameLineAndColumn() {
    assertThatThrownBy(() -> read(SMALL.replace("<capability>20<", "<capability>lots<")))
        .isInstanceOf(UserException.class).hasMessageStartingWith("s.xml:14:")
        .hasMessageContaining("'lots'");
    assertThatThrownBy(() -> read(SMALL.replace("<dSal>70</dSal>", "<dSal>170</dSal>")))
        .isInstanceOf(UserException.class).hasMessageStartingWith("s.xml:16:")
        .hasMessageContaining("between 0 and 100");
    assertThatThrownBy(() -> read(SMALL.replace("</Actors>", "")))
        .isInstanceOf(UserException.class).hasMessageStartingWith("s.xml:")
        .hasMessageContaining("well-formed");
    assertThatThrownBy(() -> read(SMALL.replace("<name>B</name>", "")))
        .isInstanceOf(UserException.class).hasMessageStartingWith("s.xml:13:")
        .hasMessageContaining("<name>");
    assertThatThrownBy(() -> read(SMALL.replace("<Position><dCoord>80</dCoord></Position>",
        "<Position></Position>"))).isInstanceOf(UserException.class)
        .hasMessageContaining("expected 1 <dCoord>");
  }

  @Test
  void refusesDocumentTypeDeclarations() {
    String evil = SMALL.replace("<Scenario>",
        "<!DOCTYPE Scenario [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Scenario>");
    assertThatThrownBy(() -> read(evil)).isInstanceOf(UserException.class)
        .hasMessageContaining("well-formed");
  }

  @Test
  void everyBadValueAndMissingElementOfTheFileIsReported() {
    String bad = SMALL.replace("<capability>10</capability>", "<capability>ten</capability>")
        .replace("<dSal>50</dSal>", "<dSal>150</dSal>")
        .replace("<name>B</name>", "");
    assertThatThrownBy(() -> read(bad)).isInstanceOf(UserException.class)
        .satisfies(e -> assertThat(((UserException) e).diagnostics())
            .extracting(Diagnostic::code)
            .containsExactly("not-a-number", "out-of-range", "missing-element"));
  }
}
