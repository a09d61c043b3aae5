import { describe, expect, it } from 'vitest';
import { globalSensitivityFromSummaries } from '../src/global-sensitivity.js';
import { globalSensitivity, mergeSummaries } from '../src/index.js';
import { planGlobalSensitivity } from '../src/plan-global-sensitivity.js';
import { runBatchRange } from '../src/run-batch-range.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('globalSensitivity', () => {
  it('ranks the hawk parameters by Morris mu* for war, aggression raising it', () => {
    const result = globalSensitivity(toyScenario, {
      method: 'morris',
      target: 'outcome:war',
      runs: 60,
      seed: 'morris',
      trajectories: 6,
      keys: ['hawk.aggression', 'hawk.attackThreshold', 'dove.patience'],
    });
    expect(result.points).toBe(6 * 4);
    expect(result.rows.map((row) => row.key)).toHaveLength(3);
    const aggression = result.rows.find((row) => row.key === 'hawk.aggression');
    expect(aggression?.morris?.muStar).toBeGreaterThan(0.05);
    expect(aggression?.morris?.mu).toBeGreaterThan(0);
    expect(result.rows[0]?.morris?.muStar).toBeGreaterThanOrEqual(result.rows[2]?.morris?.muStar as number);
  });

  it('gives the same Sobol result from summaries merged out of blocks run in any order', () => {
    const options = { method: 'sobol' as const, target: 'outcome:war', runs: 40, seed: 2, samples: 8, bootstrap: 20 };
    const direct = globalSensitivity(toyScenario, options);
    const plan = planGlobalSensitivity(toyScenario, options);
    const summaries = plan.ensemble.points.map((point) =>
      mergeSummaries([runBatchRange(toyScenario, point.plan, 25, 40), runBatchRange(toyScenario, point.plan, 0, 25)]),
    );
    expect(globalSensitivityFromSummaries(plan, summaries)).toEqual(direct);
    expect(direct.rows[0]?.sobol?.total.estimate).toBeGreaterThanOrEqual(direct.rows.at(-1)?.sobol?.total.estimate as number);
    expect(() => globalSensitivityFromSummaries(plan, summaries.slice(1))).toThrow(/complete summary of each/);
  });
});
