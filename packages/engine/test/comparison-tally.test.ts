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

  it('merges the counts of tallies of any split of the pairs, in any order and grouping, into the whole tally', () => {
    const keys = pairs.flatMap((pair, k) => pair.arms.map((_, arm) => [k, arm] as const));
    fc.assert(
      fc.property(
        fc.array(fc.nat(3), { minLength: keys.length, maxLength: keys.length }),
        fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        (groupOf, order, nested) => {
          // Split the pairs into four tallies (a block's each), then add them up in a shuffled order,
          // either straight into one tally or first pairwise ((a + b) + (c + d)).
          const parts = [0, 1, 2, 3].map(() => new ComparisonTally(plan));
          keys.forEach(([k, arm], i) => {
            const pair = pairs[k] as (typeof pairs)[number];
            parts[groupOf[i] as number]?.add(arm, pair.base, pair.arms[arm] as (typeof pair.arms)[number]);
          });
          const sequence = [...new Set([...order, 0, 1, 2, 3])].map((g) => parts[g] as ComparisonTally);
          const whole = new ComparisonTally(plan);
          if (nested) {
            const [a, b, c, d] = sequence as [ComparisonTally, ComparisonTally, ComparisonTally, ComparisonTally];
            expect(a.merge(b.counts()) && c.merge(d.counts())).toBe(true);
            expect(whole.merge(a.counts()) && whole.merge(c.counts())).toBe(true);
          } else for (const part of sequence) expect(whole.merge(part.counts())).toBe(true);
          expect(JSON.stringify(whole.result())).toBe(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses to merge counts that do not fit the plan, adding nothing', () => {
    const tally = new ComparisonTally(plan);
    const pair = pairs[0] as (typeof pairs)[number];
    tally.add(0, pair.base, pair.arms[0] as (typeof pair.arms)[number]);
    const good = tally.counts();
    const before = JSON.stringify(tally.result());
    const damaged = [
      { ...good, cells: good.cells.slice(1) },
      { ...good, cells: good.cells.map((table) => table.map(() => [1, 0, -1, 0])) },
      { ...good, cells: good.cells.map((table) => table.map(() => [0.5, 0, 0, 0])) },
      { ...good, transitions: good.transitions.map(() => ({})) },
    ];
    for (const counts of damaged) expect(tally.merge(counts)).toBe(false);
    expect(JSON.stringify(tally.result())).toBe(before);
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
