import { Worker } from 'node:worker_threads';
import { type AnyScenario, CrisisSimError } from '@crisis-sim/engine';
import type { SerializedError } from './block-result.js';
import { deserialize } from './deserialize.js';
import { createRunWatchdog } from './run-watchdog.js';
import type { ScenarioSource } from './scenario-source.js';
import type { WorkerJob } from './worker.js';
import { workerScript } from './worker-script.js';

/**
 * Runs one job (a trace, a one-at-a-time sensitivity) on a worker thread that loads the scenario
 * from `source`, under the per-run time limit, and resolves with what the worker posts back.
 * Aborting `signal` terminates the worker, even inside a rule that never returns.
 */
export function runJobInWorker<T>(
  scenario: AnyScenario,
  source: ScenarioSource,
  seed: string,
  job: WorkerJob,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const watchdog = createRunWatchdog(scenario, seed, timeoutMs, (error) => settle(error));
    const watched = watchdog.watch();
    const worker = new Worker(workerScript(), { workerData: { ...job, source, probe: watched.probe } });
    watched.busy();
    const onAbort = () => settle(signal?.reason ?? new Error('aborted'));
    function settle(error: unknown, result?: T) {
      if (settled) return;
      settled = true;
      watchdog.stop();
      signal?.removeEventListener('abort', onAbort);
      const done = () => (error === undefined ? resolve(result as T) : reject(error));
      worker.terminate().then(done, done);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted === true) onAbort();
    worker.on('message', (message: { type: string; result?: T; error?: SerializedError }) => {
      if (message.type === 'result') settle(undefined, message.result);
      else if (message.type === 'error' && message.error !== undefined) settle(deserialize(message.error));
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => {
      if (code !== 0)
        settle(new CrisisSimError([{ code: 'scenario_fault', path: [], message: `a worker thread exited with code ${code}` }]));
    });
  });
}
