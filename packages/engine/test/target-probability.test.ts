import { describe, expect, it } from 'vitest';
import { describeSummary, runMonteCarlo } from '../src/index.js';
import { targetProbability } from '../src/target-probability.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('targetProbability', () => {
  it('agrees with the summary report for outcomes and indicators', () => {
    const summary = runMonteCarlo(toyScenario, { runs: 200, seed: 4 });
    const report = describeSummary(summary);
    expect(targetProbability(summary, { outcome: 'war' })).toBe(report.outcomes.find((o) => o.id === 'war')?.probability);
    expect(targetProbability(summary, { indicator: 'sanctions' })).toBe(report.indicators.find((i) => i.id === 'sanctions')?.probability);
  });
});
