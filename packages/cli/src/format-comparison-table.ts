import type { AnyScenario, ArmComparison, ArmsComparison } from '@crisis-sim/engine';
import { percent } from './percent.js';
import { textTable } from './text-table.js';

/**
 * The human-readable report of a two-arm comparison: for each outcome and indicator, both
 * probabilities, the difference with its paired 95% interval, and the discordant runs
 * (where only one arm had the event), then the seed and the replay command.
 */
export function formatComparisonTable(
  scenario: AnyScenario,
  comparison: ArmsComparison,
  changed: readonly string[],
  replay: string,
): string {
  const labelOf = (id: string, list: readonly { id: string; label: string }[]) => list.find((entry) => entry.id === id)?.label ?? id;
  const signed = (p: number) => `${p > 0 ? '+' : p < 0 ? '-' : ''}${percent(Math.abs(p))}`;
  const rows = (entries: readonly ArmComparison[], list: readonly { id: string; label: string }[]) =>
    entries.map((row) => [
      labelOf(row.id, list),
      percent(row.base.probability),
      percent(row.alternative.probability),
      signed(row.difference.estimate),
      `${signed(row.difference.low)} to ${signed(row.difference.high)}`,
      `${row.baseOnly} / ${row.alternativeOnly}`,
    ]);
  const header = (first: string) => [first, 'Base', 'Alternative', 'Difference', '95% interval', 'Only base / only alt.'];
  const lines = [
    `${scenario.title} (${comparison.scenarioId} ${comparison.scenarioVersion}): what if`,
    ...changed.map((key) => `  ${key}: ${String(comparison.base[key])} -> ${String(comparison.alternative[key])}`),
    `${comparison.runs.toLocaleString('en-US')} paired runs (the same seed and run indices in both arms), seed ${comparison.seed}`,
    '',
    textTable([header('Outcome'), ...rows(comparison.outcomes, scenario.outcomes)], [1, 2, 3]),
    '',
    textTable([header('Indicator (by the horizon)'), ...rows(comparison.indicators, scenario.indicators ?? [])], [1, 2, 3]),
    'Intervals: Newcombe hybrid score interval for paired proportions.',
    '',
    `Replay: ${replay}`,
  ];
  return `${lines.join('\n')}\n`;
}
