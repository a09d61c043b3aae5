import { describe, expect, it } from 'vitest';
import { armsChartSpec } from '../src/arms-chart-spec.js';
import { PALETTE } from '../src/palette.js';
import { renderChart } from '../src/render-chart.js';

describe('armsChartSpec', () => {
  const rows = ['Base', 'Alternative', 'Arm 3'].flatMap((arm, a) =>
    ['War', 'Peace'].map((outcome, o) => ({ arm, outcome, probability: (a + 1) * (o + 1) * 0.1, low: 0, high: 1 })),
  );

  it('colours the arms in their order from the palette', () => {
    const spec = JSON.stringify(armsChartSpec(rows, ['War', 'Peace'], ['Base', 'Alternative', 'Arm 3']));
    expect(spec).toContain(JSON.stringify(['Base', 'Alternative', 'Arm 3']));
    expect(spec).toContain(JSON.stringify(PALETTE[0]));
  });

  it('draws one bar per arm and outcome', async () => {
    const html = await renderChart({
      id: 'outcomes',
      title: 'Outcomes',
      description: 'test',
      spec: armsChartSpec(rows, ['War', 'Peace'], ['Base', 'Alternative', 'Arm 3']),
      table: { columns: ['Arm'], rows: [] },
    });
    expect((html.match(/aria-roledescription="bar"/g) ?? []).length).toBe(6);
  });
});
