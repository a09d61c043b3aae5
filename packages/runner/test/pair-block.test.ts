import { compareAlternatives } from '@crisis-sim/engine';
import { ComparisonTally, planComparison, runBatchRange } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioModuleSource } from '../src/index.js';
import { pairBlock } from '../src/pair-block.js';

const scenario = await loadScenario(scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname));

describe('pairBlock', () => {
  const options = {
    seed: 'block',
    runs: 60,
    firstRun: 10,
    alternatives: [
      { name: 'escalate', parameters: { 'navy.escalation': 0.45 } },
      { name: 'direct', parameters: { 'talks.format': 'direct' } },
    ],
  } as const;
  const plan = planComparison(scenario, options);

  it('counts the pairs of its run indices: blocks of a split add up to compareAlternatives, with the base’s summary of each block', () => {
    const tally = new ComparisonTally(plan);
    for (const [start, end] of [
      [10, 35],
      [35, 70],
    ] as const) {
      const block = pairBlock(scenario, plan, start, end);
      expect(JSON.stringify(block.summary)).toBe(JSON.stringify(runBatchRange(scenario, plan.plans[0] as never, start, end)));
      expect(tally.merge(block.pairs)).toBe(true);
    }
    expect(JSON.stringify(tally.result())).toBe(JSON.stringify(compareAlternatives(scenario, options)));
  });
});
