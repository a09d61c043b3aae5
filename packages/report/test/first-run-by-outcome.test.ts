import { runMonteCarlo, runScenario } from '@crisis-sim/engine';
import { planMonteCarlo, runParameters } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import { firstRunByOutcome } from '../src/first-run-by-outcome.js';
import { scenario } from './fixtures/strait.js';

describe('firstRunByOutcome', () => {
  it('finds, for each outcome the batch reached, the lowest run index that ended in it, replayed with its trace', () => {
    for (const uncertainty of ['none', 'priors'] as const) {
      const summary = runMonteCarlo(scenario, { runs: 300, seed: 'n', uncertainty, parameters: { 'talks.format': 'shuttle' } });
      const found = firstRunByOutcome(scenario, summary);
      const reached = Object.entries(summary.outcomes).filter(([, count]) => count > 0);
      expect([...found.keys()].sort()).toEqual(reached.map(([id]) => id).sort());
      const plan = planMonteCarlo(scenario, { runs: 300, seed: 'n', uncertainty, parameters: { 'talks.format': 'shuttle' } });
      const outcomeOf = (runIndex: number) =>
        runScenario(scenario, runParameters(scenario, plan, runIndex) as never, {
          seed: 'n',
          runIndex,
          mode: 'batch',
          checkInvariants: false,
        }).outcome;
      for (const [outcome, result] of found) {
        expect(result.outcome).toBe(outcome);
        expect(result.trace?.snapshots.length).toBeGreaterThan(0);
        for (let earlier = 0; earlier < result.runIndex; earlier++) expect(outcomeOf(earlier)).not.toBe(outcome);
      }
    }
  });

  it('finds nothing when the manifest does not reproduce its parameter hash', () => {
    const summary = runMonteCarlo(scenario, { runs: 20, seed: 1 });
    expect(firstRunByOutcome(scenario, { ...summary, manifest: { ...summary.manifest, parametersHash: 'other' } }).size).toBe(0);
  });

  it('stops searching after the limit', () => {
    const summary = runMonteCarlo(scenario, { runs: 200, seed: 1 });
    const found = firstRunByOutcome(scenario, summary, 1);
    expect(found.size).toBe(1);
    expect([...found.values()][0]?.runIndex).toBe(0);
  });
});
