import { CrisisSimError, discoverScenarios, ensemble, globalSensitivity, runMonteCarlo } from '@crisis-sim/engine';
import { planMonteCarlo } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import { loadScenario, runDiscovery, runEnsemble, runGlobalSensitivity, runPlans, scenarioModuleSource } from '../src/index.js';

const source = scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname);
const scenario = await loadScenario(source);

describe('runPlans', () => {
  it('returns, for any number of workers, each plan’s summary as runMonteCarlo gives it', async () => {
    // 2,500 runs: three blocks per plan, so blocks of one plan land on different workers.
    const plans = [
      planMonteCarlo(scenario, { runs: 2500, seed: 3, parameters: { 'navy.escalation': 0.2 } }),
      planMonteCarlo(scenario, { runs: 700, seed: 'x', uncertainty: 'priors' }),
      planMonteCarlo(scenario, { runs: 2500, seed: 3, parameters: { 'navy.escalation': 0.9 } }),
    ];
    const expected = [
      runMonteCarlo(scenario, { runs: 2500, seed: 3, parameters: { 'navy.escalation': 0.2 } }),
      runMonteCarlo(scenario, { runs: 700, seed: 'x', uncertainty: 'priors' }),
      runMonteCarlo(scenario, { runs: 2500, seed: 3, parameters: { 'navy.escalation': 0.9 } }),
    ];
    for (const workers of [1, 2, 4]) {
      const progress: number[] = [];
      const summaries = await runPlans(plans, { scenario, source, workers, onProgress: (p) => progress.push(p.done) });
      expect(summaries).toEqual(expected);
      expect(progress.at(-1)).toBe(5700);
    }
    expect(await runPlans(plans, { scenario })).toEqual(expected);
  });

  it('refuses several workers without a source, and stops when aborted', async () => {
    const plans = [planMonteCarlo(scenario, { runs: 10, seed: 1 })];
    await expect(runPlans(plans, { scenario, workers: 2 })).rejects.toThrow(CrisisSimError);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(runPlans(plans, { scenario, source, workers: 2, signal: controller.signal })).rejects.toThrow('stop');
  });
});

describe('runEnsemble and runGlobalSensitivity', () => {
  it('equal the engine’s ensemble and globalSensitivity on this thread', async () => {
    const options = {
      design: { kind: 'grid', factors: [{ key: 'navy.escalation', min: 0, max: 1, steps: 3 }, { key: 'talks.format' }] },
      runs: 300,
      seed: 5,
    } as const;
    expect(await runEnsemble(options, { scenario, source, workers: 2 })).toEqual(ensemble(scenario, options));
    const sensitivity = { method: 'morris', target: 'outcome:clash', runs: 100, seed: 2, trajectories: 3 } as const;
    expect(await runGlobalSensitivity(sensitivity, { scenario, source, workers: 2 })).toEqual(globalSensitivity(scenario, sensitivity));
  });
});

describe('runDiscovery', () => {
  it('equals the engine’s discoverScenarios, for 1 and 3 workers', async () => {
    const options = { target: 'outcome:clash', runs: 2500, seed: 'd' } as const;
    const expected = discoverScenarios(scenario, options);
    expect(expected.trajectory.length).toBeGreaterThan(1);
    for (const workers of [1, 3]) expect(await runDiscovery(options, { scenario, source, workers })).toEqual(expected);
  });
});
