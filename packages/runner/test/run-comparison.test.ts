import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrisisSimError, compareAlternatives, compareArms } from '@crisis-sim/engine';
import { planComparison } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import {
  loadScenario,
  mergePlanShards,
  runAlternatives,
  runComparison,
  runComparisonShard,
  scenarioModuleSource,
  writePlansCheckpoint,
} from '../src/index.js';

const source = scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname);
const scenario = await loadScenario(source);

describe('runComparison and runAlternatives', () => {
  // 1,300 runs from run 200: blocks 200-1000 and 1000-1500 of every arm, paired across workers.
  const alternatives = {
    seed: 'pairs',
    runs: 1300,
    firstRun: 200,
    base: { 'talks.format': 'shuttle' },
    alternatives: [
      { name: 'escalate', parameters: { 'talks.format': 'shuttle', 'navy.escalation': 0.45 } },
      { name: 'direct', parameters: { 'talks.format': 'direct' } },
    ],
  } as const;

  it('give the engine’s paired comparison byte for byte, with its transitions, for 1, 2 and 4 workers', async () => {
    const expected = JSON.stringify(compareAlternatives(scenario, alternatives));
    const two = { seed: 3, runs: 1200, alternative: { 'navy.escalation': 0.45 } } as const;
    const expectedTwo = JSON.stringify(compareArms(scenario, two));
    const moved = compareArms(scenario, two).transitions;
    // The arms differ in some runs, so the pairing (not only the counts) is tested.
    expect(Object.values(moved).some((row) => Object.values(row).some((count) => count > 0 && count < two.runs))).toBe(true);
    for (const workers of [1, 2, 4]) {
      expect(JSON.stringify(await runAlternatives(alternatives, { scenario, source, workers }))).toBe(expected);
      expect(JSON.stringify(await runComparison(two, { scenario, source, workers }))).toBe(expectedTwo);
    }
    expect(JSON.stringify(await runComparison(two, { scenario }))).toBe(expectedTwo);
  });

  it('pairs in its blocks: shards hold counts, not records, and merged they resume to the same result; damaged counts are refused', async () => {
    const expected = JSON.stringify(compareAlternatives(scenario, alternatives));
    const plan = planComparison(scenario, alternatives);
    const shards = await Promise.all([1, 2].map((index) => runComparisonShard(plan, { index, count: 2 }, { scenario })));
    // One block per shard (runs 200-999, 1000-1499), each with both arms' counts of its runs.
    expect(shards.map((shard) => shard.parts.map((part) => [part.start, part.end, part.records, part.pairs?.cells.length]))).toEqual([
      [[200, 1000, undefined, 2]],
      [[1000, 1500, undefined, 2]],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'crisis-sim-pairs-'));
    try {
      const checkpoint = join(dir, 'merged.ckpt');
      const merged = mergePlanShards(shards, ['one', 'two']);
      await writePlansCheckpoint(checkpoint, merged);
      expect(readFileSync(checkpoint, 'utf8')).not.toContain('"records"');
      expect(JSON.stringify(await runAlternatives(alternatives, { scenario, checkpoint }))).toBe(expected);
      // A block whose counts miss a run: refused, naming the file, not summed.
      const [first, ...rest] = merged.parts;
      const cells = first?.pairs?.cells.map((table) => table.map(([both, ...others]) => [(both as number) - 1, ...others])) ?? [];
      await writePlansCheckpoint(checkpoint, { ...merged, parts: [{ ...first, pairs: { ...first?.pairs, cells } } as never, ...rest] });
      await expect(runAlternatives(alternatives, { scenario, checkpoint })).rejects.toMatchObject({
        issues: [{ code: 'incompatible', message: expect.stringContaining('damaged paired counts') }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad arms as the engine does, naming them', async () => {
    const bad = runComparison({ seed: 1, runs: 10, alternative: { 'navy.escalation': 7 } }, { scenario });
    await expect(bad).rejects.toThrow(CrisisSimError);
    await expect(bad).rejects.toMatchObject({ issues: [{ path: ['alternative', 'parameters', 'navy.escalation'] }] });
    const twice = runAlternatives(
      { seed: 1, runs: 10, alternatives: [...alternatives.alternatives, alternatives.alternatives[0]] },
      { scenario },
    );
    await expect(twice).rejects.toMatchObject({ issues: [{ path: ['alternatives', 2, 'name'] }] });
  });
});
