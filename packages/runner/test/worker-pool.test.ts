import type { Summary } from '@crisis-sim/engine';
import { planMonteCarlo, runBatchRange } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import { blockRanges } from '../src/block-ranges.js';
import { loadScenario, resolveSource, scenarioModuleSource, summaryJson } from '../src/index.js';
import { runOnWorkerPool } from '../src/worker-pool.js';

// Worker threads run dist/worker.js: build first (the root test script does).
const source = resolveSource(scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname));
const scenario = await loadScenario(source);
const plan = planMonteCarlo(scenario, { runs: 4500, seed: 4 });

/** Runs the plan's blocks on `count` workers through the pool, each answer accepted until `until` blocks. */
async function pool(count: number, until = Number.POSITIVE_INFINITY) {
  const accepted: [number, string][] = [];
  await runOnWorkerPool<readonly [number, number], { summary: Summary }>({
    count,
    workerData: (probe) => ({ kind: 'plans', source, probe }),
    tasks: blockRanges(plan, 0),
    message: ([start, end]) => ({ plan, start, end }),
    accept: ([start], answer) => {
      accepted.push([start, summaryJson(answer.summary)]);
      return accepted.length < until;
    },
    scenario,
    seed: plan.manifest.seed,
    runTimeoutMs: 60_000,
    exitError: (code) => new Error(`exit ${code}`),
    signal: undefined,
  });
  return accepted;
}

describe('runOnWorkerPool', () => {
  it('accepts every answer in task order, for any number of workers, as the blocks run here give them', async () => {
    const here = [...blockRanges(plan, 0)].map(([start, end]): [number, string] => [
      start,
      summaryJson(runBatchRange(scenario, plan, start, end)),
    ]);
    for (const count of [1, 2, 3]) expect(await pool(count)).toEqual(here);
  });

  it('stops, terminating its workers, once accept says the work is done', async () => {
    expect((await pool(2, 2)).map(([start]) => start)).toEqual([0, 1000]);
  });
});
