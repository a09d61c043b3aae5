import { shellCommand } from './shell-command.js';

/**
 * The parts of a `crisis-sim` command line that reproduces an output, in the order every
 * command writes them: the command and scenario, the command's own options, the batch's size
 * and seed, the held parameters, then what only some commands have.
 */
export interface ReplayParts {
  /** The subcommand: `run`, `trace`, `sweep`... */
  readonly command: string;
  readonly scenarioId: string;
  /** `--scenario-module`, when the scenario was not a built-in. */
  readonly modulePath?: string | undefined;
  /** The command's own options, before the size and seed: `--param`, `--target`... */
  readonly options?: readonly string[];
  /** `--runs`; left out when the command has none or a stopping rule sizes the batch. */
  readonly runs?: number | undefined;
  readonly seed: string;
  /** Words right after the seed: `--run` of a trace, `--uncertainty` of an ensemble. */
  readonly afterSeed?: readonly string[];
  /** Each `--set key=value`, as `key=value`. */
  readonly sets?: readonly string[];
  /** `--params`: the JSON file of parameter values given. */
  readonly params?: string | undefined;
  /** Words at the end: `--alt`, `--arm`, `--uncertainty`, a stopping rule, `--shard`. */
  readonly after?: readonly string[];
}

/** The replay command of {@link ReplayParts}, quoted for a POSIX shell. */
export function replayCommand(parts: ReplayParts): string {
  return shellCommand(replayWords(parts));
}

/** The words of {@link replayCommand}, unquoted: what a shard file keeps so that `crisis-sim merge` can rerun the command. */
export function replayWords(parts: ReplayParts): string[] {
  const words = ['crisis-sim', parts.command, parts.scenarioId];
  if (parts.modulePath !== undefined) words.push('--scenario-module', parts.modulePath);
  words.push(...(parts.options ?? []));
  if (parts.runs !== undefined) words.push('--runs', String(parts.runs));
  words.push('--seed', parts.seed, ...(parts.afterSeed ?? []));
  for (const set of parts.sets ?? []) words.push('--set', set);
  if (parts.params !== undefined) words.push('--params', parts.params);
  words.push(...(parts.after ?? []));
  return words;
}
