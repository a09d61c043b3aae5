import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrisisSimError, defineScenario, mergeSummaries, runMonteCarlo, type Summary } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

const base = { runs: 240, seed: 'merge', parameters: { horizon: 25 } } as const;
const whole = runMonteCarlo(toyScenario, base);
const part = (start: number, end: number): Summary => runMonteCarlo(toyScenario, { ...base, runRange: [start, end] });

/** Cut points splitting [0, 240) into contiguous non-empty parts. */
const cuts = fc.uniqueArray(fc.integer({ min: 1, max: 239 }), { maxLength: 6 }).map((points) => [0, ...points.sort((a, b) => a - b), 240]);

describe('mergeSummaries', () => {
  it('merges any split, in any order and grouping, into the single-run summary', () => {
    fc.assert(
      fc.property(cuts, fc.nat(), (points, salt) => {
        const parts = points.slice(1).map((end, i) => part(points[i] as number, end));
        const shuffled = parts.map((summary, i) => ({ summary, key: (i * 7919 + salt) % 104729 })).sort((a, b) => a.key - b.key);
        const flat = mergeSummaries(shuffled.map((entry) => entry.summary));
        expect(flat).toEqual(whole);
        expect(JSON.stringify(flat)).toBe(JSON.stringify(whole));
        // Associativity: merge pairwise from the right.
        const nested = parts.reduceRight((acc, summary) => mergeSummaries([summary, acc]));
        expect(nested).toEqual(whole);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses summaries of different batches, naming the field', () => {
    const other = runMonteCarlo(toyScenario, { ...base, seed: 'other', runRange: [120, 240] });
    expect(() => mergeSummaries([part(0, 120), other])).toThrow(/seed differs/);
    const params = runMonteCarlo(toyScenario, { ...base, parameters: { horizon: 26 }, runRange: [120, 240] });
    expect(() => mergeSummaries([part(0, 120), params])).toThrow(/parameters hash differs/);
  });

  it('re-hashes parameters instead of trusting the manifest: an edited value is refused', () => {
    const edited = part(120, 240);
    edited.manifest = { ...edited.manifest, parameters: { ...edited.manifest.parameters, horizon: 26 } };
    expect(() => mergeSummaries([part(0, 120), edited], { labels: ['a.json', 'b.json'] })).toThrow(
      /cannot merge b\.json: its parameters hash to \w+, not to its parametersHash/,
    );
  });

  it('refuses summaries made by different code of the same scenario id and version', () => {
    const changed = defineScenario({ ...toyScenario, dynamics: () => undefined });
    const other = runMonteCarlo(changed, { ...base, runRange: [120, 240] });
    expect(other.manifest.scenarioVersion).toBe(whole.manifest.scenarioVersion);
    expect(() => mergeSummaries([part(0, 120), other])).toThrow(/made by different code of scenario toy-standoff 1\.0\.0/);
  });

  it('refuses runs counted twice', () => {
    try {
      mergeSummaries([part(0, 130), part(120, 240)], { labels: ['a.json', 'b.json'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CrisisSimError);
      expect((error as CrisisSimError).code).toBe('overlapping_runs');
      expect((error as CrisisSimError).message).toContain('runs 120-129');
      expect((error as CrisisSimError).message).toContain('a.json, b.json');
    }
  });
});
