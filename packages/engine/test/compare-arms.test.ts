import { describe, expect, it } from 'vitest';
import { CrisisSimError, compareArms } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('compareArms', () => {
  it('finds no difference between identical arms: every pair agrees', () => {
    const result = compareArms(toyScenario, { seed: 3, runs: 200, alternative: {} });
    for (const row of [...result.outcomes, ...result.indicators]) {
      expect(row.baseOnly).toBe(0);
      expect(row.alternativeOnly).toBe(0);
      expect(row.difference.estimate).toBe(0);
    }
    expect(result.outcomes.reduce((sum, row) => sum + row.base.count, 0)).toBe(200);
    for (const [from, row] of Object.entries(result.transitions)) {
      for (const [to, count] of Object.entries(row)) if (from !== to) expect(count).toBe(0);
    }
  });

  it('tabulates where runs went: rows add up to the base counts, columns to the alternative counts', () => {
    const result = compareArms(toyScenario, {
      seed: 3,
      runs: 300,
      base: { 'hawk.aggression': 0.05 },
      alternative: { 'hawk.aggression': 0.2 },
    });
    const ids = result.outcomes.map((row) => row.id);
    expect(Object.keys(result.transitions)).toEqual(ids);
    for (const row of result.outcomes) {
      const out = Object.values(result.transitions[row.id] ?? {}).reduce((sum, count) => sum + count, 0);
      const into = ids.reduce((sum, from) => sum + (result.transitions[from]?.[row.id] ?? 0), 0);
      expect(out).toBe(row.base.count);
      expect(into).toBe(row.alternative.count);
    }
    expect(result.transitions.standoff?.war).toBeGreaterThan(0);
  });

  it('detects that a more aggressive hawk makes war more likely', () => {
    const result = compareArms(toyScenario, {
      seed: 3,
      runs: 300,
      base: { 'hawk.aggression': 0.05 },
      alternative: { 'hawk.aggression': 0.2 },
    });
    const war = result.outcomes.find((row) => row.id === 'war');
    expect(war?.alternative.probability).toBeGreaterThan(war?.base.probability ?? 1);
    expect(war?.difference.low).toBeGreaterThan(0);
    expect(result.seed).toBe('3');
    expect(result.alternative['hawk.aggression']).toBe(0.2);
  });

  it('names the arm and key of bad overrides', () => {
    let caught: unknown;
    try {
      compareArms(toyScenario, { seed: 1, runs: 0, alternative: { 'hawk.aggression': 3 } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CrisisSimError);
    expect((caught as CrisisSimError).issues.map((issue) => issue.path.join('.'))).toEqual([
      'runs',
      'alternative.parameters.hawk.aggression',
    ]);
  });
});
