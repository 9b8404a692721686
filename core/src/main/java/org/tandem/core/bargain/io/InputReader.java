package org.tandem.core.bargain.io;

import org.tandem.core.bargain.Problem;

/** Reads one input format into a bargaining problem. */
@FunctionalInterface
public interface InputReader {

  /**
   * Parses {@code content}.
   *
   * @param source the name used in error locations (usually the file name)
   * @param content the whole input
   * @return the problem
   * @throws org.tandem.core.error.UserException for any defect of the input, located
   */
  Problem read(String source, String content);
}
