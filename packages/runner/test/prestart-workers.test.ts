import { CrisisSimError } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { loadScenario, prestartWorkers, runBatch, scenarioModuleSource, summaryJson } from '../src/index.js';

// Worker threads run dist/worker.js: build first (the root test script does).
const source = scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname);
const scenario = await loadScenario(source);

describe('prestartWorkers', () => {
  it('gives a batch the same summary as workers started by the batch, and the batch stops those it does not need', async () => {
    const plain = summaryJson(await runBatch({ scenario, source, seed: 3, runs: 2500, workers: 2 }));
    const prestarted = prestartWorkers(source, 3);
    try {
      // 1 worker asked for: it takes one of the three.
      expect(summaryJson(await runBatch({ scenario, source, seed: 3, runs: 2500, workers: 1, prestarted }))).toBe(plain);
      expect(prestarted.take({ kind: 'plans', source, probe: new Float64Array(8) })).toBeUndefined();
    } finally {
      await prestarted.release();
    }
  });

  it('reports a module that failed to load when the work arrives, as a batch that starts its own workers does', async () => {
    const missing = scenarioModuleSource('/nonexistent/crisis-sim-scenario.js');
    const prestarted = prestartWorkers(missing, 1);
    try {
      const error = await runBatch({ scenario, source: missing, seed: 1, runs: 10, workers: 1, prestarted }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(CrisisSimError);
      expect((error as CrisisSimError).code).toBe('unreadable_file');
    } finally {
      await prestarted.release();
    }
  });

  it('keeps the run-time limit: a run that never returns on a prestarted worker is stopped by the watchdog', async () => {
    const faulty = { ...scenarioModuleSource(new URL('./fixtures/faulty-scenarios.js', import.meta.url).pathname), id: 'faulty-hangs' };
    const prestarted = prestartWorkers(faulty, 1);
    try {
      const error = await runBatch({
        scenario: await loadScenario(faulty),
        source: faulty,
        seed: 4,
        runs: 100,
        workers: 1,
        runTimeoutMs: 300,
        prestarted,
      }).catch((caught: unknown) => caught);
      expect((error as CrisisSimError).code).toBe('run_timeout');
      expect((error as CrisisSimError).issues[0]?.value).toMatchObject({ runIndex: 0, day: 3, actor: 'navy' });
    } finally {
      await prestarted.release();
    }
  });

  it('stops the workers nobody took on release', async () => {
    const prestarted = prestartWorkers(source, 2);
    await prestarted.release();
    expect(prestarted.take({ kind: 'plans', source, probe: new Float64Array(8) })).toBeUndefined();
  });
});
