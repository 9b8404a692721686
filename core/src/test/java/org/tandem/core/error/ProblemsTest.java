package org.tandem.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void sortsDiagnosticsByLocationWhateverOrderTheyCameIn() {
    Problems problems = new Problems();
    problems.error("b", new Location("f", 9, 1), "later");
    problems.warning("a", new Location("f", 2, 5), "earlier");
    problems.error("c", new Location("f", 2, 1), "first");
    assertThat(problems.all()).extracting(Diagnostic::toString).containsExactly(
        "f:2:1: error: first [c]", "f:2:5: warning: earlier [a]", "f:9:1: error: later [b]");
  }

  @Test
  void keepsAHundredErrorsAndNotesTheRestAtTheFirstDropped() {
    Problems problems = new Problems();
    for (int line = 1; line <= 103; line++) {
      problems.error("x", new Location("f", line, 1), "e" + line);
    }
    problems.error("x", new Location("f", 50, 2), "late but early");
    List<Diagnostic> all = problems.all();
    assertThat(all).hasSize(Problems.CAP + 1);
    assertThat(all.get(Problems.CAP).toString())
        .isEqualTo("f:50:2: error: 4 more errors not shown (at most 100 are listed) [too-many-errors]");
    assertThat(problems.errorCount()).isEqualTo(104);
  }

  @Test
  void saysOneMoreErrorInTheSingular() {
    Problems problems = new Problems();
    for (int line = 1; line <= 101; line++) {
      problems.error("x", new Location("f", line, 1), "e");
    }
    assertThat(problems.all().get(Problems.CAP).message()).startsWith("1 more error not shown");
  }

  @Test
  void neverDropsWarnings() {
    Problems problems = new Problems();
    for (int line = 1; line <= 150; line++) {
      problems.warning("w", new Location("f", line, 1), "w");
    }
    assertThat(problems.all()).hasSize(150);
    assertThat(problems.hasErrors()).isFalse();
  }

  @Test
  void throwsEveryDiagnosticWhenThereIsAnError() {
    Problems problems = new Problems();
    problems.throwIfErrors();
    problems.warning("w", new Location("f", 1, 1), "careful");
    problems.throwIfErrors();
    problems.error("e", new Location("f", 2, 1), "wrong");
    assertThatThrownBy(problems::throwIfErrors).isInstanceOfSatisfying(UserException.class, e -> {
      assertThat(e.diagnostics()).hasSize(2);
      assertThat(e.getMessage()).isEqualTo("f:2:1: error: wrong [e] (and 1 more)");
    });
  }
}
