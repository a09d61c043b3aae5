import { describe, expect, it } from 'vitest';
import { CrisisSimError } from '../src/index.js';
import { planEnsemble } from '../src/plan-ensemble.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('planEnsemble', () => {
  const grid = { kind: 'grid' as const, factors: [{ key: 'hawk.aggression', values: [0.1, 0.2, 0.4] }] };

  it('derives each point seed from its values, never its position', () => {
    const plan = planEnsemble(toyScenario, { design: grid, runs: 10, seed: 5 });
    const reordered = planEnsemble(toyScenario, {
      design: { kind: 'points', points: [{ 'hawk.aggression': 0.4 }, { 'hawk.aggression': 0.9 }, { 'hawk.aggression': 0.1 }] },
      runs: 10,
      seed: 5,
    });
    expect(reordered.points[0]?.seed).toBe(plan.points[2]?.seed);
    expect(reordered.points[2]?.seed).toBe(plan.points[0]?.seed);
    expect(new Set(plan.points.map((point) => point.seed)).size).toBe(3);
    expect(plan.points[0]?.seed).toMatch(/^5\/[0-9a-f]{14}$/);
    expect(plan.points[0]?.plan.manifest.seed).toBe(plan.points[0]?.seed);
  });

  it('gives every point the master seed under common random numbers', () => {
    const plan = planEnsemble(toyScenario, { design: grid, runs: 10, seed: 5, streams: 'common' });
    expect(plan.points.map((point) => point.seed)).toEqual(['5', '5', '5']);
    expect(plan.keys).toEqual(['hawk.aggression']);
  });

  it('names the point of a value the scenario refuses', () => {
    try {
      planEnsemble(toyScenario, {
        design: { kind: 'points', points: [{ 'hawk.aggression': 0.1 }, { 'hawk.aggression': 3 }] },
        runs: 10,
        seed: 1,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CrisisSimError);
      expect((error as CrisisSimError).issues[0]?.path.slice(0, 2)).toEqual(['points', 1]);
    }
    expect(() => planEnsemble(toyScenario, { design: grid, runs: 10, seed: 1, streams: 'shared' as never })).toThrow(/per-point or common/);
  });
});
