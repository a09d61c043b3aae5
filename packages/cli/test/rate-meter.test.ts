import { describe, expect, it } from 'vitest';
import { createRateMeter } from '../src/rate-meter.js';

describe('createRateMeter', () => {
  it('gives no rate or ETA until it has measured runs done in this process', () => {
    const meter = createRateMeter();
    expect(meter.update(0, 1000, 5_000)).toEqual({ rate: undefined, etaSeconds: undefined });
    expect(meter.update(0, 1000, 6_000)).toEqual({ rate: undefined, etaSeconds: undefined });
    expect(meter.update(100, 1000, 7_000)).toEqual({ rate: 50, etaSeconds: 18 });
  });

  it('does not count runs resumed from a checkpoint as speed', () => {
    const meter = createRateMeter();
    // Resumed at 400,000 of 1,000,000: the first update already counts them.
    expect(meter.update(400_000, 1_000_000, 0).rate).toBeUndefined();
    const reading = meter.update(410_000, 1_000_000, 2_000);
    expect(reading.rate).toBe(5_000);
    expect(reading.etaSeconds).toBe(118);
  });
});
