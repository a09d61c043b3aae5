import type { TopLevelSpec } from 'vega-lite';
import { PALETTE } from './palette.js';

/**
 * The paired differences of a comparison: for each event (outcome or indicator), one
 * interval and estimate per alternative arm, right of zero where the arm makes it more
 * likely than the base. Rows carry `event`, `arm`, `difference`, `low` and `high`. Used by
 * the two-arm report (one arm, no legend) and the several-arm report.
 */
export function differencesChartSpec(rows: readonly { event: string; arm: string }[], arms: readonly string[]): TopLevelSpec {
  const arm = { field: 'arm', type: 'nominal', sort: [...arms] } as const;
  const events = [...new Set(rows.map((row) => row.event))];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    layer: [
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: 'currentColor', strokeDash: [4, 4], opacity: 0.6 },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
      {
        data: { values: rows as never },
        encoding: {
          y: { field: 'event', type: 'nominal', title: 'Outcome or indicator', sort: events },
          yOffset: arm,
          color: {
            ...arm,
            title: 'Arm',
            scale: { domain: [...arms], range: PALETTE.slice(1) },
            // One arm needs no key: the chart's title names it.
            legend: arms.length > 1 ? { orient: 'bottom', columns: 1, labelLimit: 600 } : null,
          },
        },
        layer: [
          {
            name: 'intervals',
            mark: { type: 'rule', strokeWidth: 2 },
            encoding: {
              x: {
                field: 'low',
                type: 'quantitative',
                title: 'Difference in probability, alternative minus base (percentage points)',
                axis: { format: '+.0%' },
              },
              x2: { field: 'high' },
            },
          },
          {
            name: 'estimates',
            mark: { type: 'point', filled: true, size: 50 },
            encoding: { x: { field: 'difference', type: 'quantitative' } },
          },
        ],
      },
    ],
  } as unknown as TopLevelSpec;
}
