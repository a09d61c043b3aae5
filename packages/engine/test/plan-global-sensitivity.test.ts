import { describe, expect, it } from 'vitest';
import { planGlobalSensitivity } from '../src/plan-global-sensitivity.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('planGlobalSensitivity', () => {
  it('varies the number parameters with priors over their prior ranges, on common random numbers', () => {
    const plan = planGlobalSensitivity(toyScenario, { method: 'morris', target: 'outcome:war', runs: 20, seed: 1, trajectories: 4 });
    expect(plan.factors.map((factor) => factor.key)).toEqual(['hawk.aggression', 'hawk.attackThreshold', 'dove.patience']);
    expect(plan.ensemble.points).toHaveLength(4 * 4);
    expect(new Set(plan.ensemble.points.map((point) => point.seed))).toEqual(new Set(['1']));
    for (const point of plan.ensemble.points) {
      expect(point.values['hawk.attackThreshold']).toBeGreaterThanOrEqual(0.5);
      expect(point.plan.values['council.rule']).toBe('majority');
    }
  });

  it('holds parameters given values and plans N (k + 2) points for Sobol', () => {
    const plan = planGlobalSensitivity(toyScenario, {
      method: 'sobol',
      target: { indicator: 'attack' },
      runs: 10,
      seed: 1,
      samples: 8,
      parameters: { 'dove.patience': 20 },
    });
    expect(plan.factors.map((factor) => factor.key)).toEqual(['hawk.aggression', 'hawk.attackThreshold']);
    expect(plan.ensemble.points).toHaveLength(8 * 4);
    expect(plan.ensemble.points[0]?.plan.values['dove.patience']).toBe(20);
  });

  it('varies every number parameter not held with keys: all, over its whole range when it has no prior', () => {
    const plan = planGlobalSensitivity(toyScenario, {
      method: 'morris',
      target: 'outcome:war',
      runs: 5,
      seed: 1,
      trajectories: 2,
      keys: 'all',
    });
    expect(plan.factors.map((factor) => [factor.key, factor.min, factor.max])).toEqual([
      ['hawk.aggression', 0, 1],
      ['hawk.attackThreshold', 0.5, 1],
      ['dove.patience', 10, 60],
      ['horizon', 5, 365],
    ]);
    const held = planGlobalSensitivity(toyScenario, {
      method: 'morris',
      target: 'outcome:war',
      runs: 5,
      seed: 1,
      trajectories: 2,
      keys: 'all',
      parameters: { horizon: 30 },
    });
    expect(held.factors.map((factor) => factor.key)).not.toContain('horizon');
  });

  it('refuses choice keys, unknown targets and methods', () => {
    expect(() =>
      planGlobalSensitivity(toyScenario, { method: 'morris', target: 'outcome:war', runs: 5, seed: 1, keys: ['council.rule'] }),
    ).toThrow(/number parameters only/);
    expect(() => planGlobalSensitivity(toyScenario, { method: 'morris', target: 'outcome:peace', runs: 5, seed: 1 })).toThrow(
      /unknown outcome/,
    );
    expect(() => planGlobalSensitivity(toyScenario, { method: 'fast' as never, target: 'outcome:war', runs: 5, seed: 1 })).toThrow(
      /morris or sobol/,
    );
  });
});
