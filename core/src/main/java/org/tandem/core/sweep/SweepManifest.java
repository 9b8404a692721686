package org.tandem.core.sweep;

/**
 * What reproduces a sweep.
 *
 * @param fingerprint SHA-256 of {@link SweepSettings#describe}, as in the checkpoint's header
 */
public record SweepManifest(String scenario, String scenarioSha256, String strategy, String method, int samples,
    int points, long runs, long seed, String rng, String version, String fingerprint) {}
