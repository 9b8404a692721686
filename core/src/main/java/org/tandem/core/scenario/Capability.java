package org.tandem.core.scenario;

import org.tandem.core.error.Location;

/**
 * The arsenal model of one actor: a stock of material assembled into warheads. Every quantity is
 * drawn once per run.
 *
 * @param production material produced per month
 * @param perWarhead material in one warhead
 * @param assembly at most this many warheads assembled per month
 */
public record Capability(
    String holder, String materialUnit, Distribution material, Distribution production,
    Distribution perWarhead, Distribution warheads, Distribution assembly, Location location) {}
