import { describe, expect, it } from 'vitest';
import { oneAtATimeSensitivity } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('oneAtATimeSensitivity', () => {
  it('ranks the parameters that drive war first, largest effect first', () => {
    const rows = oneAtATimeSensitivity(toyScenario, { target: { outcome: 'war' }, runs: 200, seed: 2, parameters: { horizon: 60 } });
    expect(rows[0]?.key).toBe('hawk.aggression');
    expect(rows[0]?.effect.low).toBeGreaterThan(0);
    for (let i = 1; i < rows.length; i++)
      expect(Math.abs(rows[i - 1]?.effect.estimate ?? 0)).toBeGreaterThanOrEqual(Math.abs(rows[i]?.effect.estimate ?? 0));
    // Choices are skipped; switches go from false to true.
    expect(rows.map((row) => row.key)).not.toContain('council.rule');
    expect(rows.find((row) => row.key === 'law.enabled')).toMatchObject({ low: false, high: true });
  });

  it('finds no effect of a parameter the target does not depend on', () => {
    const rows = oneAtATimeSensitivity(toyScenario, { target: { outcome: 'war' }, runs: 100, seed: 2, keys: ['law.enabled'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.effect.estimate).toBe(0);
  });

  it('rejects an unknown target', () => {
    expect(() => oneAtATimeSensitivity(toyScenario, { target: { indicator: 'invasion' }, runs: 10, seed: 1 })).toThrow(
      /unknown indicator invasion; known: attack/,
    );
  });

  it('takes the target written outcome:ID as the command line gives it', () => {
    const written = oneAtATimeSensitivity(toyScenario, { target: 'outcome:war', runs: 50, seed: 2, keys: ['hawk.aggression'] });
    expect(written).toEqual(
      oneAtATimeSensitivity(toyScenario, { target: { outcome: 'war' }, runs: 50, seed: 2, keys: ['hawk.aggression'] }),
    );
  });
});
