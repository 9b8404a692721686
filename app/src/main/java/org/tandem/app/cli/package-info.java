/**
 * The picocli command line: one class per command, each a thin adapter that parses options, calls
 * the model, and writes to the injected writers. {@link org.tandem.app.cli.Cli} maps user errors to
 * exit code 2 and bugs to exit code 1.
 */
package org.tandem.app.cli;
