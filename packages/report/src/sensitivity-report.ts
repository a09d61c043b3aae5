import type { AnyScenario, GlobalSensitivityResult, SensitivityRow, SensitivityTarget } from '@crisis-sim/engine';
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from './escape-html.js';
import { formatPercent } from './format-percent.js';
import { manifestSection } from './manifest-section.js';
import { PALETTE } from './palette.js';
import { renderChart } from './render-chart.js';
import { reportPage } from './report-page.js';
import type { SavedProvenance } from './saved-provenance.js';
import { targetLabel } from './target-label.js';

/** One-at-a-time sensitivity as `crisis-sim sensitivity --method oat --format json` saves it. */
export interface SavedOneAtATime extends SavedProvenance {
  readonly method: 'oat';
  readonly target: SensitivityTarget;
  readonly seed: string;
  /** Runs at each end of each parameter's range. */
  readonly runs: number;
  readonly rows: readonly SensitivityRow[];
}

/** A sensitivity analysis as `crisis-sim sensitivity --format json` saves it: Morris, Sobol or one at a time. */
export type SavedSensitivity = (GlobalSensitivityResult & SavedProvenance) | SavedOneAtATime;

/** What {@link renderSensitivityReport} needs: a saved sensitivity analysis and the scenario it ran. */
export interface SensitivityReportInput {
  readonly scenario: AnyScenario;
  readonly sensitivity: SavedSensitivity;
  /** The footer line: what made the report. */
  readonly generator: string;
}

/** Parameters drawn in a tornado; the table under it lists every one (Morris over a whole scenario screens a hundred). */
export const TORNADO_LIMIT = 30;

/** Parameters named on the Morris scatter, the most important first: more labels would cover each other. */
export const MORRIS_LABEL_LIMIT = 12;

const METHOD_NAMES = {
  oat: 'one at a time',
  morris: 'Morris elementary effects',
  sobol: 'Sobol indices (Saltelli sampling, Jansen estimators)',
} as const;

/**
 * The HTML report of a sensitivity analysis (`crisis-sim sensitivity`): a tornado of the
 * parameters, most important first (one at a time: the effect of moving each across its range,
 * with its paired 95% interval; Sobol: first- and total-order indices with bootstrap 95%
 * intervals; Morris: mu* with its standard error), and for Morris the scatter of mu* against sigma, each
 * point labelled with its parameter.
 */
