import type { AnyScenario, EnsembleResult, ParameterValue } from '@crisis-sim/engine';
import type { TopLevelSpec } from 'vega-lite';
import { eventLabel } from './event-label.js';
import { formatPercent } from './format-percent.js';
import { manifestSection } from './manifest-section.js';
import { outcomeHeatSpec } from './outcome-heat-spec.js';
import { outcomeLineSpec } from './outcome-line-spec.js';
import { PALETTE } from './palette.js';
import { probabilityScale } from './probability-scale.js';
import { renderChart } from './render-chart.js';
import { reportPage } from './report-page.js';

/** An ensemble as `crisis-sim ensemble --format json` saves it: the result, the design's kind and the replay command. */
export interface SavedEnsemble extends EnsembleResult {
  readonly design: string;
  readonly replay?: string;
}

/** What {@link renderEnsembleReport} needs: a saved ensemble and the scenario it ran. */
export interface EnsembleReportInput {
  readonly scenario: AnyScenario;
  readonly ensemble: SavedEnsemble;
  /** The command that reproduces the ensemble, when known. */
  readonly replay?: string;
  /** The footer line: what made the report. */
  readonly generator: string;
}

/** Above this many points the per-point chart would be a wall of bars: the table still lists every point. */
export const ENSEMBLE_POINT_CHART_LIMIT = 60;

/**
 * The HTML report of an ensemble (`crisis-sim ensemble`). One parameter: each outcome's
 * probability across its values (lines with interval bands, or a heat map for a switch or a
 * choice). Two: one heat map per outcome over the two parameters (a grid), or a scatter of
 * the design points coloured by probability (Latin hypercube, Sobol). More: small multiples,
 * each outcome's probability against each parameter, and the outcome shares point by point.
 */
