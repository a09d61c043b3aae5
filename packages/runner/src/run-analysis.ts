import { type AnyScenario, oneAtATimeSensitivity, type SensitivityOptions, type SensitivityRow } from '@crisis-sim/engine';
import { seedText } from '@crisis-sim/engine/internal';
import { runJobInWorker } from './run-job-in-worker.js';
import { DEFAULT_RUN_TIMEOUT_MS } from './run-watchdog.js';
import { resolveSource, type ScenarioSource } from './scenario-source.js';

/** How {@link runOneAtATime} runs: where the scenario comes from, the time limit, the signal. */
export interface AnalysisOptions {
  /** The scenario, loaded in this thread (to name positions in errors, and to run when there is no `source`). */
  readonly scenario: AnyScenario;
  /** How a worker thread loads the same scenario; with it the work runs there, where it can be stopped. */
  readonly source?: ScenarioSource;
  /** Longest time one run may take, in milliseconds (default 60,000); enforced with `source` only. */
  readonly runTimeoutMs?: number;
  /** Aborting stops the work (with `source`, even inside a rule that never returns) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * `oneAtATimeSensitivity` of `@crisis-sim/engine` as one job on a worker thread (with
 * `source`), so that Ctrl-C stops even a rule that never returns. Same result as on this
 * thread. The per-run time limit does not reach inside it (the engine's one-at-a-time
 * analysis takes no position probe). The other analyses run in blocks over the worker pool
 * (`runPlans`).
 */
export function runOneAtATime(analysis: AnalysisOptions, options: SensitivityOptions): Promise<SensitivityRow[]> {
  if (analysis.source === undefined) return Promise.resolve(oneAtATimeSensitivity(analysis.scenario, options));
  return runJobInWorker<SensitivityRow[]>(
    analysis.scenario,
    resolveSource(analysis.source),
    seedText(options.seed),
    { kind: 'oat', options },
    analysis.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    analysis.signal,
  );
}
