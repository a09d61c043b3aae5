import { describe, expect, it } from 'vitest';
import { reliabilityTable } from '../src/reliability-table.js';

describe('reliabilityTable', () => {
  it('bins forecasts and gives each bin its mean forecast and observed rate', () => {
    const table = reliabilityTable([0.05, 0.15, 0.1, 0.95, 1], [false, true, false, true, true], 2);
    expect(table.map((bin) => [bin.low, bin.high, bin.count, bin.observedRate])).toEqual([
      [0, 0.5, 3, 1 / 3],
      [0.5, 1, 2, 1],
    ]);
    expect(table[0]?.meanForecast).toBeCloseTo(0.1, 12);
    expect(table[1]?.meanForecast).toBeCloseTo(0.975, 12);
    expect(reliabilityTable([], [], 3).every((bin) => bin.count === 0 && bin.observedRate === null)).toBe(true);
  });
});