export async function renderEnsembleReport(input: EnsembleReportInput): Promise<string> {
  const { scenario, ensemble } = input;
  const definitions = scenario.parameters as Record<string, { kind: string; unit?: string; description?: string } | undefined>;
  const numeric = (key: string) => definitions[key]?.kind === 'number';
  const axisTitle = (key: string) => {
    const unit = definitions[key]?.unit ?? '';
    return `${key}${unit === '' ? '' : ` (${unit})`}`;
  };
  const outcomes = scenario.outcomes as readonly { id: string; label: string }[];
  const order = outcomes.map((outcome) => outcome.label);
  const keys = ensemble.keys;
  const pointText = (values: Readonly<Record<string, ParameterValue>>) => keys.map((key) => `${key}=${format(values[key])}`).join(', ');
  const rows = ensemble.points.flatMap((point, i) =>
    point.report.outcomes.map((estimate) => ({
      point: i + 1,
      values: pointText(point.values),
      ...Object.fromEntries(keys.map((key, k) => [`k${k}`, numeric(key) ? point.values[key] : String(point.values[key])])),
      outcome: eventLabel(scenario, 'outcome', estimate.id),
      probability: estimate.probability,
      low: estimate.interval.low,
      high: estimate.interval.high,
      count: estimate.count,
    })),
  );
  const runs = ensemble.runs.toLocaleString('en-US');
  const table = {
    columns: ['Point', ...keys, 'Outcome', 'Runs', 'Probability', '95% interval'],
    rows: rows.map((row) => [
      String(row.point),
      ...keys.map((_, k) => format((row as Record<string, unknown>)[`k${k}`] as ParameterValue)),
      row.outcome,
      String(row.count),
      formatPercent(row.probability),
      `${formatPercent(row.low)} to ${formatPercent(row.high)}`,
    ]),
    numeric: [0, keys.length + 2, keys.length + 3, keys.length + 4],
  };
  const charts: string[] = [];
  const [first, second] = keys;
  if (keys.length === 1 && first !== undefined) {
    const lineRows = rows.map((row) => ({ ...row, value: (row as Record<string, unknown>).k0 }));
    charts.push(
      await renderChart({
        id: 'ensemble',
        title: `Outcome probabilities across ${first}`,
        description: numeric(first)
          ? `Share of the ${runs} runs at each design point ending in each outcome, by the value of ${first}, with 95% Wilson interval bands.`
          : `Share of the ${runs} runs at each design point ending in each outcome (rows) at each value of ${first} (columns); darker is more likely.`,
        spec: numeric(first)
          ? outcomeLineSpec(lineRows, order, axisTitle(first))
          : outcomeHeatSpec(
              lineRows,
              order,
              ensemble.points.map((point) => String(point.values[first])),
              axisTitle(first),
            ),
        table,
      }),
    );
  } else if (keys.length === 2 && first !== undefined && second !== undefined) {
    const grid = ensemble.design === 'grid';
    charts.push(
      await renderChart({
        id: 'ensemble',
        title: `Outcome probabilities over ${first} and ${second}`,
        description: grid
          ? `One heat map per outcome: the share of the ${runs} runs at each grid point (${first} across, ${second} up) ending in that outcome; darker is more likely.`
          : `One panel per outcome: each of the ${ensemble.points.length} design points placed by its ${first} (across) and ${second} (up), coloured by the share of its ${runs} runs ending in that outcome; darker is more likely.`,
        spec: pairSpec(rows, order, grid, {
          x: { key: first, numeric: numeric(first), title: axisTitle(first), values: distinct(ensemble.points, first) },
          y: { key: second, numeric: numeric(second), title: axisTitle(second), values: distinct(ensemble.points, second) },
        }),
        table,
      }),
    );
  } else {
    const keyRows = keys.flatMap((key, k) =>
      rows.map((row) => ({
        key,
        x: numeric(key) ? (row as Record<string, unknown>)[`k${k}`] : undefined,
        xText: numeric(key) ? undefined : String((row as Record<string, unknown>)[`k${k}`]),
        outcome: row.outcome,
        probability: row.probability,
      })),
    );
    charts.push(
      await renderChart({
        id: 'ensemble',
        title: 'Outcome probabilities against each parameter',
        description: `One panel per varied parameter: every design point's share of its ${runs} runs ending in each outcome (colour and shape), against that parameter's value. A trend across a panel is that parameter's effect averaged over the others.`,
        spec: smallMultiplesSpec(
          keyRows,
          order,
          keys.map((key) => ({ key, numeric: numeric(key), title: axisTitle(key) })),
        ),
        table,
      }),
    );
  }
  if (keys.length > 2 || ensemble.design !== 'grid') {
    const shown = ensemble.points.slice(0, ENSEMBLE_POINT_CHART_LIMIT);
    const pointRows = rows.filter((row) => row.point <= shown.length);
    charts.push(
      await renderChart({
        id: 'points',
        title: 'Outcome shares at each design point',
        description: `Each design point's ${runs} runs split by the outcome they ended in${
          shown.length < ensemble.points.length
            ? ` (the first ${shown.length} of ${ensemble.points.length} points; the table above has them all)`
            : ''
        }.`,
        spec: pointsSpec(pointRows, order),
        table: {
          columns: ['Point', 'Values', ...order],
          rows: shown.map((point, i) => [
            String(i + 1),
            pointText(point.values),
            ...outcomes.map((outcome) => {
              const estimate = point.report.outcomes.find((entry) => entry.id === outcome.id);
              return estimate === undefined ? '' : formatPercent(estimate.probability);
            }),
          ]),
          numeric: [0, ...order.map((_, i) => i + 2)],
        },
      }),
    );
  }
  const manifest = manifestSection(
    'Ensemble',
    [
      ['Scenario', `${scenario.title} (${scenario.id} ${scenario.version})`],
      ['Design', `${ensemble.design}, ${ensemble.points.length.toLocaleString('en-US')} points`],
      ...keys.map((key) => [`Varied: ${key}`, definitions[key]?.description ?? ''] as const),
      ['Runs per point', runs],
      ['Seed', ensemble.seed],
      ['Uncertainty', ensemble.points[0]?.summary.manifest.uncertainty ?? 'none'],
    ],
    input.replay,
    "Each point's random streams come from the seed and a hash of its parameter values, never its position: its seed in the table of the JSON reproduces it with crisis-sim run.",
  );
  return reportPage({
    title: scenario.title,
    lede: `Ensemble report: ${ensemble.design} design over ${keys.join(', ')}, ${ensemble.points.length.toLocaleString('en-US')} points of ${runs} runs, seed ${ensemble.seed}`,
    kind: 'ensemble',
    sections: [manifest, `<section id="ensemble"><h2>Outcomes over the design</h2>${charts.join('\n')}</section>`],
    generator: input.generator,
  });
}

function format(value: ParameterValue | undefined): string {
  if (typeof value === 'number' && !Number.isInteger(value)) return String(Number(value.toPrecision(4)));
  return String(value);
}

function distinct(points: EnsembleResult['points'], key: string): string[] {
  const values = [...new Set(points.map((point) => point.values[key]))];
  if (values.every((value) => typeof value === 'number')) (values as number[]).sort((a, b) => a - b);
  return values.map(String);
}

