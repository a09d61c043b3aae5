import { describe, expect, it } from 'vitest';
import { discoverFromRecords, discoverScenarios, type RunRecord, runMonteCarlo } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('discoverScenarios', () => {
  it('finds that a deal needs a calm hawk and a patient dove, from runs with parameters drawn from priors', () => {
    const result = discoverScenarios(toyScenario, { target: 'outcome:deal', runs: 1500, seed: 'discover' });
    expect(result.inputs).toEqual(['hawk.aggression', 'hawk.attackThreshold', 'dove.patience']);
    const limits = Object.fromEntries(result.chosen.limits.map((limit) => [limit.name, limit]));
    expect(limits['hawk.aggression']?.high).toBeLessThan(0.3);
    expect(limits['dove.patience']?.low).toBeGreaterThan(30);
    expect(result.chosen.density).toBeGreaterThan(3 * result.baseRate);
    expect(result.description).toMatch(
      /^deal is \d+\.\dx as likely when hawk\.aggression is at most 0\.\d+ and dove\.patience is at least \d+ \(/,
    );
  });

  it('gives the same result from records in any order', () => {
    const records: RunRecord[] = [];
    runMonteCarlo(toyScenario, { runs: 300, seed: 3, uncertainty: 'priors', onRecord: (record) => records.push(record) });
    const forward = discoverFromRecords(toyScenario, records, { target: 'indicator:attack' });
    expect(discoverFromRecords(toyScenario, records.slice().reverse(), { target: 'indicator:attack' })).toEqual(forward);
    expect(discoverScenarios(toyScenario, { target: 'indicator:attack', runs: 300, seed: 3 })).toEqual(forward);
  });
});
