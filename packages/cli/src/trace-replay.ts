import { CrisisSimError, type ParameterValue } from '@crisis-sim/engine';
import { shellWord } from './replay-command.js';

/** What names a run for `crisis-sim trace`, besides the run index the error carries. */
export interface TraceReplayContext {
  readonly scenarioId: string;
  readonly modulePath?: string;
  readonly seed: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly uncertainty?: 'none' | 'priors';
}

/** The `crisis-sim trace` command that replays run `runIndex` of a batch, event by event. */
function traceReplayCommand(context: TraceReplayContext, runIndex: number): string {
  const words = ['crisis-sim', 'trace', context.scenarioId];
  if (context.modulePath !== undefined) words.push('--scenario-module', context.modulePath);
  words.push('--seed', context.seed, '--run', String(runIndex));
  for (const [key, value] of Object.entries(context.parameters ?? {})) words.push('--set', `${key}=${String(value as ParameterValue)}`);
  if (context.uncertainty === 'priors') words.push('--uncertainty', 'priors');
  return words.map(shellWord).join(' ');
}

const RUN_FAULTS = new Set(['scenario_fault', 'run_timeout', 'invariant_violated', 'invalid_outcome']);

/**
 * A fault of the scenario's code in one run (a throw, a hang past the time limit, a broken
 * invariant) with the command that replays that run appended to its one-line message, so
 * that the author can watch it fail. Other errors are returned as they are.
 */
export function withTraceReplay(error: unknown, context: TraceReplayContext): unknown {
  if (!(error instanceof CrisisSimError) || !RUN_FAULTS.has(error.code)) return error;
  const [issue, ...rest] = error.issues;
  const runIndex = (issue?.value as { runIndex?: unknown } | undefined)?.runIndex;
  if (issue === undefined || typeof runIndex !== 'number') return error;
  const replayed = new CrisisSimError([
    { ...issue, message: `${issue.message}; replay: ${traceReplayCommand(context, runIndex)}` },
    ...rest,
  ]);
  (replayed as { cause?: unknown }).cause = error;
  return replayed;
}
