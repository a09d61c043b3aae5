import { describe, expect, it } from 'vitest';
import { CrisisSimError, designPoints } from '../src/index.js';
import { toyParameters } from './fixtures/toy-scenario.js';

describe('designPoints', () => {
  it('builds the full factorial of a grid, last factor fastest', () => {
    const points = designPoints(toyParameters, {
      kind: 'grid',
      factors: [{ key: 'hawk.aggression', values: [0.1, 0.2] }, { key: 'council.rule' }],
    });
    expect(points).toEqual([
      { 'hawk.aggression': 0.1, 'council.rule': 'majority' },
      { 'hawk.aggression': 0.1, 'council.rule': 'consensus' },
      { 'hawk.aggression': 0.2, 'council.rule': 'majority' },
      { 'hawk.aggression': 0.2, 'council.rule': 'consensus' },
    ]);
  });

  it('refuses a grid over a range without steps', () => {
    expect(() => designPoints(toyParameters, { kind: 'grid', factors: [{ key: 'hawk.aggression' }] })).toThrow(
      /grid needs steps or values/,
    );
  });

  it('samples Latin hypercube and Sobol points within the ranges, whole numbers for integer parameters', () => {
    const factors = [{ key: 'hawk.attackThreshold' }, { key: 'dove.patience' }, { key: 'law.enabled' }];
    for (const design of [
      { kind: 'lhs' as const, factors, points: 40, seed: 3 },
      { kind: 'sobol' as const, factors, points: 40 },
    ]) {
      const points = designPoints(toyParameters, design);
      expect(points).toHaveLength(40);
      for (const point of points) {
        expect(point['hawk.attackThreshold']).toBeGreaterThanOrEqual(0.5);
        expect(point['hawk.attackThreshold']).toBeLessThanOrEqual(1);
        expect(Number.isInteger(point['dove.patience'])).toBe(true);
        expect(point['dove.patience']).toBeGreaterThanOrEqual(10);
        expect(point['dove.patience']).toBeLessThanOrEqual(60);
      }
      expect(new Set(points.map((point) => point['law.enabled']))).toEqual(new Set([false, true]));
    }
    const lhs = designPoints(toyParameters, { kind: 'lhs', factors, points: 40, seed: 3 });
    expect(designPoints(toyParameters, { kind: 'lhs', factors, points: 40, seed: 3 })).toEqual(lhs);
    expect(designPoints(toyParameters, { kind: 'lhs', factors, points: 40, seed: 4 })).not.toEqual(lhs);
  });

  it('refuses a bad number of points', () => {
    expect(() => designPoints(toyParameters, { kind: 'sobol', factors: [{ key: 'hawk.aggression' }], points: 0 })).toThrow(CrisisSimError);
    expect(() => designPoints(toyParameters, { kind: 'points', points: [] })).toThrow(/at least one point/);
  });
});
