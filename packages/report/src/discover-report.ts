import type { AnyScenario, DiscoveryResult, PrimLimit } from '@crisis-sim/engine';
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from './escape-html.js';
import { formatPercent } from './format-percent.js';
import { htmlTable } from './html-table.js';
import { manifestSection } from './manifest-section.js';
import { PALETTE } from './palette.js';
import { probabilityScale } from './probability-scale.js';
import { renderChart } from './render-chart.js';
import { reportPage } from './report-page.js';
import type { SavedProvenance } from './saved-provenance.js';
import { targetLabel } from './target-label.js';

/** Scenario discovery as `crisis-sim discover --format json` saves it. */
export interface SavedDiscovery extends DiscoveryResult, SavedProvenance {
  readonly seed: string;
  readonly runs: number;
}

/** What {@link renderDiscoverReport} needs: a saved discovery and the scenario it ran. */
export interface DiscoverReportInput {
  readonly scenario: AnyScenario;
  readonly discovery: SavedDiscovery;
  /** The footer line: what made the report. */
  readonly generator: string;
}

/**
 * The HTML report of scenario discovery (`crisis-sim discover`, PRIM): the chosen box in
 * plain words and as a table of its limits, and the peeling trajectory, each box's coverage
 * against its density, the chosen one marked and the base rate drawn for reference.
 */
export async function renderDiscoverReport(input: DiscoverReportInput): Promise<string> {
  const { scenario, discovery: d } = input;
  const subject = targetLabel(scenario, d.target);
  const definitions = scenario.parameters as Record<string, { kind: string; unit?: string; description?: string } | undefined>;
  const rows = d.trajectory.map((box, step) => ({
    step,
    coverage: box.coverage,
    density: box.density,
    mass: box.mass,
    count: box.count,
    limits: box.limits.length,
    chosen: step === d.chosenIndex ? 'Chosen box' : 'Peeled box',
  }));
  const trajectory = await renderChart({
    id: 'trajectory',
    title: `Peeling trajectory for ${subject}`,
    description: `Each box PRIM peeled, from all ${d.runs.toLocaleString('en-US')} runs (right) to the smallest (left): the share of the target's runs it holds (coverage) against the share of its runs that are the target (density). The large point is the chosen box; the dashed line is the base rate, ${formatPercent(d.baseRate)}.`,
    spec: trajectorySpec(rows, d.baseRate),
    table: {
      columns: ['Step', 'Coverage', 'Density', 'Mass', 'Runs inside', 'Limits', 'Chosen'],
      rows: rows.map((row) => [
        String(row.step),
        formatPercent(row.coverage),
        formatPercent(row.density),
        formatPercent(row.mass),
        String(row.count),
        String(row.limits),
        row.step === d.chosenIndex ? 'yes' : '',
      ]),
      numeric: [0, 1, 2, 3, 4, 5],
    },
  });
  const limitRow = (limit: PrimLimit) => {
    const definition = definitions[limit.name];
    const unit = definition?.unit === undefined || definition.unit === '' ? '' : ` ${definition.unit}`;
    const end = (value: number | null) => (value === null ? 'no limit' : `${short(value)}${unit}`);
    const rule =
      definition?.kind === 'boolean'
        ? `is ${limit.low !== null && limit.low > 0 ? 'true' : 'false'}`
        : limit.low !== null && limit.high !== null
          ? `from ${short(limit.low)} to ${short(limit.high)}`
          : limit.low !== null
            ? `at least ${short(limit.low)}`
            : `at most ${short(limit.high as number)}`;
    // A switch enters PRIM as 0 or 1: its rule says which value the box keeps, and it has no ends to show.
    if (definition?.kind === 'boolean') return [limit.name, definition.description ?? '', rule, '-', '-'];
    return [limit.name, definition?.description ?? '', rule, end(limit.low), end(limit.high)];
  };
  const lift = d.baseRate > 0 ? d.chosen.density / d.baseRate : null;
  const box = [
    `<p class="box-description">${escapeHtml(d.description)}</p>`,
    d.chosen.limits.length === 0
      ? '<p>The chosen box has no limits: no parameter range concentrates the target.</p>'
      : htmlTable(
          { columns: ['Parameter', 'What it is', 'In the box', 'Lower limit', 'Upper limit'], rows: d.chosen.limits.map(limitRow) },
          'The limits of the chosen box; every parameter not listed is free',
        ),
    htmlTable(
      {
        columns: ['Coverage', 'Density', 'Base rate', 'Density / base rate', 'Mass', 'Runs inside'],
        rows: [
          [
            formatPercent(d.chosen.coverage),
            formatPercent(d.chosen.density),
            formatPercent(d.baseRate),
            lift === null ? '-' : `${lift.toFixed(2)}x`,
            formatPercent(d.chosen.mass),
            String(d.chosen.count),
          ],
        ],
        numeric: [0, 1, 2, 3, 4, 5],
      },
      'How well the chosen box picks out the target',
    ),
  ].join('\n');
  const manifest = manifestSection(
    'Scenario discovery',
    [
      ['Scenario', `${scenario.title} (${d.scenarioId} ${d.scenarioVersion})`],
      ['Target', subject],
      ['Runs', `${d.runs.toLocaleString('en-US')}, every parameter with a prior drawn per run`],
      ['Inputs PRIM could restrict', d.inputs.length <= 12 ? d.inputs.join(', ') : `${d.inputs.length} parameters with priors`],
      ['Seed', d.seed],
    ],
    d.replay,
    "PRIM finds where the target is concentrated among the runs drawn; a box says 'more likely here', not 'caused by': parameters drawn together from their priors can stand in for each other.",
  );
  return reportPage({
    title: scenario.title,
    lede: `Discovery report: where ${subject} happens, PRIM over ${d.inputs.length} parameters and ${d.runs.toLocaleString('en-US')} runs, seed ${d.seed}`,
    kind: 'discover',
    sections: [
      manifest,
      `<section id="box"><h2>The chosen box</h2>${box}</section>`,
      `<section id="trajectory"><h2>Peeling trajectory</h2>${trajectory}</section>`,
    ],
    generator: input.generator,
  });
}

