import { Worker } from 'node:worker_threads';
import { CrisisSimError, type Summary } from '@crisis-sim/engine';
import { type MonteCarloPlan, planMonteCarlo, RUN_POSITION_SLOTS, runBatchRange } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import { loadScenario, prestartWorkers, runBatch, scenarioModuleSource, summaryJson } from '../src/index.js';
import { PROBE_SLOTS } from '../src/prestart-workers.js';
import type { Speculation } from '../src/worker.js';

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

  describe('with a guess of the batch', () => {
    const guess = { runs: 2500, seed: 3, uncertainty: 'none', parameters: {}, checkInvariants: true } as const;

    /** Sends a taken worker its batch and one block; resolves with the block's summary. */
    function firstBlock(worker: Worker, start: number, end: number): Promise<Summary> {
      return new Promise((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (message: { type: string; result?: { summary: Summary } }) => {
          if (message.type === 'ready') worker.postMessage({ start, end });
          else if (message.type === 'block' && message.result !== undefined) resolve(message.result.summary);
          else reject(new Error(`unexpected message ${message.type}`));
        });
      });
    }

    /**
     * The plan of `options` as a worker computes it: from the built modules, as the worker
     * loads them (this thread loads the fixture through vitest's transform, whose code, and so
     * fingerprint, differs: a plan made here never matches a worker's guess).
     */
    async function planOnAWorker(options: Speculation['options']): Promise<MonteCarloPlan> {
      const code = `
        const { parentPort, workerData } = require('node:worker_threads');
        (async () => {
          const { planMonteCarlo } = await import(workerData.engine);
          const { loadScenario } = await import(workerData.runner);
          parentPort.postMessage(planMonteCarlo(await loadScenario(workerData.source), workerData.options));
        })();`;
      const worker = new Worker(code, {
        eval: true,
        workerData: {
          engine: new URL('../../engine/dist/internal.js', import.meta.url).href,
          runner: new URL('../dist/scenario-source.js', import.meta.url).href,
          source,
          options,
        },
      });
      try {
        return await new Promise((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        });
      } finally {
        await worker.terminate();
      }
    }

    it('sizes its probes as the engine does', () => {
      expect(PROBE_SLOTS).toBe(RUN_POSITION_SLOTS);
    });

    it('answers the guessed block from the guess when the work is that batch, and runs it when the plan differs', async () => {
      const cases: [MonteCarloPlan, number][] = [
        // The guessed plan: worker 0's block 0..1000 was run once, before the work came.
        [await planOnAWorker(guess), 1000],
        // Another seed: the guess is dropped and the block runs, counting 1,000 runs more on the probe.
        [await planOnAWorker({ ...guess, seed: 4 }), 2000],
        // This thread's plan of the same batch (another fingerprint): dropped too.
        [planMonteCarlo(scenario, guess), 2000],
      ];
      for (const [plan, runsStarted] of cases) {
        const prestarted = prestartWorkers(source, 1, guess);
        try {
          expect(prestarted.speculating).toBe(true);
          const probe = prestarted.nextProbe() as Float64Array;
          const worker = prestarted.take({ kind: 'batch', plan, source, probe }) as Worker;
          try {
            const summary = await firstBlock(worker, 0, 1000);
            expect(summaryJson(summary)).toBe(summaryJson(runBatchRange(scenario, plan, 0, 1000)));
            expect(probe[4]).toBe(runsStarted);
          } finally {
            await worker.terminate();
          }
        } finally {
          await prestarted.release();
        }
      }
    });

    it('gives the batch the same summary as workers started without a guess, for the guessed batch and another', async () => {
      for (const seed of [3, 5]) {
        const plain = summaryJson(await runBatch({ scenario, source, seed, runs: 2500, workers: 2 }));
        const prestarted = prestartWorkers(source, 3, guess);
        try {
          expect(summaryJson(await runBatch({ scenario, source, seed, runs: 2500, workers: 2, prestarted }))).toBe(plain);
        } finally {
          await prestarted.release();
        }
      }
    });

    it('keeps the run-time limit for a guessed block that never returns, naming its run', async () => {
      const faulty = { ...scenarioModuleSource(new URL('./fixtures/faulty-scenarios.js', import.meta.url).pathname), id: 'faulty-hangs' };
      const options = { runs: 100, seed: 4, uncertainty: 'none', parameters: {}, checkInvariants: true } as const;
      const prestarted = prestartWorkers(faulty, 1, options);
      try {
        const error = await runBatch({
          scenario: await loadScenario(faulty),
          source: faulty,
          ...options,
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
  });
});
