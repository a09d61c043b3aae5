import type { AlternativesComparison, AnyScenario } from '@crisis-sim/engine';
import { armsChartSpec } from './arms-chart-spec.js';
import { armsTable } from './arms-table.js';
import { differencesChartSpec } from './differences-chart-spec.js';
import { escapeHtml } from './escape-html.js';
import { eventLabel } from './event-label.js';
import { htmlTable } from './html-table.js';
import { manifestSection } from './manifest-section.js';
import { pointsText } from './points-text.js';
import { renderChart } from './render-chart.js';
import { reportPage } from './report-page.js';

/** What {@link renderAlternativesReport} needs: a saved several-arm comparison and the scenario it ran. */
export interface AlternativesReportInput {
  readonly scenario: AnyScenario;
  readonly comparison: AlternativesComparison;
  /** The command that reproduces the comparison, when known. */
  readonly replay?: string;
  /** The footer line: what made the report. */
  readonly generator: string;
}

/**
 * The HTML report of a comparison of several alternative arms with one base (`crisis-sim
 * compare` with more than one `--alt`/`--arm` arm): every arm's outcome probabilities side by
 * side, each arm's paired differences from the base with their 95% intervals, and each arm's
 * transition table (how the runs that ended in each outcome under the base ended under it).
 */
export async function renderAlternativesReport(input: AlternativesReportInput): Promise<string> {
  const { scenario, comparison: c } = input;
  const arms = ['Base', ...c.arms.map((arm, i) => armName(arm.name, i))];
  const change = (parameters: Readonly<Record<string, unknown>>) =>
    Object.entries(parameters)
      .filter(([key, value]) => c.base[key] !== value)
      .map(([key, value]) => `${key}: ${String(c.base[key])} → ${String(value)}`)
      .join(', ') || 'no parameter differs';
  const first = c.arms[0];
  const outcomeIds = (first?.outcomes ?? []).map((entry) => entry.id);
  const armRows = outcomeIds
    .flatMap((id) => [
      ...(first === undefined ? [] : [{ id, arm: 'Base', estimate: first.outcomes.find((entry) => entry.id === id)?.base }]),
      ...c.arms.map((arm, i) => ({ id, arm: armName(arm.name, i), estimate: arm.outcomes.find((entry) => entry.id === id)?.alternative })),
    ])
    .flatMap(({ id, arm, estimate }) =>
      estimate === undefined
        ? []
        : [
            {
              outcome: eventLabel(scenario, 'outcome', id),
              arm,
              probability: estimate.probability,
              low: estimate.interval.low,
              high: estimate.interval.high,
              count: estimate.count,
            },
          ],
    );
  const order = outcomeIds.map((id) => eventLabel(scenario, 'outcome', id));
  const armsChart = await renderChart({
    id: 'arms',
    title: `Outcome probabilities in the base and ${c.arms.length} alternatives`,
    description: `Share of the ${c.runs.toLocaleString('en-US')} paired runs ending in each outcome in each arm, with 95% Wilson intervals. Every arm ran the same runs as the base.`,
    spec: armsChartSpec(armRows, order, arms),
    table: armsTable(armRows),
  });
  const differenceRows = c.arms.flatMap((arm, i) =>
    [
      ...arm.outcomes.map((entry) => ({ event: `Outcome: ${eventLabel(scenario, 'outcome', entry.id)}`, entry })),
      ...arm.indicators.map((entry) => ({ event: `Indicator: ${eventLabel(scenario, 'indicator', entry.id)}`, entry })),
    ].map(({ event, entry }) => ({
      event,
      arm: armName(arm.name, i),
      difference: entry.difference.estimate,
      low: entry.difference.low,
      high: entry.difference.high,
    })),
  );
  const differenceChart = await renderChart({
    id: 'differences',
    title: 'Paired differences: each alternative minus the base',
    description:
      'For each outcome and indicator, how much more (right of zero) or less (left) likely it is in each alternative arm than in the base, with its paired 95% interval (Newcombe).',
    spec: differencesChartSpec(differenceRows, arms.slice(1)),
    table: {
      columns: ['Event', 'Arm', 'Difference', '95% interval'],
      rows: differenceRows.map((row) => [
        row.event,
        row.arm,
        pointsText(row.difference),
        `${pointsText(row.low)} to ${pointsText(row.high)}`,
      ]),
      numeric: [2, 3],
    },
  });
  const transitions = c.arms
    .map((arm, i) => {
      const table =
        arm.transitions === undefined
          ? '<p class="note">No transition table in this saved comparison.</p>'
          : htmlTable(
              {
                columns: ['Base outcome → this arm', ...outcomeIds.map((id) => eventLabel(scenario, 'outcome', id))],
                rows: outcomeIds.map((from) => [
                  eventLabel(scenario, 'outcome', from),
                  ...outcomeIds.map((to) => String(arm.transitions?.[from]?.[to] ?? 0)),
                ]),
                numeric: outcomeIds.map((_, j) => j + 1),
              },
              `Paired runs by their outcome under the base (rows) and under ${armName(arm.name, i)} (columns): off the diagonal are the runs the change moved`,
            );
      return `<h3>${escapeHtml(armName(arm.name, i))}: ${escapeHtml(change(arm.alternative))}</h3>${table}`;
    })
    .join('\n');
  const manifest = manifestSection(
    'Comparison of several arms',
    [
      ['Scenario', `${scenario.title} (${c.scenarioId} ${c.scenarioVersion})`],
      ['Seed', c.seed],
      ['Paired runs', `${c.runs.toLocaleString('en-US')} (run indices ${c.firstRun} to ${c.firstRun + c.runs - 1} in every arm)`],
      ...c.arms.map((arm, i) => [armName(arm.name, i), change(arm.alternative)] as [string, string]),
    ],
    input.replay,
    'Every arm ran the same run indices with the same seed as the base, hence the same random numbers: each difference is the effect of that arm’s change, not noise between samples.',
  );
  return reportPage({
    title: scenario.title,
    lede: `Comparison report: the base and ${c.arms.length} alternatives on ${c.runs.toLocaleString('en-US')} paired runs of ${c.scenarioId} ${c.scenarioVersion}, seed ${c.seed}`,
    kind: 'compare-arms',
    sections: [
      manifest,
      `<section id="arms"><h2>All arms</h2>${armsChart}</section>`,
      `<section id="differences"><h2>Differences from the base</h2>${differenceChart}</section>`,
      `<section id="transitions"><h2>Transition tables</h2>${transitions}</section>`,
    ],
    generator: input.generator,
  });
}

/** An arm's legend name: its number and its change as given on the command line. */
function armName(name: string, index: number): string {
  return `Arm ${index + 1}: ${name}`;
}
