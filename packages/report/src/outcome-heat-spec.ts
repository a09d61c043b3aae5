import type { TopLevelSpec } from 'vega-lite';

/**
 * Outcome probabilities at each value of a switch or choice: a heat map with outcomes as rows
 * and values as columns, the probability written in each cell. Rows have `value`, `outcome`
 * and `probability`; marks are named `cells` and `labels`.
 */
export function outcomeHeatSpec(
  rows: readonly Record<string, unknown>[],
  order: readonly string[],
  values: readonly string[],
  axisTitle: string,
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: rows as never },
    encoding: {
      x: { field: 'value', type: 'nominal', title: axisTitle, sort: [...values], axis: { labelAngle: 0 } },
      y: { field: 'outcome', type: 'nominal', title: 'Outcome', sort: [...order] },
    },
    layer: [
      {
        name: 'cells',
        mark: { type: 'rect' },
        encoding: {
          color: {
            field: 'probability',
            type: 'quantitative',
            title: 'Probability',
            // Viridis: ordered in lightness, readable under colour blindness and in grey print.
            scale: { scheme: 'viridis', domain: [0, 1], reverse: true },
            legend: { format: '.0%' },
          },
        },
      },
      {
        name: 'labels',
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          text: { field: 'probability', type: 'quantitative', format: '.1%' },
          color: { condition: { test: 'datum.probability > 0.5', value: '#fff' }, value: '#000' },
        },
      },
    ],
    config: { view: { step: 70 } },
  } as TopLevelSpec;
}
