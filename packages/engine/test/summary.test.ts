import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrisisSimError } from '../src/index.js';
import { planMonteCarlo } from '../src/plan-monte-carlo.js';
import { addRunToSummary, createSummary } from '../src/summary.js';
import { toyScenario } from './fixtures/toy-scenario.js';

const plan = planMonteCarlo(toyScenario, { runs: 100, seed: 1 });
const empty = () => createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds);
const tally = (runIndex: number, day: number | null) => ({ runIndex, outcome: 'war', indicators: { attack: day, sanctions: null } });

describe('addRunToSummary', () => {
  it('records any order of distinct runs as one coalesced set of ranges', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(99), { maxLength: 60 }), (indices) => {
        const summary = empty();
        for (const index of indices) addRunToSummary(summary, tally(index, index % 7));
        const sorted = [...indices].sort((a, b) => a - b);
        const covered = summary.manifest.ranges.flatMap(([start, end]) => Array.from({ length: end - start }, (_, i) => start + i));
        expect(covered).toEqual(sorted);
        expect(summary.runs).toBe(indices.length);
        expect(summary.indicators.attack?.days.reduce((a, b) => a + b, 0)).toBe(indices.length);
        expect(summary.indicators.sanctions?.never).toBe(indices.length);
      }),
    );
  });

  it('refuses a run counted twice and an unknown outcome', () => {
    const summary = empty();
    addRunToSummary(summary, tally(3, 1));
    expect(() => addRunToSummary(summary, tally(3, 1))).toThrow(CrisisSimError);
    expect(() => addRunToSummary(summary, { runIndex: 4, outcome: 'peace', indicators: {} })).toThrow(/unknown outcome peace/);
  });
});
