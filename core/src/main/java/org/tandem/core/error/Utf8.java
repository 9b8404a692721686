package org.tandem.core.error;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 decoding of a user's file, which tells where the first byte that is not UTF-8 is,
 * rather than replacing it with U+FFFD as Java's readers do.
 */
public final class Utf8 {
  private Utf8() {}

  /**
   * The first byte that is not UTF-8: where it is (lines end at LF, CRLF or CR; columns count
   * characters, a leading byte-order mark not among them), its offset and its value.
   */
  public record Invalid(Location location, int offset, int value) {
    /** E.g. "byte 17 of the file, 0xe9". */
    public String describe() {
      return "byte " + (offset + 1) + " of the file, 0x" + String.format(Locale.ROOT, "%02x", value);
    }
  }

  /** Thrown by {@link #decode} for bytes that are not UTF-8. */
  public static final class NotUtf8 extends Exception {
    private final Invalid invalid;

    NotUtf8(Invalid invalid) {
      super(invalid.describe(), null, false, false);
      this.invalid = invalid;
    }

    public Invalid invalid() {
      return invalid;
    }
  }

  /** The text of {@code bytes} (a leading byte-order mark kept), or {@link NotUtf8} naming {@code source}. */
  public static String decode(byte[] bytes, String source) throws NotUtf8 {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new NotUtf8(new Invalid(position(new String(bytes, 0, in.position(), StandardCharsets.UTF_8), source),
          in.position(), bytes[in.position()] & 0xff));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The location just after {@code before}: its line count and the column on its last line. */
  private static Location position(String before, String source) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < before.length(); i++) {
      char ch = before.charAt(i);
      if (ch == '\n' || ch == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (ch != '\r' && !(i == 0 && ch == '\uFEFF') && !Character.isLowSurrogate(ch)) {
        column++;
      }
    }
    return new Location(source, line, column);
  }
}