export async function renderSensitivityReport(input: SensitivityReportInput): Promise<string> {
  const { scenario, sensitivity: s } = input;
  const subject = targetLabel(scenario, s.target);
  const definitions = scenario.parameters as Record<string, { unit?: string; description?: string } | undefined>;
  const range = (key: string, low: unknown, high: unknown) => {
    const unit = definitions[key]?.unit ?? '';
    return `${short(low)} to ${short(high)}${unit === '' ? '' : ` ${unit}`}`;
  };
  const charts: string[] = [];
  if (s.method === 'oat') {
    const rows = s.rows.slice(0, TORNADO_LIMIT).map((row) => ({
      key: row.key,
      effect: row.effect.estimate,
      low: row.effect.low,
      high: row.effect.high,
      direction: row.effect.estimate >= 0 ? 'Raises it' : 'Lowers it',
    }));
    charts.push(
      await renderChart({
        id: 'tornado',
        title: `One at a time: what moves ${subject}`,
        description: `For each parameter, the change in ${subject} when it moves from the low to the high end of its range with every other parameter held, on the same ${s.runs.toLocaleString('en-US')} runs at both ends, with its paired 95% interval. Largest effect first${capped(s.rows.length)}.`,
        spec: tornadoSpec(
          rows,
          `Effect on ${subject}: high end minus low end (percentage points)`,
          'effect',
          ['Raises it', 'Lowers it'],
          '+.0%',
        ),
        table: {
          columns: ['Parameter', 'Range', 'P at low end', 'P at high end', 'Effect', '95% interval'],
          rows: s.rows.map((row) => [
            row.key,
            range(row.key, row.low, row.high),
            formatPercent(row.lowProbability),
            formatPercent(row.highProbability),
            points(row.effect.estimate),
            `${points(row.effect.low)} to ${points(row.effect.high)}`,
          ]),
          numeric: [2, 3, 4, 5],
        },
      }),
    );
  } else if (s.method === 'sobol') {
    const rows = s.rows.slice(0, TORNADO_LIMIT).flatMap((row) =>
      row.sobol === undefined
        ? []
        : [
            {
              key: row.key,
              index: 'First order (S1)',
              effect: row.sobol.first.estimate,
              low: row.sobol.first.low,
              high: row.sobol.first.high,
            },
            {
              key: row.key,
              index: 'Total order (ST)',
              effect: row.sobol.total.estimate,
              low: row.sobol.total.low,
              high: row.sobol.total.high,
            },
          ],
    );
    charts.push(
      await renderChart({
        id: 'tornado',
        title: `Sobol indices of ${subject}`,
        description: `For each parameter, the share of the variance of ${subject} over the design that it explains alone (first order) and with all its interactions (total order), with bootstrap 95% intervals. Largest total order first${capped(s.rows.length)}.`,
        spec: tornadoSpec(rows, 'Sobol index (share of the variance, 0 to 1)', 'index', ['First order (S1)', 'Total order (ST)'], '.2f'),
        table: {
          columns: ['Parameter', 'Range', 'First order', '95% interval', 'Total order', '95% interval'],
          rows: s.rows.map((row) => [
            row.key,
            range(row.key, row.min, row.max),
            fixed(row.sobol?.first.estimate),
            `${fixed(row.sobol?.first.low)} to ${fixed(row.sobol?.first.high)}`,
            fixed(row.sobol?.total.estimate),
            `${fixed(row.sobol?.total.low)} to ${fixed(row.sobol?.total.high)}`,
          ]),
          numeric: [2, 3, 4, 5],
        },
      }),
    );
  } else {
    const topMuStar = Math.max(0, ...s.rows.map((row) => row.morris?.muStar ?? 0));
    const rows = s.rows.flatMap((row, rank) =>
      row.morris === undefined
        ? []
        : [
            {
              key: row.key,
              index: 'mu*',
              effect: row.morris.muStar,
              low: Math.max(0, row.morris.muStar - 1.96 * row.morris.muStarError),
              high: row.morris.muStar + 1.96 * row.morris.muStarError,
              sigma: row.morris.sigma,
              mu: row.morris.mu,
              // Only the leaders are named: the labels of the many near zero would cover each other.
              name: rank < MORRIS_LABEL_LIMIT && row.morris.muStar >= 0.05 * topMuStar ? row.key : '',
            },
          ],
    );
    const table = {
      columns: ['Parameter', 'Range', 'mu*', 'mu* 95% interval', 'mu', 'sigma'],
      rows: rows.map((row) => [
        row.key,
        range(row.key, s.rows.find((r) => r.key === row.key)?.min, s.rows.find((r) => r.key === row.key)?.max),
        fixed(row.effect),
        `${fixed(row.low)} to ${fixed(row.high)}`,
        fixed(row.mu),
        fixed(row.sigma),
      ]),
      numeric: [2, 3, 4, 5],
    };
    charts.push(
      await renderChart({
        id: 'tornado',
        title: `Morris screening of ${subject}: mu*`,
        description: `For each parameter, mu*: the mean absolute change in ${subject} when it moves across its whole prior range, one step of a trajectory at a time, with mu* plus and minus 1.96 standard errors. Largest first${capped(s.rows.length)}.`,
        spec: tornadoSpec(
          rows.slice(0, TORNADO_LIMIT),
          `mu*: mean absolute effect on ${subject} (probability per whole range)`,
          'index',
          ['mu*'],
          '.2f',
        ),
        table,
      }),
      await renderChart({
        id: 'morris',
        title: `Morris screening of ${subject}: mu* against sigma`,
        description: `Each parameter placed by its mu* (importance, across) and sigma (spread of its effects, up). Far right matters; high up means its effect depends on the other parameters or is not linear. The dashed line is sigma = mu*.${
          s.rows.length > MORRIS_LABEL_LIMIT
            ? ` The ${MORRIS_LABEL_LIMIT} largest by mu* (those above a twentieth of the largest) are named.`
            : ''
        }`,
        spec: morrisSpec(rows, subject),
        table,
      }),
    );
  }
  const settings: [string, string][] = [
    ['Scenario', `${scenario.title} (${s.scenarioId} ${s.scenarioVersion})`],
    ['Method', METHOD_NAMES[s.method]],
    ['Target', subject],
    [
      'Parameters',
      s.rows.length <= MORRIS_LABEL_LIMIT ? s.rows.map((row) => row.key).join(', ') : `${s.rows.length} (each in the tables below)`,
    ],
    [s.method === 'oat' ? 'Runs at each end' : 'Runs per design point', s.runs.toLocaleString('en-US')],
    ...(s.method === 'oat' ? [] : [['Design points', s.points.toLocaleString('en-US')] as [string, string]]),
    ['Seed', s.seed],
  ];
  const note =
    s.method === 'oat'
      ? 'One at a time shows local, one-dimensional effects only: a parameter that matters through its interactions with others shows little here.'
      : 'Every design point ran the same runs (common random numbers), so differences between points are the parameters, not noise between samples.';
  return reportPage({
    title: scenario.title,
    lede: `Sensitivity report: ${METHOD_NAMES[s.method]} of ${subject}, ${s.rows.length} parameters, seed ${s.seed}`,
    kind: 'sensitivity',
    sections: [
      manifestSection('Sensitivity analysis', settings, s.replay, note),
      `<section id="sensitivity"><h2>What drives ${escapeHtml(subject)}</h2>${charts.join('\n')}</section>`,
    ],
    generator: input.generator,
  });
}

