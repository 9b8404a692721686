/**
 * User errors and where they are: a {@link org.tandem.core.error.Diagnostic} names a stable code,
 * a {@link org.tandem.core.error.Location} (file, line, column or row) and a message saying what
 * was expected and what was found. {@link org.tandem.core.error.UserException} carries them out of
 * the model; adapters map it to exit code 2 or an HTTP 4xx. Any other exception is a bug.
 */
package org.tandem.core.error;