interface PairAxis {
  readonly key: string;
  readonly numeric: boolean;
  readonly title: string;
  readonly values: readonly string[];
}

const VIRIDIS = {
  field: 'probability',
  type: 'quantitative',
  title: 'Probability',
  // Viridis: ordered in lightness, readable under colour blindness and in grey print.
  scale: { scheme: 'viridis', domain: [0, 1], reverse: true },
  legend: { format: '.0%' },
} as const;

/** Two parameters: a heat map per outcome (grid), or the points placed by their values and coloured by probability. */
function pairSpec(
  rows: readonly Record<string, unknown>[],
  order: readonly string[],
  grid: boolean,
  axes: { readonly x: PairAxis; readonly y: PairAxis },
): TopLevelSpec {
  const axis = (field: string, a: PairAxis, ordinal: boolean) =>
    ordinal
      ? { field: a.numeric ? `${field}Text` : field, type: 'ordinal', title: a.title, sort: [...a.values], axis: { labelAngle: 0 } }
      : { field, type: 'quantitative', title: a.title };
  const data = rows.map((row) => ({ ...row, k0Text: String(row.k0), k1Text: String(row.k1) }));
  const x = axis('k0', axes.x, grid || !axes.x.numeric);
  const y = axis('k1', axes.y, grid || !axes.y.numeric);
  const y2 = { ...y, sort: 'sort' in y ? [...axes.y.values].reverse() : undefined };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: data as never },
    facet: { field: 'outcome', type: 'nominal', title: 'Outcome', sort: [...order], header: { labelLimit: 220 } },
    columns: 3,
    // Wide enough cells that each cell's axis titles do not run into the next cell's.
    spacing: { column: 40, row: 30 },
    spec: grid
      ? {
          width: 220,
          height: Math.max(90, 30 * axes.y.values.length),
          encoding: { x, y: y2 },
          layer: [
            { name: 'cells', mark: { type: 'rect' }, encoding: { color: VIRIDIS } },
            {
              name: 'labels',
              mark: { type: 'text', fontSize: 10 },
              encoding: {
                text: { field: 'probability', type: 'quantitative', format: '.0%' },
                color: { condition: { test: 'datum.probability > 0.5', value: '#fff' }, value: '#000' },
              },
            },
          ],
        }
      : {
          width: 220,
          height: 180,
          name: 'points',
          mark: { type: 'point', filled: true, size: 60, opacity: 0.9 },
          encoding: { x, y, color: VIRIDIS },
        },
    resolve: { scale: { x: 'shared', y: 'shared' } },
  } as unknown as TopLevelSpec;
}

/** Three or more parameters: one panel per parameter, each outcome's probability at every point against its value. */
function smallMultiplesSpec(
  rows: readonly Record<string, unknown>[],
  order: readonly string[],
  keys: readonly { readonly key: string; readonly numeric: boolean; readonly title: string }[],
): TopLevelSpec {
  const outcome = { field: 'outcome', type: 'nominal', title: 'Outcome', sort: [...order] } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: rows as never },
    columns: 3,
    concat: keys.map((key) => ({
      width: 200,
      height: 150,
      transform: [{ filter: { field: 'key', equal: key.key } }],
      mark: { type: 'point', filled: true, size: 36, opacity: 0.85 },
      encoding: {
        x: key.numeric
          ? { field: 'x', type: 'quantitative', title: key.title }
          : { field: 'xText', type: 'nominal', title: key.title, axis: { labelAngle: 0 } },
        y: probabilityScale('probability', 'Probability (%)'),
        color: { ...outcome, scale: { range: [...PALETTE] }, legend: { orient: 'bottom', columns: 2 } },
        shape: outcome,
      },
    })),
  } as unknown as TopLevelSpec;
}

/** The outcome shares of each design point as a stacked bar. */
function pointsSpec(rows: readonly Record<string, unknown>[], order: readonly string[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 480,
    height: { step: 16 },
    data: { values: rows.map((row) => ({ ...row, outcomeIndex: order.indexOf(row.outcome as string) })) as never },
    name: 'shares',
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'point', type: 'ordinal', title: 'Design point (number)' },
      x: { ...probabilityScale('probability', 'Share of runs (%)'), stack: 'zero' },
      color: {
        field: 'outcome',
        type: 'nominal',
        title: 'Outcome',
        sort: [...order],
        scale: { range: [...PALETTE] },
        legend: { orient: 'bottom', columns: 2 },
      },
      order: { field: 'outcomeIndex', type: 'quantitative' },
    },
  } as unknown as TopLevelSpec;
}
