package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tandem.core.scenario.BuiltinScenarios;

class ScenariosCommandTest {

  @Test
  void listsEveryBuiltInWithItsPeriodAndMarksTheDefault() {
    BuiltinScenarios.ids().forEach(RepoFiles::presentBuiltin);
    CliRunner result = CliRunner.run("scenarios");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines().filter(l -> !l.isBlank()))
        .hasSize(BuiltinScenarios.ids().size() + 1)
        .last().isEqualTo("Print one with: tandem scenario show ID > my.yaml");
    for (String id : BuiltinScenarios.ids()) {
      assertThat(result.out().lines().filter(l -> l.startsWith(id + " ")))
          .singleElement().asString().matches(id + " +\\S.* \\(\\d{4}-\\d\\d to \\d{4}-\\d\\d, \\d+ steps\\)"
              + (id.equals(BuiltinScenarios.DEFAULT) ? " \\[default\\]" : ""));
    }
  }
}
