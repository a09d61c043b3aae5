import { CrisisSimError } from '@crisis-sim/engine';
import { traceReplayCommand } from '@crisis-sim/engine/internal';

/** What names a run for `crisis-sim trace`, besides the run index the error carries. */
export interface TraceReplayContext {
  readonly scenarioId: string;
  readonly modulePath?: string;
  readonly seed: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly uncertainty?: 'none' | 'priors';
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
    { ...issue, message: `${issue.message}; replay: ${traceReplayCommand({ ...context, runIndex })}` },
    ...rest,
  ]);
  (replayed as { cause?: unknown }).cause = error;
  return replayed;
}
