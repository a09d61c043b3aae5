import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAlternatives, runScenario } from '../src/index.js';
import { ComparisonTally, planComparison } from '../src/internal.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('ComparisonTally', () => {
  const options = {
    seed: 'tally',
    runs: 60,
    alternatives: [
      { name: 'calmer', parameters: { 'hawk.aggression': 0.02 } },
      { name: 'consensus', parameters: { 'council.rule': 'consensus' } },
    ],
  };
  const plan = planComparison(toyScenario, options);
  const run = (values: Readonly<Record<string, unknown>>, runIndex: number) =>
    runScenario(toyScenario, values as never, { seed: plan.seed, runIndex, mode: 'batch', checkInvariants: true, recordEvents: false });
  const pairs = Array.from({ length: options.runs }, (_, runIndex) => ({
    base: run(plan.base, runIndex),
    arms: plan.arms.map((arm) => run(arm.values, runIndex)),
  }));
  const expected = JSON.stringify(compareAlternatives(toyScenario, options));

  it('gives compareAlternatives byte for byte whatever order the pairs come in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          pairs.flatMap((pair, k) => pair.arms.map((_, arm) => [k, arm] as const)),
          { minLength: pairs.length * 2 },
        ),
        (order) => {
          const tally = new ComparisonTally(plan);
          for (const [k, arm] of order) {
            const pair = pairs[k] as (typeof pairs)[number];
            tally.add(arm, pair.base, pair.arms[arm] as (typeof pair.arms)[number]);
          }
          expect(JSON.stringify(tally.result())).toBe(expected);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('counts a pair where only the arm had an outcome as alternativeOnly, and its transition', () => {
    const tally = new ComparisonTally(plan);
    const [from, to] = plan.outcomeIds as [string, string];
    tally.add(0, { outcome: from, indicators: {} }, { outcome: to, indicators: {} });
    const arm = tally.result().arms[0];
    expect(arm?.outcomes.find((row) => row.id === to)).toMatchObject({ alternativeOnly: 1, baseOnly: 0 });
    expect(arm?.outcomes.find((row) => row.id === from)).toMatchObject({ alternativeOnly: 0, baseOnly: 1 });
    expect(arm?.transitions[from]?.[to]).toBe(1);
  });
});
