package org.tandem.core.bargain.io;

import org.tandem.core.error.Location;

/**
 * One field of a CSV line, trimmed, with where it is.
 *
 * @param text the field's text without surrounding blanks and quotes
 * @param location file, line and field number (from 1)
 */
record CsvCell(String text, Location location) {}
