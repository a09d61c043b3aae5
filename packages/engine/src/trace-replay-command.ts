import type { ParameterValue } from './parameter.js';
import { replayCommand } from './replay-command.js';

/** What names one run for `crisis-sim trace`. */
export interface TraceReplay {
  readonly scenarioId: string;
  readonly modulePath?: string | undefined;
  readonly seed: string;
  readonly runIndex: number;
  /** The parameters to `--set`, in order: the caller picks them (given, changed, or held). */
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly uncertainty?: 'none' | 'priors' | undefined;
}

/** The `crisis-sim trace` command that replays one run of a batch, event by event. */
export function traceReplayCommand(trace: TraceReplay): string {
  return replayCommand({
    command: 'trace',
    scenarioId: trace.scenarioId,
    modulePath: trace.modulePath,
    seed: trace.seed,
    afterSeed: ['--run', String(trace.runIndex)],
    sets: Object.entries(trace.parameters ?? {}).map(([key, value]) => `${key}=${String(value as ParameterValue)}`),
    after: trace.uncertainty === 'priors' ? ['--uncertainty', 'priors'] : [],
  });
}
