import { describe, expect, it } from 'vitest';
import { armsTable } from '../src/arms-table.js';

describe('armsTable', () => {
  it('gives one row per arm and outcome, in percent with the interval', () => {
    const table = armsTable([
      { outcome: 'War', arm: 'Base', count: 120, probability: 0.12, low: 0.101, high: 0.142 },
      { outcome: 'War', arm: 'Alternative', count: 80, probability: 0.08, low: 0.065, high: 0.098 },
    ]);
    expect(table.columns).toEqual(['Outcome', 'Arm', 'Runs', 'Probability', '95% interval']);
    expect(table.rows).toHaveLength(2);
    expect(table.rows[1]?.slice(0, 3)).toEqual(['War', 'Alternative', '80']);
    expect(table.rows[0]?.[3]).toBe('12.0%');
    expect(table.rows[0]?.[4]).toBe('10.1% to 14.2%');
    expect(table.numeric).toEqual([2, 3, 4]);
  });
});
