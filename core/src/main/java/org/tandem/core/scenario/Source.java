package org.tandem.core.scenario;

/** A publication a scenario cites; {@code url} may be empty. */
public record Source(String id, String citation, String url) {}
