import type { AnyScenario, ArmComparison, ArmsComparison } from '@crisis-sim/engine';
import { armsChartSpec } from './arms-chart-spec.js';
import { armsTable } from './arms-table.js';
import { differencesChartSpec } from './differences-chart-spec.js';
import { escapeHtml } from './escape-html.js';
import { htmlTable } from './html-table.js';
import { pointsText } from './points-text.js';
import { renderChart } from './render-chart.js';
import { reportPage } from './report-page.js';

/** What {@link renderCompareReport} needs: a saved comparison and the scenario it ran. */
export interface CompareReportInput {
  readonly scenario: AnyScenario;
  readonly comparison: ArmsComparison;
  /** The command that reproduces the comparison, when known. */
  readonly replay?: string;
  /** The footer line: what made the report. */
  readonly generator: string;
}

/**
 * The HTML report of a two-arm comparison (`crisis-sim compare`): both arms' outcome
 * probabilities side by side, the paired differences with their 95% intervals for every
 * outcome and indicator, the outcome transition table (how the runs that ended in each outcome
 * under the base ended under the alternative), and the discordant runs (the pairs where only
 * one arm had the event).
 */
export async function renderCompareReport(input: CompareReportInput): Promise<string> {
  const { scenario, comparison: c } = input;
  const changed = Object.entries(c.alternative).filter(([key, value]) => c.base[key] !== value);
  const changeText =
    changed.map(([key, value]) => `${key}: ${String(c.base[key])} → ${String(value)}`).join(', ') || 'no parameter differs';
  const label = (kind: 'outcome' | 'indicator', id: string) =>
    (kind === 'outcome'
      ? (scenario.outcomes as readonly { id: string; label: string }[])
      : ((scenario.indicators ?? []) as readonly { id: string; label: string }[])
    ).find((entry) => entry.id === id)?.label ?? id;
  const events = [
    ...c.outcomes.map((entry) => ({ kind: 'outcome' as const, name: `Outcome: ${label('outcome', entry.id)}`, entry })),
    ...c.indicators.map((entry) => ({ kind: 'indicator' as const, name: `Indicator: ${label('indicator', entry.id)}`, entry })),
  ];
  const armRows = c.outcomes.flatMap((entry) =>
    (['base', 'alternative'] as const).map((arm) => ({
      outcome: label('outcome', entry.id),
      arm: arm === 'base' ? 'Base' : 'Alternative',
      probability: entry[arm].probability,
      low: entry[arm].interval.low,
      high: entry[arm].interval.high,
      count: entry[arm].count,
    })),
  );
  const armsChart = await renderChart({
    id: 'arms',
    title: 'Outcome probabilities in both arms',
    description: `Share of the ${c.runs.toLocaleString('en-US')} paired runs ending in each outcome, base arm and alternative arm (${changeText}), with 95% Wilson intervals.`,
    spec: armsChartSpec(
      armRows,
      c.outcomes.map((entry) => label('outcome', entry.id)),
      ['Base', 'Alternative'],
    ),
    table: armsTable(armRows),
  });
  const differenceRows = events.map(({ name, entry }) => ({
    event: name,
    arm: 'Alternative',
    difference: entry.difference.estimate,
    low: entry.difference.low,
    high: entry.difference.high,
  }));
  const differenceChart = await renderChart({
    id: 'differences',
    title: 'Paired differences: alternative minus base',
    description:
      'For each outcome and indicator, how much more (right of zero) or less (left) likely it is in the alternative arm, with its paired 95% interval (Newcombe).',
    spec: differencesChartSpec(differenceRows, ['Alternative']),
    table: {
      columns: ['Event', 'Difference', '95% interval'],
      rows: differenceRows.map((row) => [row.event, pointsText(row.difference), `${pointsText(row.low)} to ${pointsText(row.high)}`]),
      numeric: [1, 2],
    },
  });
  const discordant = htmlTable(
    {
      columns: ['Event', 'Base', 'Alternative', 'Only in base', 'Only in alternative', 'Difference', '95% interval'],
      rows: events.map(({ name, entry }) => transitionRow(name, entry)),
      numeric: [1, 2, 3, 4, 5, 6],
    },
    'Runs with each event in each arm; the discordant pairs (only in one arm) carry the evidence for the difference',
  );
  // Saved comparisons from before the transition table was recorded have none to show.
  const outcomeIds = c.outcomes.map((entry) => entry.id);
  const transitions =
    c.transitions === undefined
      ? '<p class="note">This saved comparison has no transition table (made by an older crisis-sim).</p>'
      : htmlTable(
          {
            columns: ['Base outcome \u2192 alternative outcome', ...outcomeIds.map((id) => label('outcome', id))],
            rows: outcomeIds.map((from) => [label('outcome', from), ...outcomeIds.map((to) => String(c.transitions?.[from]?.[to] ?? 0))]),
            numeric: outcomeIds.map((_, i) => i + 1),
          },
          'Paired runs by their outcome under the base (rows) and under the alternative (columns): off the diagonal are the runs the change moved',
        );
  const settings = [
    ['Scenario', `${scenario.title} (${c.scenarioId} ${c.scenarioVersion})`],
    ['Seed', c.seed],
    ['Paired runs', `${c.runs.toLocaleString('en-US')} (run indices ${c.firstRun} to ${c.firstRun + c.runs - 1} in both arms)`],
    ['Change in the alternative', changeText],
  ];
  const manifest = `<section id="manifest"><h2>Comparison</h2><dl class="manifest">${settings
    .map(([term, text]) => `<dt>${escapeHtml(term as string)}</dt><dd>${escapeHtml(text as string)}</dd>`)
    .join('')}${input.replay === undefined ? '' : `<dt>Replay</dt><dd><code>${escapeHtml(input.replay)}</code></dd>`}</dl>
<p class="note">Both arms ran the same run indices with the same seed, hence the same random numbers: the difference is the effect of the change, not noise between two samples.</p></section>`;
  return reportPage({
    title: scenario.title,
    lede: `Comparison report: ${c.runs.toLocaleString('en-US')} paired runs of ${c.scenarioId} ${c.scenarioVersion}, seed ${c.seed}`,
    kind: 'compare',
    sections: [
      manifest,
      `<section id="arms"><h2>Both arms</h2>${armsChart}</section>`,
      `<section id="differences"><h2>Differences</h2>${differenceChart}</section>`,
      `<section id="transitions"><h2>Transition table</h2>${transitions}</section>`,
      `<section id="discordant"><h2>Discordant runs</h2>${discordant}</section>`,
    ],
    generator: input.generator,
  });
}

function transitionRow(name: string, entry: ArmComparison): string[] {
  return [
    name,
    String(entry.base.count),
    String(entry.alternative.count),
    String(entry.baseOnly),
    String(entry.alternativeOnly),
    pointsText(entry.difference.estimate),
    `${pointsText(entry.difference.low)} to ${pointsText(entry.difference.high)}`,
  ];
}
