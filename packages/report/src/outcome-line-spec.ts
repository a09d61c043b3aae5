import type { TopLevelSpec } from 'vega-lite';
import { DASHES, PALETTE } from './palette.js';
import { probabilityScale } from './probability-scale.js';

/**
 * Outcome probabilities across the values of one number parameter: a line per outcome
 * (colour and dash), its 95% interval as a band, a point per value. Rows have `value`,
 * `outcome`, `probability`, `low` and `high`; marks are named `bands`, `lines` and `points`.
 */
export function outcomeLineSpec(rows: readonly Record<string, unknown>[], order: readonly string[], axisTitle: string): TopLevelSpec {
  const outcome = { field: 'outcome', type: 'nominal', title: 'Outcome', sort: [...order] } as const;
  const x = { field: 'value', type: 'quantitative', title: axisTitle } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: 280,
    data: { values: rows as never },
    encoding: {
      x,
      color: {
        ...outcome,
        scale: { range: [...PALETTE] },
        // Stroke symbols show each line's dash as well as its colour, and at full opacity (not the bands').
        legend: { orient: 'bottom', columns: 2, symbolType: 'stroke', symbolOpacity: 1, symbolStrokeWidth: 2, symbolSize: 300 },
      },
    },
    layer: [
      {
        name: 'bands',
        mark: { type: 'area', opacity: 0.18 },
        encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
      },
      {
        name: 'lines',
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          y: probabilityScale('probability', 'Probability (share of runs, %)'),
          strokeDash: { ...outcome, scale: { range: DASHES.map((dash) => [...dash]) } },
        },
      },
      { name: 'points', mark: { type: 'point', filled: true, size: 30 }, encoding: { y: { field: 'probability', type: 'quantitative' } } },
    ],
  } as TopLevelSpec;
}