/** The note that a tornado shows only the first rows. */
function capped(rows: number): string {
  return rows > TORNADO_LIMIT ? ` (the ${TORNADO_LIMIT} most important of ${rows}; the table has them all)` : '';
}

function short(value: unknown): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(6))) : String(value);
}

function fixed(value: number | undefined): string {
  return value === undefined ? '' : value.toFixed(3);
}

/** A difference of probabilities in percentage points, signed. */
function points(difference: number): string {
  const text = (difference * 100).toFixed(1);
  return `${difference > 0 ? '+' : ''}${text === '-0.0' ? '0.0' : text} pts`;
}

/**
 * A tornado: one row per parameter in the rows' order (most important first), a bar from
 * zero to each estimate and a rule for its interval; `group` splits a row into bars
 * (first and total order) by colour and offset.
 */
function tornadoSpec(
  rows: readonly Record<string, unknown>[],
  xTitle: string,
  group: string,
  groups: readonly string[],
  format: string,
): TopLevelSpec {
  const keys = [...new Set(rows.map((row) => row.key as string))];
  const colour = { field: group === 'effect' ? 'direction' : group, type: 'nominal', title: '', sort: [...groups] } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 480,
    data: { values: rows as never },
    encoding: {
      y: { field: 'key', type: 'nominal', title: 'Parameter', sort: keys, axis: { labelLimit: 320 } },
      ...(group === 'index' && groups.length > 1 ? { yOffset: { field: 'index', type: 'nominal', sort: [...groups] } } : {}),
    },
    layer: [
      {
        name: 'bars',
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'effect', type: 'quantitative', title: xTitle, axis: { format } },
          color: {
            ...colour,
            scale: { domain: [...groups], range: [PALETTE[0], PALETTE[1]] },
            legend: groups.length > 1 ? { orient: 'bottom' } : null,
          },
        },
      },
      {
        name: 'intervals',
        mark: { type: 'rule', color: 'currentColor', strokeWidth: 1.5 },
        encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
    ],
  } as unknown as TopLevelSpec;
}

/** Morris's plane of mu* and sigma: a labelled point per parameter and the line sigma = mu*. */
function morrisSpec(rows: readonly { key: string; effect: number; sigma: number }[], subject: string): TopLevelSpec {
  const top = Math.max(1e-9, ...rows.flatMap((row) => [row.effect, row.sigma]));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 480,
    height: 320,
    layer: [
      {
        data: {
          values: [
            { x: 0, y: 0 },
            { x: top, y: top },
          ],
        },
        mark: { type: 'line', color: 'currentColor', strokeDash: [4, 4], opacity: 0.5 },
        encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
      },
      {
        data: { values: rows as never },
        encoding: {
          x: { field: 'effect', type: 'quantitative', title: `mu*, mean absolute effect on ${subject} (probability per whole range)` },
          y: { field: 'sigma', type: 'quantitative', title: 'sigma (probability per whole range)' },
        },
        layer: [
          { name: 'parameters', mark: { type: 'point', filled: true, size: 70, color: PALETTE[0] } },
          {
            name: 'names',
            transform: [{ filter: "datum.name !== ''" }],
            mark: { type: 'text', align: 'left', dx: 6, dy: -6, fontSize: 10 },
            encoding: { text: { field: 'name' } },
          },
        ],
      },
    ],
  } as unknown as TopLevelSpec;
}
