/**
 * Readers of bargaining problems: KTAB's CSV and XML scenario formats and the simple CSV of the
 * expected-utility replications. {@link org.tandem.core.bargain.io.InputReader} is the interface
 * a new format implements; {@link org.tandem.core.bargain.io.InputReaders} registers them and
 * detects the format of a file. Every problem in the input is a {@link
 * org.tandem.core.error.UserException} whose location names the file, the line and the column
 * (CSV columns are counted in fields, from 1).
 */
package org.tandem.core.bargain.io;
