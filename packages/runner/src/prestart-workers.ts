import { Worker } from 'node:worker_threads';
import { resolveSource, type ScenarioSource } from './scenario-source.js';
import type { PrestartInput, WorkerInput } from './worker.js';
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
}

/**
 * Starts `count` worker threads that import the scenario module of `source` and then wait
 * for their work. They run nothing until taken, hold the process open only once taken, and a
 * module that fails to load is reported when its work arrives, as for a worker started then.
 */
export function prestartWorkers(source: ScenarioSource, count: number): PrestartedWorkers {
  const workerData: PrestartInput = { kind: 'prestart', source: resolveSource(source) };
  const idle = Array.from({ length: count }, () => {
    const worker = new Worker(workerScript(), { workerData, resourceLimits: WORKER_RESOURCE_LIMITS });
    worker.unref();
    // Until it is taken nobody else listens: an error or exit here only marks it unusable.
    const entry = {
      worker,
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
