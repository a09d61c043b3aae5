import { availableParallelism } from 'node:os';
import type { AnyScenario } from '@crisis-sim/engine';
import { defaultWorkers } from '@crisis-sim/runner';
import type { Options } from 'yargs';
import type { CliIo } from './cli-io.js';
import { outputFileOptions } from './output-file-options.js';
import { parameterOverrides } from './parameter-overrides.js';
import { parseCount } from './parse-count.js';
import { runTimeoutMsOf, runTimeoutOption } from './run-timeout-option.js';
import { assertWritableOutput } from './write-output-file.js';

/**
 * The options every analysis command shares with `run`: runs per design point, seed,
 * workers, held parameters, format, output file, quiet and the per-run time limit.
 */
export function analysisOptions(defaultRuns: number, formats: readonly string[]): Record<string, Options & { readonly describe: string }> {
  return {
    runs: { type: 'string', describe: 'Runs per design point (at most 1e12)', defaultDescription: String(defaultRuns), requiresArg: true },
    seed: { type: 'string', default: '1', describe: 'Master seed; shown in the output', requiresArg: true },
    set: {
      type: 'string',
      array: true,
      describe: 'Hold a parameter at a value at every point: --set key=value (repeatable, each key once)',
      requiresArg: true,
    },
    params: { type: 'string', describe: 'JSON file of parameter values held at every point', requiresArg: true },
    workers: {
      type: 'string',
      describe: 'Worker threads (at most four times the cores)',
      defaultDescription: 'the cores available',
      requiresArg: true,
    },
    format: {
      type: 'string',
      choices: formats,
      describe: 'Output format; csv starts with # lines giving the seed, the manifest and the replay command',
      defaultDescription: 'table (json with --out)',
      requiresArg: true,
    },
    out: outputFileOptions.out,
    quiet: { type: 'boolean', default: false, describe: 'No progress bar or notes on stderr' },
    'run-timeout': runTimeoutOption,
  };
}

/** The common analysis options, checked: each bad value refused with one line before any run. */
export interface AnalysisArgs {
  readonly runs: number;
  readonly seed: string;
  readonly workers: number;
  readonly format: string;
  readonly out: string | undefined;
  readonly quiet: boolean;
  readonly runTimeoutMs: number;
  readonly held: Readonly<Record<string, unknown>>;
  /** The --set words given, for the replay line. */
  readonly sets: readonly string[];
}

/** Reads and checks the options of {@link analysisOptions}; the output file is checked writable now, not after the work. */
export async function readAnalysisArgs(
  args: Readonly<Record<string, unknown>>,
  scenario: AnyScenario,
  io: CliIo,
  defaultRuns: number,
): Promise<AnalysisArgs> {
  const sets = (args.set as string[] | undefined) ?? [];
  const held = await parameterOverrides(scenario, sets, args.params as string | undefined, io.cwd);
  const runs = args.runs === undefined ? defaultRuns : parseCount('--runs', args.runs as string);
  const cores = availableParallelism();
  const workers =
    args.workers === undefined
      ? defaultWorkers()
      : parseCount('--workers', args.workers as string, 1, 4 * cores, ` (four times the ${cores} cores here; more only costs memory)`);
  const runTimeoutMs = runTimeoutMsOf(args);
  const out = args.out as string | undefined;
  if (out !== undefined) await assertWritableOutput('--out', out, io.cwd);
  return {
    runs,
    seed: args.seed as string,
    workers,
    format: (args.format as string | undefined) ?? (out === undefined ? 'table' : 'json'),
    out,
    quiet: args.quiet === true,
    runTimeoutMs,
    held,
    sets,
  };
}
