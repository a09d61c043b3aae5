import { describe, expect, it } from 'vitest';
import { pointsText } from '../src/points-text.js';

describe('pointsText', () => {
  it('signs a difference in percentage points and never writes -0.0', () => {
    expect(pointsText(0.025)).toBe('+2.5 pts');
    expect(pointsText(-0.1234)).toBe('-12.3 pts');
    expect(pointsText(0)).toBe('0.0 pts');
    expect(pointsText(-0.0001)).toBe('0.0 pts');
  });
});
