import type { AnyScenario, SweepResult } from '@crisis-sim/engine';
import { escapeHtml } from './escape-html.js';
import { formatPercent } from './format-percent.js';
import { outcomeHeatSpec } from './outcome-heat-spec.js';
import { outcomeLineSpec } from './outcome-line-spec.js';
import { renderChart } from './render-chart.js';
import { reportPage } from './report-page.js';

/** What {@link renderSweepReport} needs: a saved sweep and the scenario it ran. */
export interface SweepReportInput {
  readonly scenario: AnyScenario;
  readonly sweep: SweepResult;
  /** The command that reproduces the sweep, when known. */
  readonly replay?: string;
  /** The footer line: what made the report. */
  readonly generator: string;
}

/**
 * The HTML report of a one-parameter sweep (`crisis-sim sweep`): each outcome's probability
 * at each value, as lines with 95% interval bands when the parameter is a number, as a heat
 * map when it is a switch or a choice.
 */
export async function renderSweepReport(input: SweepReportInput): Promise<string> {
  const { scenario, sweep } = input;
  const definition = (scenario.parameters as Record<string, { kind: string; unit: string; description: string }>)[sweep.key];
  const numeric = definition?.kind === 'number';
  const unit = definition?.unit ?? '';
  const first = sweep.points[0]?.summary.manifest;
  const outcomes = scenario.outcomes as readonly { id: string; label: string }[];
  const label = (id: string) => outcomes.find((outcome) => outcome.id === id)?.label ?? id;
  const rows = sweep.points.flatMap((point) =>
    point.report.outcomes.map((estimate) => ({
      value: numeric ? point.value : String(point.value),
      outcome: label(estimate.id),
      probability: estimate.probability,
      low: estimate.interval.low,
      high: estimate.interval.high,
      count: estimate.count,
    })),
  );
  const order = outcomes.map((outcome) => outcome.label);
  const axisTitle = `${sweep.key}${unit === '' ? '' : ` (${unit})`}`;
  const chart = await renderChart({
    id: 'sweep',
    title: `Outcome probabilities across ${sweep.key}`,
    description: numeric
      ? `Share of ${sweep.runs.toLocaleString('en-US')} runs ending in each outcome at each value of ${sweep.key}, with 95% Wilson interval bands; the same seed and run indices at every value.`
      : `Share of ${sweep.runs.toLocaleString('en-US')} runs ending in each outcome (rows) at each value of ${sweep.key} (columns); darker is more likely. The same seed and run indices at every value.`,
    spec: numeric
      ? outcomeLineSpec(rows, order, axisTitle)
      : outcomeHeatSpec(
          rows,
          order,
          sweep.points.map((point) => String(point.value)),
          axisTitle,
        ),
    table: {
      columns: [sweep.key, 'Outcome', 'Runs', 'Probability', '95% interval'],
      rows: rows.map((row) => [
        String(row.value),
        row.outcome,
        String(row.count),
        formatPercent(row.probability),
        `${formatPercent(row.low)} to ${formatPercent(row.high)}`,
      ]),
      numeric: [2, 3, 4],
    },
  });
  const settings = [
    ['Scenario', `${scenario.title} (${first?.scenarioId ?? scenario.id} ${first?.scenarioVersion ?? scenario.version})`],
    ['Parameter', `${sweep.key}${definition === undefined ? '' : `: ${definition.description}`}`],
    ['Values', sweep.points.map((point) => String(point.value)).join(', ')],
    ['Runs per value', sweep.runs.toLocaleString('en-US')],
    ['Seed', sweep.seed],
    ['Uncertainty', first?.uncertainty ?? 'none'],
  ];
  const manifest = `<section id="manifest"><h2>Sweep</h2><dl class="manifest">${settings
    .map(([term, text]) => `<dt>${escapeHtml(term as string)}</dt><dd>${escapeHtml(text as string)}</dd>`)
    .join('')}${input.replay === undefined ? '' : `<dt>Replay</dt><dd><code>${escapeHtml(input.replay)}</code></dd>`}</dl></section>`;
  return reportPage({
    title: scenario.title,
    lede: `Sweep report: ${sweep.key} at ${sweep.points.length} values, ${sweep.runs.toLocaleString('en-US')} runs each, seed ${sweep.seed}`,
    kind: 'sweep',
    sections: [manifest, `<section id="sweep"><h2>Outcomes by value</h2>${chart}</section>`],
    generator: input.generator,
  });
}
