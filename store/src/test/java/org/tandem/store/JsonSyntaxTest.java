package org.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.UserException;

class JsonSyntaxTest {
  private static UserException errorOf(String json) {
    JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
        () -> new ObjectMapper().readTree(json));
    return JsonSyntax.error("bad-thing", "f.json", "not valid JSON", e);
  }

  @Test
  void anUnclosedArrayIsOneLineAtTheEndWithWhereItStartedAndNoParserInternals() {
    assertThat(errorOf("{\"a\": [1, 2").getMessage()).isEqualTo("f.json:1:12: error: not valid JSON:"
        + " Unexpected end-of-input: expected close marker for Array (start marker at line 1, column 7)"
        + " [bad-thing]");
  }

  @Test
  void aBadTokenIsAtItsLineAndColumn() {
    assertThat(errorOf("{\n  \"a\": tru\n}").getMessage())
        .startsWith("f.json:2:").contains("not valid JSON: Unrecognized token 'tru'")
        .doesNotContain("Source").doesNotContain("\n");
  }
}
