package org.tandem.core.bargain.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The input formats tandem reads bargaining problems from. */
public enum InputFormat {
  /** KTAB's CSV: a scenario line, a header, then one row per actor. */
  KTAB_CSV("ktab-csv"),
  /** KTAB's XML scenario ({@code smpSchema.xsd}). */
  KTAB_XML("ktab-xml"),
  /** The CSV of the expected-utility replications: {@code Actor,Capability,Position,Salience}. */
  BDM_CSV("bdm-csv");

  private final String id;

  InputFormat(String id) {
    this.id = id;
  }

  /** The id used on the command line. */
  public String id() {
    return id;
  }

  /** The format with that id, ignoring case. */
  public static Optional<InputFormat> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
