import type { ArmsComparison } from '@crisis-sim/engine';
import type { ComparisonPlan } from '@crisis-sim/engine/internal';
import { csvText } from '@crisis-sim/runner';
import { csvHeaderComments } from './csv-header-comments.js';

/**
 * A comparison as one RFC 4180 table: a row per arm and outcome or indicator, with both
 * probabilities, the difference and its paired 95% interval, and the discordant runs (only
 * the base, only the arm) that carry the evidence. The transition table is left out: a CSV
 * is one table, and it is in --format json and table. `#` lines first, as every CSV output:
 * scenario, seed and runs, each arm's manifest (the base first) and the replay command.
 */
export function formatComparisonCsv(
  plan: ComparisonPlan,
  arms: readonly (ArmsComparison & { readonly name: string })[],
  replay: string,
): string {
  const manifests = plan.plans.map((armPlan, i) => [i === 0 ? 'base' : (arms[i - 1]?.name ?? ''), armPlan.manifest] as const);
  const comments = csvHeaderComments(
    `compare: ${plan.scenarioId} ${plan.scenarioVersion}, seed ${plan.seed}, ${plan.runs} paired runs per arm, ${arms.length} arm${arms.length === 1 ? '' : 's'} against the base`,
    manifests,
    replay,
  );
  const rows: unknown[][] = [
    [
      'arm',
      'kind',
      'id',
      'base_probability',
      'arm_probability',
      'difference',
      'difference_ci_low',
      'difference_ci_high',
      'base_only',
      'arm_only',
    ],
  ];
  for (const arm of arms) {
    for (const [kind, entries] of [
      ['outcome', arm.outcomes],
      ['indicator', arm.indicators],
    ] as const) {
      for (const entry of entries) {
        rows.push([
          arm.name,
          kind,
          entry.id,
          entry.base.probability,
          entry.alternative.probability,
          entry.difference.estimate,
          entry.difference.low,
          entry.difference.high,
          entry.baseOnly,
          entry.alternativeOnly,
        ]);
      }
    }
  }
  return csvText(comments, rows);
}
