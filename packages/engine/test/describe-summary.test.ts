import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSummary, mergeSummaries, runMonteCarlo } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

const options = { runs: 400, seed: 9, parameters: { horizon: 30 } } as const;
const whole = runMonteCarlo(toyScenario, options);

describe('describeSummary', () => {
  it('gives probabilities that add up to 1, inside their intervals', () => {
    const report = describeSummary(whole);
    expect(report.outcomes.reduce((sum, outcome) => sum + outcome.probability, 0)).toBeCloseTo(1, 12);
    for (const estimate of [...report.outcomes, ...report.indicators]) {
      expect(estimate.interval.low).toBeLessThanOrEqual(estimate.probability);
      expect(estimate.interval.high).toBeGreaterThanOrEqual(estimate.probability);
    }
  });

  it('ends each cumulative curve at the probability by the horizon, with the median inside the 10-90% days', () => {
    for (const indicator of describeSummary(whole).indicators) {
      if (indicator.count === 0) continue;
      expect(indicator.cumulative.at(-1)).toBeCloseTo(indicator.probability, 12);
      const { p10, median, p90 } = indicator.firstDay;
      expect(p10).not.toBeNull();
      expect(median as number).toBeGreaterThanOrEqual(p10 as number);
      expect(p90 as number).toBeGreaterThanOrEqual(median as number);
    }
  });

  it('gives every indicator one cumulative entry per day of the horizon, the last day included', () => {
    for (const indicator of describeSummary(whole).indicators) {
      expect(indicator.cumulative).toHaveLength(30);
      expect(indicator.cumulative[29]).toBeCloseTo(indicator.probability, 12);
    }
    // An indicator that never happened still has a full curve of zeros.
    const quiet = runMonteCarlo(toyScenario, { runs: 5, seed: 9, parameters: { horizon: 5 } });
    for (const indicator of describeSummary(quiet).indicators) expect(indicator.cumulative).toHaveLength(5);
  });

  it('is the same for a merged summary as for the single run, and names missing runs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 399 }), (cut) => {
        const first = runMonteCarlo(toyScenario, { ...options, runRange: [0, cut] });
        const second = runMonteCarlo(toyScenario, { ...options, runRange: [cut, 400] });
        expect(describeSummary(mergeSummaries([second, first]))).toEqual(describeSummary(whole));
        expect(describeSummary(second).missing).toEqual([[0, cut]]);
      }),
      { numRuns: 5 },
    );
  });
});
