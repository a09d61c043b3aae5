import { planMonteCarlo } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import { loadScenario, mergePlanShards, runPlanShard, scenarioModuleSource } from '../src/index.js';

const scenario = await loadScenario(scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname));
const plans = [
  planMonteCarlo(scenario, { runs: 2500, seed: 3, parameters: { 'navy.escalation': 0.2 } }),
  planMonteCarlo(scenario, { runs: 1500, seed: 'x', uncertainty: 'priors' }),
];

describe('mergePlanShards', () => {
  it('refuses shards of different work, a shard twice and a missing shard, naming the files', async () => {
    const one = await runPlanShard(plans, { index: 1, count: 2 }, { scenario });
    const whole = await runPlanShard(plans, { index: 1, count: 1 }, { scenario });
    const two = await runPlanShard(plans, { index: 2, count: 2 }, { scenario });
    const other = await runPlanShard(plans.slice(1), { index: 2, count: 2 }, { scenario });
    const three = await runPlanShard(plans, { index: 1, count: 3 }, { scenario });
    expect(() => mergePlanShards([one, other], ['a.json', 'b.json'])).toThrow(/b\.json and a\.json are shards of different work/);
    expect(() => mergePlanShards([one, one], ['a.json', 'b.json'])).toThrow(/a\.json and b\.json are both shard 1\/2/);
    expect(() => mergePlanShards([two], ['b.json'])).toThrow(/missing shard 1\/2/);
    expect(() => mergePlanShards([one, three], ['a.json', 'c.json'])).toThrow(/c\.json is shard 1\/3 but a\.json is 1\/2/);
    const merged = mergePlanShards([two, one], ['b.json', 'a.json']);
    expect(merged.parts.map((part) => [part.plan, part.start])).toEqual([
      [0, 0],
      [0, 1000],
      [0, 2000],
      [1, 0],
      [1, 1000],
    ]);
    expect(merged.shard).toBeUndefined();
    expect(() => mergePlanShards([{ ...one, complete: false }, two], ['a.json', 'b.json'])).toThrow(/a\.json \(shard 1\/2\) is incomplete/);
    expect(() => mergePlanShards([merged], ['all.json'])).toThrow(/all\.json is not a shard/);
    expect(mergePlanShards([whole], ['whole.json']).parts.length).toBe(5);
  });
});
