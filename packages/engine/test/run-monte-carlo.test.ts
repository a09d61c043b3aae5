import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestHalfWidth } from '../src/describe-summary.js';
import { CrisisSimError, deriveRunSeed, describeSummary, type RunRecord, runMonteCarlo, simulate } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

const base = { seed: 5, parameters: { horizon: 20 } } as const;

describe('runMonteCarlo', () => {
  it('counts every run once and agrees with simulate run by run', () => {
    const records: RunRecord[] = [];
    const summary = runMonteCarlo(toyScenario, { ...base, runs: 150, onRecord: (record) => records.push(record) });
    expect(summary.runs).toBe(150);
    expect(summary.manifest.ranges).toEqual([[0, 150]]);
    expect(records.map((record) => record.runIndex)).toEqual(Array.from({ length: 150 }, (_, i) => i));
    const outcomes: Record<string, number> = {};
    for (const record of records) {
      const single = simulate(toyScenario, { seed: 5, runIndex: record.runIndex, parameters: { horizon: 20 } });
      expect(record.outcome).toBe(single.outcome);
      expect(record.indicators).toEqual(single.indicators);
      expect(record.runSeed).toBe(deriveRunSeed(5, record.runIndex));
      outcomes[record.outcome] = (outcomes[record.outcome] ?? 0) + 1;
    }
    for (const [id, count] of Object.entries(summary.outcomes)) expect(count).toBe(outcomes[id] ?? 0);
    const attackDays = records.flatMap((record) => (record.indicators.attack == null ? [] : [record.indicators.attack]));
    expect(summary.indicators.attack?.never).toBe(150 - attackDays.length);
  });

  it('draws parameters per run from their priors, on streams that do not depend on the batch', () => {
    const records: RunRecord[] = [];
    runMonteCarlo(toyScenario, {
      ...base,
      runs: 200,
      uncertainty: 'priors',
      parameters: { horizon: 20, 'hawk.attackThreshold': 0.9 },
      onRecord: (record) => records.push(record),
    });
    const keys = new Set(records.flatMap((record) => Object.keys(record.parameters)));
    // The user's value is held; parameters without a prior (horizon, law.enabled) are never drawn.
    expect([...keys].sort()).toEqual(['council.rule', 'dove.patience', 'hawk.aggression']);
    const patience = new Set(records.map((record) => record.parameters['dove.patience']));
    expect(patience.size).toBeGreaterThan(5);
    for (const record of records) {
      expect(Number.isInteger(record.parameters['dove.patience'])).toBe(true);
      expect(record.parameters['hawk.aggression']).toBeGreaterThanOrEqual(0);
      expect(record.parameters['hawk.aggression']).toBeLessThanOrEqual(1);
    }
    const again: RunRecord[] = [];
    runMonteCarlo(toyScenario, {
      ...base,
      runs: 200,
      uncertainty: 'priors',
      parameters: { horizon: 20, 'hawk.attackThreshold': 0.9 },
      runRange: [150, 200],
      onRecord: (record) => again.push(record),
    });
    expect(again).toEqual(records.slice(150));
  });

  it('stops at the first 1,000-run boundary where every half-width is below the target', () => {
    const summary = runMonteCarlo(toyScenario, { ...base, stop: { ciHalfWidth: 0.02, maxRuns: 20_000 } });
    expect(summary.runs % 1000).toBe(0);
    expect(largestHalfWidth(summary)).toBeLessThan(0.02);
    if (summary.runs > 1000) {
      const before = runMonteCarlo(toyScenario, { ...base, runs: 20_000, runRange: [0, summary.runs - 1000] });
      expect(largestHalfWidth(before)).toBeGreaterThanOrEqual(0.02);
    }
    expect(describeSummary(summary).missing).toEqual([]);
  });

  it('stops at maxRuns when the target is out of reach', () => {
    const summary = runMonteCarlo(toyScenario, { ...base, stop: { ciHalfWidth: 0.001, maxRuns: 1500 } });
    expect(summary.runs).toBe(1500);
  });

  it('resumes from a summary of a first part and ends identical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (cut) => {
        const options = { ...base, runs: 300 };
        const first = cut === 0 ? undefined : runMonteCarlo(toyScenario, { ...options, runRange: [0, cut] });
        const resumed = runMonteCarlo(toyScenario, first === undefined ? options : { ...options, resume: first });
        expect(resumed).toEqual(runMonteCarlo(toyScenario, options));
      }),
      { numRuns: 8 },
    );
  });

  it('reports progress after each block', () => {
    const seen: number[] = [];
    runMonteCarlo(toyScenario, { ...base, runs: 2500, onProgress: ({ done, total }) => seen.push(done / total) });
    expect(seen).toEqual([0.4, 0.8, 1]);
  });

  it('keeps the summary the same size however many runs it counts', () => {
    const small = JSON.stringify(runMonteCarlo(toyScenario, { ...base, runs: 2000 }));
    const large = JSON.stringify(runMonteCarlo(toyScenario, { ...base, runs: 8000 }));
    // Counts gain digits; the structure (one slot per outcome and per indicator-day) does not grow.
    expect(large.length).toBeLessThan(small.length * 1.2);
  });

  it.each([
    [{ runs: 0 }, 'runs'],
    [{ runs: -3 }, 'runs'],
    [{ runs: 2.5 }, 'runs'],
    [{ runs: 10, seed: -1 }, 'seed'],
    [{ runs: 10, shard: '4/3' }, 'shard'],
    [{ runs: 3, shard: '1/4' }, 'shard'],
    [{ runs: 10, runRange: [5, 20] }, 'runRange'],
    [{ runs: 10, stop: { ciHalfWidth: 0.01, maxRuns: 100 } }, 'runs'],
    [{ stop: { ciHalfWidth: 0, maxRuns: 100 } }, 'stop'],
    [{ runs: 10, uncertainty: 'some' }, 'uncertainty'],
    [{ runs: 10, parameters: { 'hawk.agression': 0.5 } }, 'parameters'],
  ])('refuses %j naming %s', (options, field) => {
    try {
      runMonteCarlo(toyScenario, { seed: 1, ...(options as object) } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CrisisSimError);
      expect((error as CrisisSimError).issues.map((issue) => issue.path[0])).toContain(field);
    }
  });

  it('refuses to resume from a checkpoint of another batch', () => {
    const other = runMonteCarlo(toyScenario, { ...base, seed: 6, runs: 100, runRange: [0, 50] });
    expect(() => runMonteCarlo(toyScenario, { ...base, runs: 100, resume: other })).toThrow(/seed is 6/);
  });
});
