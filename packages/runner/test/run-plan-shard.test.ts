import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planMonteCarlo } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import {
  loadScenario,
  mergePlanShards,
  runPlanShard,
  runPlans,
  scenarioModuleSource,
  summaryJson,
  writePlansCheckpoint,
} from '../src/index.js';

// Worker threads run dist/worker.js: build first (the root test script does).
const source = scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname);
const scenario = await loadScenario(source);
const plans = [
  planMonteCarlo(scenario, { runs: 2500, seed: 3, parameters: { 'navy.escalation': 0.2 } }),
  planMonteCarlo(scenario, { runs: 1500, seed: 'x', uncertainty: 'priors' }),
  planMonteCarlo(scenario, { runs: 2200, seed: 3, parameters: { 'navy.escalation': 0.9 } }),
];
const expectedText = () => runPlans(plans, { scenario }).then((summaries) => summaries.map((summary) => summaryJson(summary)));

describe('runPlanShard', () => {
  it('merges shards 1..n, run on any number of workers, into byte-identical summaries', async () => {
    const expected = await expectedText();
    for (const count of [2, 3]) {
      const shards = [];
      for (let index = 1; index <= count; index++)
        shards.push(await runPlanShard(plans, { index, count }, { scenario, source, workers: index }));
      // Every block is in exactly one shard.
      expect(shards.reduce((sum, shard) => sum + shard.parts.length, 0)).toBe(shards[0]?.blocks);
      const merged = mergePlanShards(shards.slice().reverse(), ['c', 'b', 'a'].slice(-count));
      const checkpoint = join(mkdtempSync(join(tmpdir(), 'crisis-sim-plans-')), 'merged.ckpt');
      await writePlansCheckpoint(checkpoint, merged);
      const progress: { done: number; resumed?: number }[] = [];
      const summaries = await runPlans(plans, { scenario, checkpoint, onProgress: (p) => progress.push(p) });
      expect(summaries.map((summary) => summaryJson(summary))).toEqual(expected);
      expect(progress).toEqual([{ done: 6200, total: 6200, resumed: 6200 }]);
    }
  });

  it('takes every n-th block of the plans, whatever the number of workers', async () => {
    const one = await runPlanShard(plans, { index: 2, count: 3 }, { scenario });
    const two = await runPlanShard(plans, { index: 2, count: 3 }, { scenario, source, workers: 2 });
    // Blocks 1, 4 (plan 0: 0-1000, 1000-2000, 2000-2500; plan 1: 0-1000, 1000-1500; plan 2: ...).
    expect(one.parts.map((part) => [part.plan, part.start, part.end])).toEqual([
      [0, 1000, 2000],
      [1, 1000, 1500],
      [2, 2000, 2200],
    ]);
    expect(two.parts.map((part) => summaryJson(part.summary))).toEqual(one.parts.map((part) => summaryJson(part.summary)));
    expect(one).toMatchObject({ shard: { index: 2, count: 3 }, blocks: 8, complete: true });
  });
});
