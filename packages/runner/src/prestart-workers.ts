import { Worker } from 'node:worker_threads';
import { resolveSource } from './resolve-source.js';
import type { ScenarioSource } from './scenario-source.js';
import type { PrestartInput, Speculation, WorkerInput } from './worker.js';
import { WORKER_RESOURCE_LIMITS } from './worker-resource-limits.js';
import { workerScript } from './worker-script.js';

/**
 * Worker threads started before their work is known, for one batch: each boots and imports
 * the scenario's module while the main thread still loads and plans, instead of after.
 * Hand them to `runBatch` (option `prestarted`), which takes the ones it needs and stops the
 * rest; call {@link PrestartedWorkers.release} when done (in `finally`) for the case where the
 * batch never reached its workers.
 */
export interface PrestartedWorkers {
  /**
   * A started worker, sent `input` as its work (its scenario is loaded from `input.source`,
   * found in the module cache when it is the one prestarted), or undefined when none is left
   * or alive (start a new one then).
   */
  take(input: WorkerInput): Worker | undefined;
  /** Stops the workers not taken. */
  release(): Promise<void>;
  /**
   * The position probe of the worker {@link PrestartedWorkers.take} hands out next, when it is
   * running a guessed block: watch it from now on (the block's runs count against the
   * run-time limit). Undefined without a guess or when none is left.
   */
  nextProbe(): Float64Array | undefined;
  /**
   * True when the workers were started with a guess of the batch and run their first blocks
   * meanwhile: the pool then hands out its first blocks only once every worker is ready, in
   * worker order, so that each is sent the block it guessed.
   */
  readonly speculating: boolean;
}

/**
 * Slots of a run-position probe: the engine's `RUN_POSITION_SLOTS`, written out because this
 * light entry must not load the engine (prestart-workers.test.ts checks that they agree).
 */
export const PROBE_SLOTS = 5;

/**
 * Starts `count` worker threads that import the scenario module of `source` and then wait
 * for their work. They hold the process open only once taken, and a module that fails to
 * load is reported when its work arrives, as for a worker started then. Without `guess` they
 * run nothing until taken. With it (the batch options a command line certainly asks for, every
 * one of them already known valid) each plans that batch and runs the block it will be sent
 * first, and answers it from that result if its work turns out to be that very batch: the
 * summary is the same either way, as a block's runs depend only on the plan and the block.
 */
export function prestartWorkers(source: ScenarioSource, count: number, guess?: Speculation['options']): PrestartedWorkers {
  const resolved = resolveSource(source);
  const idle = Array.from({ length: count }, (_, index) => {
    // Its guessed block's position probe, created here so that the pool can watch it.
    const probe = guess === undefined ? undefined : new Float64Array(new SharedArrayBuffer(PROBE_SLOTS * Float64Array.BYTES_PER_ELEMENT));
    const workerData: PrestartInput = {
      kind: 'prestart',
      source: resolved,
      ...(guess === undefined || probe === undefined ? {} : { speculate: { options: guess, index, probe } }),
    };
    const worker = new Worker(workerScript(), { workerData, resourceLimits: WORKER_RESOURCE_LIMITS });
    worker.unref();
    // Until it is taken nobody else listens: an error or exit here only marks it unusable.
    const entry = {
      worker,
      probe,
      dead: false,
      onDead: () => {
        entry.dead = true;
      },
    };
    worker.on('error', entry.onDead);
    worker.on('exit', entry.onDead);
    return entry;
  });
  return {
    speculating: guess !== undefined,
    nextProbe: () => idle.find((entry) => !entry.dead)?.probe,
    take(input) {
      for (let entry = idle.shift(); entry !== undefined; entry = idle.shift()) {
        const { worker } = entry;
        worker.off('error', entry.onDead);
        worker.off('exit', entry.onDead);
        if (entry.dead) {
          void worker.terminate();
          continue;
        }
        worker.ref();
        worker.postMessage(input);
        return worker;
      }
      return undefined;
    },
    async release() {
      await Promise.all(idle.splice(0).map((entry) => entry.worker.terminate()));
    },
  };
}
