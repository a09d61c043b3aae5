import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrisisSimError, discoverScenarios, ensemble, globalSensitivity, runMonteCarlo } from '@crisis-sim/engine';
import { planMonteCarlo } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import {
  loadScenario,
  readPlansCheckpoint,
  runDiscovery,
  runEnsemble,
  runGlobalSensitivity,
  runPlans,
  scenarioModuleSource,
  summaryJson,
} from '../src/index.js';

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

describe('runPlans errors', () => {
  it('reports the first failing run in (plan, run index) order, for any number of workers', async () => {
    const faultySource = {
      ...scenarioModuleSource(new URL('./fixtures/faulty-scenarios.js', import.meta.url).pathname),
      id: 'faulty-some-runs',
    };
    const faulty = await loadScenario(faultySource);
    // Plan 1 fails now and then, somewhere in its 3,000 runs; plan 3 at its first run. With
    // several workers both are in flight at once, and a pool that reported failures as they
    // arrive would name plan 3.
    const plans = [
      [0.2, 1000],
      [0.502, 3000],
      [0.3, 1000],
      [1, 1000],
    ].map(([escalation, runs], i) =>
      planMonteCarlo(faulty, { runs: runs as number, seed: `p${i}`, parameters: { 'navy.escalation': escalation } }),
    );
    const failure = async (workers: number | undefined) => {
      try {
        await runPlans(plans, { scenario: faulty, ...(workers === undefined ? {} : { source: faultySource, workers }) });
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    const here = await failure(undefined);
    expect(here).toMatch(/seed p1\b/);
    expect(here).toMatch(/escalation 0\.502/);
    for (const workers of [1, 2, 4]) expect(await failure(workers)).toBe(here);
  });
});

describe('runPlans checkpoints and shards', () => {
  const plans = [
    planMonteCarlo(scenario, { runs: 2500, seed: 3, parameters: { 'navy.escalation': 0.2 } }),
    planMonteCarlo(scenario, { runs: 1500, seed: 'x', uncertainty: 'priors' }),
    planMonteCarlo(scenario, { runs: 2200, seed: 3, parameters: { 'navy.escalation': 0.9 } }),
  ];
  const expectedText = () => runPlans(plans, { scenario }).then((summaries) => summaries.map((summary) => summaryJson(summary)));

  it('resumes an aborted run from its checkpoint with byte-identical summaries, running only what was left', async () => {
    const expected = await expectedText();
    const checkpoint = join(mkdtempSync(join(tmpdir(), 'crisis-sim-plans-')), 'plans.ckpt');
    const controller = new AbortController();
    await expect(
      runPlans(plans, {
        scenario,
        source,
        workers: 2,
        checkpoint,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done >= 3000) controller.abort(new Error('stop'));
        },
      }),
    ).rejects.toThrow('stop');
    const saved = await readPlansCheckpoint(checkpoint);
    expect(saved.complete).toBe(false);
    expect(saved.parts.length).toBeGreaterThan(0);
    const progress: { done: number; resumed?: number }[] = [];
    const resumed = await runPlans(plans, { scenario, source, workers: 3, checkpoint, onProgress: (p) => progress.push(p) });
    expect(resumed.map((summary) => summaryJson(summary))).toEqual(expected);
    expect(progress[0]?.resumed).toBeGreaterThanOrEqual(3000);
    // Kept, complete, for the caller to delete once its outputs are written; a rerun runs nothing.
    expect((await readPlansCheckpoint(checkpoint)).complete).toBe(true);
    const again: { done: number; resumed?: number }[] = [];
    const rerun = await runPlans(plans, { scenario, checkpoint, onProgress: (p) => again.push(p) });
    expect(rerun.map((summary) => summaryJson(summary))).toEqual(expected);
    expect(again).toEqual([{ done: 6200, total: 6200, resumed: 6200 }]);
    expect(existsSync(`${checkpoint}.lock`)).toBe(false);
  });

  it('refuses a checkpoint saved for other plans', async () => {
    const checkpoint = join(mkdtempSync(join(tmpdir(), 'crisis-sim-plans-')), 'plans.ckpt');
    await runPlans(plans.slice(0, 1), { scenario, checkpoint });
    await expect(runPlans(plans, { scenario, checkpoint })).rejects.toThrow(/was saved by other work/);
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
