import { describe, expect, it } from 'vitest';
import { CrisisSimError, runMonteCarlo } from '../src/index.js';
import { planComparison, planTwoArmComparison, runBatchRange } from '../src/internal.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('planComparison', () => {
  it('plans the base then each arm as plain batches on the same seed and run indices', () => {
    const plan = planComparison(toyScenario, {
      seed: 7,
      runs: 40,
      firstRun: 10,
      base: { 'hawk.aggression': 0.1 },
      alternatives: [
        { name: 'calmer', parameters: { 'hawk.aggression': 0.02 } },
        { name: 'consensus', parameters: { 'council.rule': 'consensus' } },
      ],
    });
    expect(plan.seed).toBe('7');
    expect(plan.arms.map((arm) => arm.name)).toEqual(['calmer', 'consensus']);
    expect(plan.plans.map((batch) => [batch.manifest.seed, batch.start, batch.end])).toEqual([
      ['7', 10, 50],
      ['7', 10, 50],
      ['7', 10, 50],
    ]);
    expect(plan.plans.map((batch) => batch.values['hawk.aggression'])).toEqual([0.1, 0.02, plan.arms[1]?.values['hawk.aggression']]);
    // Each arm's batch is the plain batch of its values: its runs are runMonteCarlo's.
    const arm = plan.plans[1];
    if (arm === undefined) throw new Error('no arm planned');
    expect(runBatchRange(toyScenario, arm, 10, 50).outcomes).toEqual(
      runMonteCarlo(toyScenario, { seed: 7, runs: 50, runRange: [10, 50], parameters: { 'hawk.aggression': 0.02 } }).outcomes,
    );
  });

  it('lists every problem at once, naming a two-arm comparison’s arm `alternative`', () => {
    const paths = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        expect(error).toBeInstanceOf(CrisisSimError);
        return (error as CrisisSimError).issues.map((issue) => issue.path.join('.'));
      }
      throw new Error('not refused');
    };
    expect(paths(() => planComparison(toyScenario, { seed: -1, runs: 0, alternatives: [] }))).toEqual(['seed', 'runs', 'alternatives']);
    expect(paths(() => planTwoArmComparison(toyScenario, { seed: 1, runs: 5, alternative: { 'hawk.aggression': 5 } }))).toEqual([
      'alternative.parameters.hawk.aggression',
    ]);
  });
});
