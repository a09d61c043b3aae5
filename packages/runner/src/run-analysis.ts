import {
  type AlternativesComparison,
  type AnyScenario,
  type ArmsComparison,
  type CompareAlternativesOptions,
  type CompareArmsOptions,
  compareAlternatives,
  compareArms,
  oneAtATimeSensitivity,
  type SensitivityOptions,
  type SensitivityRow,
  type SweepOptions,
  type SweepResult,
  sweepParameter,
} from '@crisis-sim/engine';
import { seedText } from '@crisis-sim/engine/internal';
import { runJobInWorker } from './run-job-in-worker.js';
import { DEFAULT_RUN_TIMEOUT_MS } from './run-watchdog.js';
import { resolveSource, type ScenarioSource } from './scenario-source.js';

/** How {@link runComparison} and {@link runSweep} run: where the scenario comes from, the time limit, the signal. */
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
 * `compareArms` of `@crisis-sim/engine` on a worker thread (with `source`), so that Ctrl-C and
 * the per-run time limit stop a rule that never returns. Same result as on this thread.
 */
export function runComparison(analysis: AnalysisOptions, options: Omit<CompareArmsOptions, 'probe'>): Promise<ArmsComparison> {
  if (analysis.source === undefined) return Promise.resolve(compareArms(analysis.scenario, options));
  return runJobInWorker<ArmsComparison>(
    analysis.scenario,
    resolveSource(analysis.source),
    seedText(options.seed),
    { kind: 'compare', options },
    analysis.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    analysis.signal,
  );
}

/** `sweepParameter` of `@crisis-sim/engine` on a worker thread (with `source`): see {@link runComparison}. */
export function runSweep(analysis: AnalysisOptions, options: Omit<SweepOptions, 'probe'>): Promise<SweepResult> {
  if (analysis.source === undefined) return Promise.resolve(sweepParameter(analysis.scenario, options));
  return runJobInWorker<SweepResult>(
    analysis.scenario,
    resolveSource(analysis.source),
    seedText(options.seed),
    { kind: 'sweep', options },
    analysis.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    analysis.signal,
  );
}

/**
 * `oneAtATimeSensitivity` of `@crisis-sim/engine` on a worker thread (with `source`): see
 * {@link runComparison}. Signals stop it; the per-run time limit does not reach inside it
 * (the engine's one-at-a-time analysis takes no position probe).
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

/** `compareAlternatives` of `@crisis-sim/engine` (several arms against one base) on a worker thread (with `source`): see {@link runComparison}. */
export function runAlternatives(
  analysis: AnalysisOptions,
  options: Omit<CompareAlternativesOptions, 'probe'>,
): Promise<AlternativesComparison> {
  if (analysis.source === undefined) return Promise.resolve(compareAlternatives(analysis.scenario, options));
  return runJobInWorker<AlternativesComparison>(
    analysis.scenario,
    resolveSource(analysis.source),
    seedText(options.seed),
    { kind: 'alternatives', options },
    analysis.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    analysis.signal,
  );
}
