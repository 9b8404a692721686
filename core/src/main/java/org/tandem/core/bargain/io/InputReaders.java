package org.tandem.core.bargain.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.error.Utf8;

/**
 * The registry of input readers by format, and format detection. Readers are listed here
 * explicitly; a new format (e.g. scenario YAML) adds an {@link InputFormat} constant, a reader
 * and a line below.
 */
public final class InputReaders {
  private static final Map<InputFormat, InputReader> READERS = registry();

  private InputReaders() {}

  private static Map<InputFormat, InputReader> registry() {
    Map<InputFormat, InputReader> readers = new EnumMap<>(InputFormat.class);
    readers.put(InputFormat.KTAB_CSV, new KtabCsvReader());
    readers.put(InputFormat.KTAB_XML, new KtabXmlReader());
    readers.put(InputFormat.BDM_CSV, new BdmCsvReader());
    return readers;
  }

  /** The reader of {@code format}. */
  public static InputReader reader(InputFormat format) {
    return READERS.get(format);
  }

  /**
   * Guesses the format from the content: XML if it starts with {@code <}; the replication CSV if
   * its first line names the columns Actor and Capability; KTAB's CSV otherwise.
   */
  public static InputFormat detect(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("<")) {
      return InputFormat.KTAB_XML;
    }
    int end = trimmed.indexOf('\n');
    String first = (end < 0 ? trimmed : trimmed.substring(0, end)).toLowerCase(Locale.ROOT);
    String[] cells = first.split(",");
    boolean actor = false;
    boolean capability = false;
    for (String cell : cells) {
      String c = cell.strip().replace("\"", "");
      actor |= c.equals("actor");
      capability |= c.equals("capability");
    }
    return actor && capability ? InputFormat.BDM_CSV : InputFormat.KTAB_CSV;
  }

  /** Reads {@code content} in the given format, or the detected one if {@code format} is null. */
  public static Problem read(String source, String content, InputFormat format) {
    InputFormat chosen = format == null ? detect(content) : format;
    return reader(chosen).read(source, content);
  }

  /**
   * Reads a file as UTF-8.
   *
   * @param format the format, or null to detect it
   * @throws UserException if the file cannot be read or is not valid UTF-8
   */
  public static Problem read(Path file, InputFormat format) {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw UserException.of("unreadable-file", Location.of(source),
          "cannot read the file: " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
    String content;
    try {
      content = Utf8.decode(bytes, source);
    } catch (Utf8.NotUtf8 e) {
      throw UserException.of("not-utf8", e.invalid().location(),
          "expected a UTF-8 text file, found bytes that are not UTF-8 (" + e.invalid().describe() + ")");
    }
    return read(source, content, format);
  }
}
