/**
 * The stylesheet of every report: system fonts only (nothing is fetched), a light and a dark
 * theme chosen by the reader's `prefers-color-scheme`, and print rules (no explorer, no
 * backgrounds, figures not split across pages). Charts are SVG with a transparent background
 * whose text and axes are drawn in `currentColor`, so they follow the theme.
 */
export const REPORT_STYLES = `
:root { color-scheme: light dark; --fg: #1b1b1b; --muted: #555; --bg: #fff; --rule: #d0d0d0; --panel: #f5f5f5; --accent: #0072B2; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e8; --muted: #aaa; --bg: #161616; --rule: #444; --panel: #222; --accent: #56B4E9; }
}
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
p.lede { color: var(--muted); margin-top: 0; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .88em; }
pre { background: var(--panel); padding: .6rem .8rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { overflow-wrap: normal; white-space: nowrap; }
dl.manifest { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.manifest dt { color: var(--muted); }
dl.manifest dd { margin: 0; overflow-wrap: anywhere; }
figure.chart { margin: 1rem 0 1.5rem; }
figure.chart svg { max-width: 100%; height: auto; display: block; color: var(--fg); }
figcaption { color: var(--muted); font-size: .9rem; }
details { margin: .3rem 0; }
summary { cursor: pointer; color: var(--accent); }
ol.events { padding-left: 1.2rem; }
ol.events li { margin: .2rem 0; }
.date { font-variant-numeric: tabular-nums; white-space: nowrap; color: var(--muted); }
.note { background: var(--panel); padding: .5rem .8rem; border-left: 3px solid var(--accent); }
#explorer { border: 1px solid var(--rule); padding: 1rem; margin: 1rem 0; }
#explorer .explorer-settings { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; margin-bottom: .6rem; }
#explorer .explorer-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .6rem 1rem; padding: .4rem 0 .8rem; }
#explorer label { display: block; font-size: .85rem; }
#explorer label span.value { font-variant-numeric: tabular-nums; color: var(--accent); }
#explorer input[type=range], #explorer select, #explorer input[type=text], #explorer input[type=number] { width: 100%; }
button { font: inherit; padding: .3rem .8rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --rule: #999; --panel: #fff; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  #explorer, #explorer-open, .no-print { display: none !important; }
  figure.chart, table, pre { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  summary { color: #000; }
  a { color: #000; }
}
`;
