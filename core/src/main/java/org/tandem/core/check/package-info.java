/**
 * Analyses of a loaded scenario: references to unknown ids, expression types, cycles among step
 * preconditions, dead steps and unreachable milestones, contradictory reciprocal groups, unused
 * actors and issues, and numbers without a source. {@link org.tandem.core.check.ScenarioChecker}
 * runs them all.
 */
package org.tandem.core.check;
