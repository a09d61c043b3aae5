import { describe, expect, it } from 'vitest';
import { describeBox } from '../src/describe-box.js';

describe('describeBox', () => {
  it('states the ratio to the base rate and every restriction in words', () => {
    const box = {
      limits: [
        { name: 'senate', low: 0.61234, high: null },
        { name: 'patience', low: null, high: 20 },
        { name: 'law', low: 1, high: null },
        { name: 'cost', low: 2, high: 5 },
      ],
      coverage: 0.63,
      density: 0.44,
      mass: 0.15,
      count: 150,
    };
    expect(describeBox('war', box, 0.11, { booleans: ['law'] })).toBe(
      'war is 4.0x as likely when senate is at least 0.612 and patience is at most 20 and law is true and cost is from 2 to 5 ' +
        '(44% of runs in the box vs 11% of all runs; the box holds 15% of runs and 63% of war runs)',
    );
  });

  it('says so when no box narrows the space', () => {
    expect(describeBox('war', { limits: [], coverage: 1, density: 0.1, mass: 1, count: 10 }, 0.1)).toMatch(
      /1.0x as likely across the whole space/,
    );
  });
});
