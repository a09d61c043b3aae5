import type { TopLevelSpec } from 'vega-lite';
import { PALETTE } from './palette.js';
import { probabilityScale } from './probability-scale.js';

/**
 * The outcome bars of a comparison: one bar per arm for each outcome, side by side, in the
 * arms' order and colours. Used by the two-arm and the several-arm comparison reports.
 */
export function armsChartSpec(rows: readonly Record<string, unknown>[], order: readonly string[], arms: readonly string[]): TopLevelSpec {
  const arm = { field: 'arm', type: 'nominal', sort: [...arms] } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    data: { values: rows as never },
    encoding: { y: { field: 'outcome', type: 'nominal', title: 'Outcome', sort: [...order] }, yOffset: arm },
    layer: [
      {
        name: 'bars',
        mark: { type: 'bar' },
        encoding: {
          x: probabilityScale('probability', 'Probability (share of runs, %)'),
          color: {
            ...arm,
            title: 'Arm',
            scale: { domain: [...arms], range: [...PALETTE] },
            legend: { orient: 'bottom', columns: 1, labelLimit: 600 },
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
