/**
 * Charts and self-contained HTML reports of simulation and comparison results: the roadmap as
 * swimlanes, milestone curves, fan charts, blockers, strategy comparisons, sensitivity charts, and
 * every assumption behind a run. A report is one HTML file with inline SVG and CSS that opens
 * offline. Nothing here simulates; it only draws what {@code org.tandem.core.result} holds.
 */
package org.tandem.report;
