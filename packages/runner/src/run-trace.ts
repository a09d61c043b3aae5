import { Worker } from 'node:worker_threads';
import { type AnyScenario, CrisisSimError, type ParameterValue, type RunResult, runScenario } from '@crisis-sim/engine';
import type { SerializedError } from './block-result.js';
import { deserialize, workerScript } from './run-batch.js';
import { createRunWatchdog, DEFAULT_RUN_TIMEOUT_MS } from './run-watchdog.js';
import { resolveSource, type ScenarioSource } from './scenario-source.js';

/** Options of {@link runTrace}. */
export interface RunTraceOptions {
  /** The scenario, loaded in this thread (to name positions in errors, and to run when there is no `source`). */
  readonly scenario: AnyScenario;
  /** How a worker thread loads the same scenario; with it the run executes there, where it can be stopped. */
  readonly source?: ScenarioSource;
  /** The run's full parameter values (see `runParameters`). */
  readonly values: Readonly<Record<string, ParameterValue>>;
  readonly seed: string;
  readonly runIndex: number;
  /** Longest time the run may take, in milliseconds (default 60,000); enforced with `source` only. */
  readonly runTimeoutMs?: number;
  /** Aborting stops the run (with `source`, even inside a rule that never returns) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Runs one run in trace mode (daily snapshots and patches), as `crisis-sim trace` shows it.
 * With `source` the run executes on a worker thread, so that a rule that never returns is
 * stopped by the time limit (a `run_timeout` error naming the day and actor) or by `signal`.
 */
export function runTrace(options: RunTraceOptions): Promise<RunResult> {
  const { scenario, values, seed, runIndex } = options;
  if (options.source === undefined) {
    return Promise.resolve(runScenario(scenario, values as never, { seed, runIndex, mode: 'trace', checkInvariants: true }));
  }
  const source = resolveSource(options.source);
  const timeout = options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;
  return new Promise<RunResult>((resolve, reject) => {
    let settled = false;
    const watchdog = createRunWatchdog(scenario, seed, timeout, (error) => settle(error));
    const watched = watchdog.watch();
    const worker = new Worker(workerScript(), { workerData: { kind: 'trace', source, values, seed, runIndex, probe: watched.probe } });
    watched.busy();
    const onAbort = () => settle(options.signal?.reason ?? new Error('aborted'));
    function settle(error: unknown, result?: RunResult) {
      if (settled) return;
      settled = true;
      watchdog.stop();
      options.signal?.removeEventListener('abort', onAbort);
      const done = () => (error === undefined ? resolve(result as RunResult) : reject(error));
      worker.terminate().then(done, done);
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted === true) onAbort();
    worker.on('message', (message: { type: string; result?: RunResult; error?: SerializedError }) => {
      if (message.type === 'trace' && message.result !== undefined) settle(undefined, message.result);
      else if (message.type === 'error' && message.error !== undefined) settle(deserialize(message.error));
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => {
      if (code !== 0)
        settle(new CrisisSimError([{ code: 'scenario_fault', path: [], message: `the trace worker exited with code ${code}` }]));
    });
  });
}
