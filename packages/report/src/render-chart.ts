import { logger, None, parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_THEME } from './chart-theme.js';
import { escapeHtml } from './escape-html.js';
import { htmlTable, type TableData } from './html-table.js';

/** One chart of a report: a Vega-Lite spec with its data inline, and the same numbers as a table. */
export interface ChartDefinition {
  /** Stable name, unique in the page: the figure's `data-chart` attribute. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences saying what the chart shows: the figure's caption and the SVG's description. */
  readonly description: string;
  /** The chart; its `title` and `description` are set from the fields above. */
  readonly spec: TopLevelSpec;
  /** The numbers drawn, for readers who cannot see the chart, and for copying. */
  readonly table: TableData;
}

/**
 * Compiles a Vega-Lite spec with the report theme to a Vega spec (used by the page to render
 * static charts here, and by the explorer to redraw charts in the browser).
 */
export function compileChart(spec: TopLevelSpec): Record<string, unknown> {
  // Vega-Lite's notes on merged legends and the like go to the console; a CLI must not print them.
  return compile({ ...spec, config: { ...CHART_THEME, ...(spec.config ?? {}) } } as TopLevelSpec, { logger: logger(None) })
    .spec as unknown as Record<string, unknown>;
}

/**
 * Renders a chart to a `<figure>`: the SVG drawn by Vega's headless view, a caption, and
 * the numbers in a table under a `<details>` element. Vega escapes the text it writes into
 * the SVG; the caption and table are escaped here.
 */
export async function renderChart(chart: ChartDefinition): Promise<string> {
  const view = new View(parse(compileChart({ ...chart.spec, title: chart.title, description: chart.description } as TopLevelSpec)), {
    renderer: 'none',
    logLevel: None,
  });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  return [
    `<figure class="chart" data-chart="${escapeHtml(chart.id)}">`,
    stableIds(svg, chart.id),
    `<figcaption>${escapeHtml(chart.description)}</figcaption>`,
    `<details><summary>The numbers: ${escapeHtml(chart.title)}</summary>${htmlTable(chart.table)}</details>`,
    '</figure>',
  ].join('\n');
}

/**
 * Vega numbers the ids of gradients and clip paths from a counter that lives as long as the
 * process, so the same chart would get other ids on a second call. Renaming them after the
 * chart (whose id is unique in the page) makes a report a function of its input alone.
 */
function stableIds(svg: string, chartId: string): string {
  const ids = [...new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string))];
  let out = svg;
  ids.forEach((id, i) => {
    const name = `${chartId.replace(/[^\w-]/g, '_')}-${i}`;
    out = out.replaceAll(`id="${id}"`, `id="${name}"`).replaceAll(`url(#${id})`, `url(#${name})`);
  });
  return out;
}
