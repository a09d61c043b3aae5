import { type AnyScenario, type ParameterValue, type RunResult, runScenario } from '@crisis-sim/engine';
import { runJobInWorker } from './run-job-in-worker.js';
import { DEFAULT_RUN_TIMEOUT_MS } from './run-watchdog.js';
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
  return runJobInWorker<RunResult>(
    scenario,
    resolveSource(options.source),
    seed,
    { kind: 'trace', values, seed, runIndex },
    options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    options.signal,
  );
}
