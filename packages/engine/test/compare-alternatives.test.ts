import { describe, expect, it } from 'vitest';
import { CrisisSimError, compareAlternatives, compareArms } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('compareAlternatives', () => {
  it('gives each arm exactly what a two-arm comparison gives it, on the same runs', () => {
    const base = { 'hawk.aggression': 0.1 };
    const alternatives = [
      { name: 'calmer', parameters: { 'hawk.aggression': 0.02 } },
      { name: 'consensus', parameters: { 'hawk.aggression': 0.1, 'council.rule': 'consensus' } },
      { name: 'no-law', parameters: { 'hawk.aggression': 0.1, 'law.enabled': false } },
    ];
    const result = compareAlternatives(toyScenario, { seed: 'arms', runs: 150, base, alternatives });
    expect(result.arms.map((arm) => arm.name)).toEqual(['calmer', 'consensus', 'no-law']);
    for (const [i, arm] of result.arms.entries()) {
      const { name, ...comparison } = arm;
      expect(name).toBe(alternatives[i]?.name);
      expect(comparison).toEqual(
        compareArms(toyScenario, { seed: 'arms', runs: 150, base, alternative: alternatives[i]?.parameters ?? {} }),
      );
    }
  });

  it('names the arm of a bad override, and refuses repeated names and no arms', () => {
    try {
      compareAlternatives(toyScenario, {
        seed: 1,
        runs: 10,
        alternatives: [
          { name: 'a', parameters: {} },
          { name: 'a', parameters: { 'hawk.aggression': 5 } },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CrisisSimError);
      expect((error as CrisisSimError).issues.map((issue) => issue.path.join('.'))).toEqual([
        'alternatives.1.name',
        'alternatives.1.parameters.hawk.aggression',
      ]);
    }
    expect(() => compareAlternatives(toyScenario, { seed: 1, runs: 10, alternatives: [] })).toThrow(/at least one alternative/);
  });
});
