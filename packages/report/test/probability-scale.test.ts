import { describe, expect, it } from 'vitest';
import { probabilityScale } from '../src/probability-scale.js';
import { renderChart } from '../src/render-chart.js';

describe('probabilityScale', () => {
  it('names the field and title it is given', () => {
    const channel = probabilityScale('density', 'Density in the box (%)');
    expect(channel.field).toBe('density');
    expect(channel.title).toBe('Density in the box (%)');
  });

  it('spans 0% to 100% whatever the data, labelled in percent', async () => {
    const html = await renderChart({
      id: 'shares',
      title: 'Shares',
      description: 'test',
      spec: {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        data: {
          values: [
            { name: 'a', share: 0.1 },
            { name: 'b', share: 0.25 },
          ],
        },
        mark: 'bar',
        encoding: { y: { field: 'name', type: 'nominal' }, x: probabilityScale('share', 'Share of runs (%)') },
      },
      table: { columns: ['Name'], rows: [] },
    });
    // Data reach only 25%: the axis still runs to 100%, so charts side by side compare.
    expect(html).toContain('>100%<');
    expect(html).toContain('>0%<');
    expect(html).toContain('Share of runs (%)');
    expect(html).not.toContain('>0.25<');
  });
});
