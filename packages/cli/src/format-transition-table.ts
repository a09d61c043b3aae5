import type { AnyScenario, ArmsComparison } from '@crisis-sim/engine';
import { textTable } from './text-table.js';

/**
 * The transition table of a comparison on common random numbers: a row per base outcome,
 * a column per alternative outcome, each cell the runs that ended so in both arms. The
 * diagonal holds the runs the change did not move; off it, where the others went.
 */
export function formatTransitionTable(scenario: AnyScenario, comparison: ArmsComparison): string {
  const outcomes = scenario.outcomes as readonly { id: string; label: string }[];
  const ids = outcomes.map((outcome) => outcome.id);
  const count = (from: string, to: string) => comparison.transitions[from]?.[to] ?? 0;
  const rows = ids.map((from, i) => [
    outcomes[i]?.label ?? from,
    ...ids.map((to) => String(count(from, to))),
    String(ids.reduce((sum, to) => sum + count(from, to), 0)),
  ]);
  const moved = ids.reduce((sum, from) => sum + ids.reduce((inner, to) => inner + (from === to ? 0 : count(from, to)), 0), 0);
  return [
    `Transitions (rows: outcome under the base; columns: the same runs under the alternative; ${moved.toLocaleString('en-US')} of ${comparison.runs.toLocaleString('en-US')} runs moved):`,
    textTable([['base \\ alternative', ...ids, 'total'], ...rows], ids.map((_, i) => i + 1).concat([ids.length + 1])),
  ].join('\n');
}
