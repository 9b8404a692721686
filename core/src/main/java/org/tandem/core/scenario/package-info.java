/**
 * Scenario records and their loading. A {@link org.tandem.core.scenario.Scenario} is the immutable,
 * parsed form of a scenario file; {@link org.tandem.core.scenario.ScenarioLoader} reads YAML into
 * it and reports every structural error with its file, line and column. Cross-references and
 * analyses (unknown ids, cycles, dead steps) are the job of {@code org.tandem.core.check}; the
 * file format is documented in {@code docs/scenario-format.md}.
 */
package org.tandem.core.scenario;