function short(value: number): string {
  return String(Number(value.toPrecision(4)));
}

function trajectorySpec(rows: readonly Record<string, unknown>[], baseRate: number): TopLevelSpec {
  const x = probabilityScale('coverage', "Coverage (share of the target's runs in the box, %)");
  const y = probabilityScale('density', 'Density in the box (%)');
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 480,
    height: 320,
    layer: [
      {
        data: { values: [{ base: baseRate }] },
        mark: { type: 'rule', color: 'currentColor', strokeDash: [4, 4], opacity: 0.6 },
        encoding: { y: { field: 'base', type: 'quantitative' } },
      },
      {
        data: { values: rows as never },
        layer: [
          {
            name: 'path',
            mark: { type: 'line', color: PALETTE[0], strokeWidth: 1.5 },
            encoding: { x, y, order: { field: 'step', type: 'quantitative' } },
          },
          {
            name: 'boxes',
            mark: { type: 'point', filled: true },
            encoding: {
              x: { field: 'coverage', type: 'quantitative' },
              y: { field: 'density', type: 'quantitative' },
              color: {
                field: 'chosen',
                type: 'nominal',
                title: '',
                scale: { domain: ['Peeled box', 'Chosen box'], range: [PALETTE[0], PALETTE[3]] },
                legend: { orient: 'bottom' },
              },
              size: { field: 'chosen', type: 'nominal', scale: { domain: ['Peeled box', 'Chosen box'], range: [25, 220] }, legend: null },
              shape: {
                field: 'chosen',
                type: 'nominal',
                scale: { domain: ['Peeled box', 'Chosen box'], range: ['circle', 'diamond'] },
                legend: null,
              },
            },
          },
        ],
      },
    ],
  } as unknown as TopLevelSpec;
}
