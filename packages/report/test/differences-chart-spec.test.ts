import { describe, expect, it } from 'vitest';
import { differencesChartSpec } from '../src/differences-chart-spec.js';
import { renderChart } from '../src/render-chart.js';

describe('differencesChartSpec', () => {
  const rows = (arms: readonly string[]) =>
    arms.flatMap((arm, a) =>
      ['Outcome: War', 'Indicator: Sanctions'].map((event, e) => ({ event, arm, difference: (a - e) * 0.1, low: -0.3, high: 0.3 })),
    );
  const render = (arms: readonly string[]) =>
    renderChart({
      id: 'differences',
      title: 'Differences',
      description: 'test',
      spec: differencesChartSpec(rows(arms), arms),
      table: { columns: ['Event'], rows: [] },
    });

  it('draws one estimate per arm and event, with a key only for several arms', async () => {
    const one = await render(['Alternative']);
    const three = await render(['Arm 1', 'Arm 2', 'Arm 3']);
    expect((one.match(/aria-roledescription="point"/g) ?? []).length).toBe(2);
    expect((three.match(/aria-roledescription="point"/g) ?? []).length).toBe(6);
    expect(one).not.toContain('aria-label="Symbol legend');
    expect(three).toContain('aria-label="Symbol legend');
  });

  it('keeps the arms in the order given', () => {
    const spec = JSON.stringify(differencesChartSpec(rows(['B', 'A']), ['B', 'A']));
    expect(spec).toContain(JSON.stringify(['B', 'A']));
  });
});
