package org.kamsim.report.html;

/**
 * The report page's style sheet, embedded in {@code report.html} so that the page needs no other file:
 * system fonts only, a single readable column, cards for the headline figures, tables with right-aligned
 * tabular figures, and a print layout that keeps charts and cards whole. Below 640 pixels (a phone) the
 * narrow drawing of each chart replaces the wide one, the contents wrap, definition lists stack, and wide
 * tables scroll inside their frame: the page itself never scrolls sideways.
 */
final class ReportStyle {
  private ReportStyle() {}

  static final String CSS = """
      :root {
        --text: #1f2933; --muted: #52606d; --faint: #9aa5b1; --line: #e4e7eb; --panel: #ffffff;
        --bg: #f5f7fa; --accent: #0b63b5; --bad: #b42318; --good: #067647; --warn: #b54708;
      }
      * { box-sizing: border-box; }
      html { -webkit-text-size-adjust: 100%; }
      body {
        margin: 0; background: var(--bg); color: var(--text);
        font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial,
          sans-serif;
      }
      main { max-width: 1160px; margin: 0 auto; padding: 36px 28px 72px; }
      header h1 { font-size: 30px; line-height: 1.2; margin: 0 0 8px; letter-spacing: -0.01em;
        overflow-wrap: anywhere; }
      header .meta { color: var(--muted); margin: 0; }
      nav.toc { margin: 18px 0 0; font-size: 14px; display: flex; flex-wrap: wrap; gap: 6px 16px; }
      nav.toc a { color: var(--accent); text-decoration: none; white-space: nowrap; }
      nav.toc a:hover { text-decoration: underline; }
      h2 { font-size: 23px; line-height: 1.25; margin: 52px 0 10px; padding-top: 18px;
        border-top: 1px solid var(--line); }
      h3 { font-size: 18px; margin: 30px 0 8px; }
      p { margin: 0 0 12px; max-width: 78ch; }
      .lead { font-size: 17px; }
      .callout { background: #fff4f2; border-left: 4px solid var(--bad); padding: 12px 16px; border-radius: 6px;
        max-width: 86ch; }
      .callout.good { background: #effaf3; border-left-color: var(--good); }
      .callout.plain { background: #eef4fb; border-left-color: var(--accent); }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(310px, 100%), 1fr)); gap: 16px;
        margin: 22px 0 8px; }
      .card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px;
        padding: 16px 18px 18px; border-top: 4px solid var(--accent); }
      .card.risk { border-top-color: var(--warn); }
      .card.bad { border-top-color: var(--bad); }
      .card.good { border-top-color: var(--good); }
      .card h3 { margin: 0; font-size: 13px; text-transform: uppercase; letter-spacing: 0.05em;
        color: var(--muted); font-weight: 600; }
      .card .big { display: block; font-size: 32px; line-height: 1.15; font-weight: 700; margin: 6px 0 2px;
        font-variant-numeric: tabular-nums; }
      .card .sub { display: block; color: var(--muted); font-size: 14px; margin-bottom: 8px;
        font-variant-numeric: tabular-nums; }
      .card p { margin: 0; font-size: 15px; }
      ul.story { padding-left: 20px; margin: 18px 0 0; max-width: 82ch; }
      ul.story li { margin: 0 0 8px; }
      figure { margin: 22px 0 30px; background: var(--panel); border: 1px solid var(--line);
        border-radius: 10px; padding: 14px 14px 12px; }
      figure svg { display: block; width: 100%; height: auto; }
      .chart-narrow { display: none; }
      figcaption { padding: 10px 6px 0; font-size: 15px; max-width: 86ch; }
      figcaption .files { display: block; margin-top: 6px; color: var(--muted); font-size: 13px; }
      figcaption .files a { color: var(--muted); }
      .table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 10px; margin: 10px 0 8px;
        /* A shadow at an edge with more columns beyond it (none once scrolled to that edge), so that a
           table wider than a phone shows that it scrolls. */
        background:
          linear-gradient(to right, var(--panel) 30%, rgba(255, 255, 255, 0)) left center / 40px 100% no-repeat local,
          linear-gradient(to left, var(--panel) 30%, rgba(255, 255, 255, 0)) right center / 40px 100% no-repeat local,
          radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.2), rgba(0, 0, 0, 0)) left center / 14px 100%
            no-repeat scroll,
          radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.2), rgba(0, 0, 0, 0)) right center / 14px 100%
            no-repeat scroll,
          var(--panel); }
      table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
      th, td { padding: 6px 9px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
      th { font-weight: 600; background: #eef1f5; color: var(--text); }
      th[title] { cursor: help; text-decoration: underline dotted var(--faint); }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      td.num { white-space: nowrap; }
      td.flag, th.flag { text-align: center; }
      table.settings td:first-child { white-space: nowrap; width: 1%; }
      .kv { display: inline-block; margin: 0 18px 2px 0; }
      .kv code { color: var(--muted); }
      tbody tr:nth-child(even) { background: #fafbfc; }
      tbody tr:hover { background: #f0f5fb; }
      tfoot td { font-weight: 600; border-top: 2px solid #cbd2d9; border-bottom: none; }
      td.none { color: var(--faint); }
      .note { color: var(--muted); font-size: 14px; }
      pre { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px;
        overflow: auto; max-height: 520px; font: 13px/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas,
        "DejaVu Sans Mono", monospace; }
      code { font: 13px ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 20px; margin: 10px 0;
        background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; }
      dl.facts dt { color: var(--muted); }
      dl.facts dd { margin: 0; overflow-wrap: anywhere; }
      .account { white-space: nowrap; }
      dl.glossary dt { font-weight: 600; margin-top: 10px; }
      dl.glossary dd { margin: 2px 0 0; max-width: 82ch; }
      .good-text { color: var(--good); }
      .bad-text { color: var(--bad); }
      footer { margin-top: 56px; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
      @media (max-width: 820px) {
        /* Below about 820 pixels the wide drawing's text would shrink under 10 pixels: the narrow one,
           drawn for a phone, reads well up to about 1.4 times its size. */
        .chart-wide { display: none; } .chart-narrow { display: block; max-width: 560px; margin: 0 auto; }
      }
      @media (max-width: 640px) {
        main { padding: 20px 12px 48px; } header h1 { font-size: 24px; }
        figure { padding: 8px 4px 10px; margin: 18px 0 24px; }
        figcaption { padding: 8px 6px 0; }
        dl.facts { grid-template-columns: 1fr; gap: 2px; } dl.facts dd { margin-bottom: 8px; }
        .account { white-space: normal; }
        .card .big { font-size: 28px; }
      }
      @media print {
        body { background: #fff; } main { max-width: none; padding: 0; }
        figure, .card, .table-wrap { break-inside: avoid; } nav.toc { display: none; }
        pre { max-height: none; }
      }
      """;
}
