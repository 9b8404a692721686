package org.tandem.report;

/**
 * The style sheet inlined into every report: readable on a laptop screen (one column of at most
 * about 1100 px, charts scaled to it, a wide roadmap scrolling sideways) and clean in print (each
 * section on a new page, figures kept whole, white backgrounds, no navigation).
 */
final class ReportCss {
  static final String CSS = """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
        font-size: 15px; line-height: 1.45; color: #1b1f23; background: #ffffff; }
      header, main, footer { max-width: 1120px; margin: 0 auto; padding: 0 20px; }
      header { padding-top: 24px; border-bottom: 1px solid #d0d7de; }
      h1 { font-size: 1.7em; margin: 0 0 4px; }
      h2 { font-size: 1.35em; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #0072b2; }
      h3 { font-size: 1.1em; margin: 22px 0 6px; }
      .subtitle { margin: 0 0 8px; color: #444; }
      .disclaimer { margin: 8px 0; padding: 8px 12px; border-left: 4px solid #e69f00; background: #fff8e6; }
      nav ol { display: flex; flex-wrap: wrap; gap: 4px 22px; list-style: none; padding-left: 0; margin: 10px 0 14px; }
      nav a { color: #0b5394; }
      .lede { color: #333; max-width: 80ch; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
      dl.facts dt { font-weight: 600; }
      dl.facts dd { margin: 0; white-space: pre-line; }
      table { border-collapse: collapse; margin: 10px 0 18px; font-size: 0.92em; width: 100%; }
      th, td { border: 1px solid #d0d7de; padding: 3px 7px; text-align: left; vertical-align: top; }
      thead th { background: #f0f3f6; }
      tbody tr:nth-child(even) td { background: #fafbfc; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      table.assumptions { table-layout: fixed; }
      table.assumptions col.path { width: 30%; }
      table.assumptions col.value { width: 9%; }
      table.assumptions col.source { width: 25%; }
      table.assumptions col.note { width: 36%; }
      table.assumptions td { overflow-wrap: anywhere; }
      table.rules code { white-space: pre-wrap; overflow-wrap: anywhere; }
      .condition code { overflow-wrap: anywhere; }
      code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.92em; }
      code.hash { word-break: break-all; }
      .url { color: #555; word-break: break-all; }
      figure.chart { margin: 12px 0 20px; }
      figure.chart svg { display: block; width: 100%; max-width: 900px; height: auto; }
      p.note { padding: 6px 10px; border-left: 4px solid #d0d7de; background: #f6f8fa; max-width: 80ch; }
      figcaption { font-size: 0.88em; color: #555; margin-top: 2px; }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 8px 14px; }
      .grid figure.chart { margin: 4px 0; }
      .roadmap-wrap { overflow-x: auto; border: 1px solid #d0d7de; margin: 10px 0 20px; }
      .roadmap-wrap svg { display: block; max-width: 100%; height: auto; }
      footer { margin-top: 40px; padding: 14px 20px 30px; border-top: 1px solid #d0d7de; color: #555; font-size: 0.9em; }
      @media print {
        @page { margin: 14mm; }
        body { font-size: 10.5pt; background: #ffffff; }
        header, main, footer { max-width: none; padding: 0; }
        nav { display: none; }
        .disclaimer { background: #ffffff; }
        section { break-before: page; }
        h2, h3 { break-after: avoid; }
        figure.chart, .roadmap-wrap, tr { break-inside: avoid; }
        .roadmap-wrap { overflow: visible; border: none; }
        .roadmap-wrap svg { width: 100%; height: auto; min-width: 0 !important; }
        thead th, tbody tr:nth-child(even) td { background: #ffffff; }
        .grid { grid-template-columns: repeat(3, 1fr); }
        table { font-size: 8.5pt; }
        table.assumptions { font-size: 7.5pt; }
        th, td { padding: 1px 4px; }
      }
      """;

  private ReportCss() {}
}
