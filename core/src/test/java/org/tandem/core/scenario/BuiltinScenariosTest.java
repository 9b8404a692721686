package org.tandem.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.core.check.CheckResult;
import org.tandem.core.check.Scenarios;
import org.tandem.core.check.TestScenarios;
import org.tandem.core.error.Diagnostic;

/** Every built-in scenario loads and checks without errors or warnings, under its own id. */
class BuiltinScenariosTest {

  static java.util.List<String> ids() {
    return BuiltinScenarios.ids();
  }

  /** The resource of built-in {@code id}; the test is skipped while it has not been written. */
  static byte[] present(String id) {
    Optional<byte[]> bytes = TestScenarios.builtin(id);
    assumeTrue(bytes.isPresent(), () -> "built-in scenario " + id + " has no resource yet");
    return bytes.get();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void checksCleanWithoutErrorsOrWarnings(String id) {
    CheckResult result = Scenarios.check(present(id), id);
    assertThat(result.diagnostics()).extracting(Diagnostic::toString).isEmpty();
    assertThat(result.scenario().id()).isEqualTo(id);
    assertThat(result.scenario().assumptions()).allMatch(Assumption::isSourced);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void servesTheResourceBytesUnchanged(String id) {
    byte[] resource = present(id);
    assertThat(BuiltinScenarios.bytes(id)).hasValue(resource);
  }

  @Test
  void hasTheDefaultAmongItsIds() {
    assertThat(BuiltinScenarios.ids()).contains(BuiltinScenarios.DEFAULT).doesNotHaveDuplicates()
        .allMatch(id -> YamlMap.ID.matcher(id).matches());
  }

  @Test
  void knowsNoOtherId() {
    assertThat(BuiltinScenarios.bytes("korea")).isEmpty();
    assertThat(BuiltinScenarios.bytes("../scenarios/korea-2012")).isEmpty();
  }
}
