package org.tandem.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * A JSON file that does not parse, as a user error: at the parser's line and column, with the
 * parser's message stripped of its internal location text. Every command that parses a user's
 * JSON file reports its syntax errors through here, so they all read {@code FILE:LINE:COLUMN:
 * error: MESSAGE [code]}.
 */
public final class JsonSyntax {
  /**
   * Jackson writes locations inside some messages (e.g. where an unclosed array started) as {@code
   * [Source: REDACTED (...); line: 1, column: 13]}; only the line and column mean anything to a
   * user.
   */
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?; line: (-?\\d+), column: (-?\\d+)\\]");

  private JsonSyntax() {}

  /**
   * The user error for {@code e}, raised while parsing {@code source}.
   *
   * @param code the error code of the input's kind (e.g. {@code bad-result})
   * @param what the start of the message, saying what the file should have been (e.g. {@code not
   *     valid JSON})
   */
  public static UserException error(String code, String source, String what, JsonProcessingException e) {
    return UserException.of(code, location(source, e), what + ": " + message(e));
  }

  /** Where in {@code source} the parser met {@code e}: its line and column, or the file alone. */
  public static Location location(String source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null ? Location.of(source)
        : new Location(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
  }

  /** The parser's message on one line, without its internal location text. */
  static String message(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (original == null || original.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String plain = SOURCE.matcher(original).replaceAll("line $1, column $2");
    return plain.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
