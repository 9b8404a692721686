package org.tandem.report;

/** Escaping of user text for HTML and SVG, the one way any scenario string reaches a report. */
public final class Html {
  private Html() {}

  /**
   * The text with {@code & < > " '} replaced by character references, safe both as element
   * content and inside a quoted attribute. A null text is empty.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A token usable in an element id or file name: lower-case letters, digits and hyphens, from any
   * text (scenario ids are already of this form and pass through unchanged).
   */
  public static String slug(String text) {
    String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" : s;
  }
}
