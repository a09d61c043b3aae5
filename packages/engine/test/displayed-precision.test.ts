import { describe, expect, it } from 'vitest';
import { displayedPrecision } from '../src/displayed-precision.js';

describe('displayedPrecision', () => {
  it('is half a unit in the last printed decimal', () => {
    expect(displayedPrecision(52)).toBe(0.5);
    expect(displayedPrecision(0.35)).toBeCloseTo(0.005, 15);
    expect(displayedPrecision(-1.5)).toBeCloseTo(0.05, 15);
    expect(displayedPrecision(1e-7)).toBeCloseTo(5e-8, 20);
    expect(displayedPrecision(2.5e-7)).toBeCloseTo(5e-9, 20);
  });
});
