import { describe, expect, it } from 'vitest';
import { CrisisSimError, compareAlternatives, compareArms, mergeArmsComparisons } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('mergeArmsComparisons', () => {
  const options = { seed: 7, base: { 'hawk.aggression': 0.05 }, alternative: { 'hawk.aggression': 0.2 } };

  it('merges consecutive ranges, in any order, into the comparison of the whole range', () => {
    const whole = compareArms(toyScenario, { ...options, runs: 120 });
    const parts = [compareArms(toyScenario, { ...options, runs: 50, firstRun: 70 }), compareArms(toyScenario, { ...options, runs: 70 })];
    expect(mergeArmsComparisons(parts)).toEqual(whole);
  });

  it('merges the arms of several-arm comparisons too', () => {
    const alternatives = [{ name: 'hot', parameters: { 'hawk.aggression': 0.2 } }];
    const whole = compareAlternatives(toyScenario, { seed: 7, runs: 60, alternatives });
    const a = compareAlternatives(toyScenario, { seed: 7, runs: 25, alternatives });
    const b = compareAlternatives(toyScenario, { seed: 7, runs: 35, firstRun: 25, alternatives });
    expect(mergeArmsComparisons([a.arms[0], b.arms[0]].filter((arm) => arm !== undefined))).toEqual(whole.arms[0]);
  });

  it('refuses overlaps, gaps and different arms', () => {
    const a = compareArms(toyScenario, { ...options, runs: 50 });
    expect(() => mergeArmsComparisons([a, compareArms(toyScenario, { ...options, runs: 10, firstRun: 40 })])).toThrow(/overlap/);
    expect(() => mergeArmsComparisons([a, compareArms(toyScenario, { ...options, runs: 10, firstRun: 60 })])).toThrow(/gap after run 49/);
    expect(() => mergeArmsComparisons([a, compareArms(toyScenario, { ...options, seed: 8, runs: 10, firstRun: 50 })])).toThrow(
      CrisisSimError,
    );
  });
});
