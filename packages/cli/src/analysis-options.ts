import { availableParallelism } from 'node:os';
import type { AnyScenario } from '@crisis-sim/engine';
import { DEFAULT_RUN_TIMEOUT_MS, defaultWorkers } from '@crisis-sim/runner';
import type { Options } from 'yargs';
import type { CliIo } from './cli-io.js';
import { parameterOverrides } from './parameter-overrides.js';
import { parseCount } from './parse-count.js';
import { parseSeconds } from './parse-seconds.js';
import { assertWritableOutputs } from './write-output-file.js';

/**
 * The options every analysis command shares with `run`: runs per design point, seed,
 * workers, held parameters, format, output file, HTML report, quiet and the per-run time limit.
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
    out: { type: 'string', describe: 'Write the output to this file (atomically) instead of stdout', requiresArg: true },
    report: { type: 'string', describe: 'Also write a self-contained HTML report to this file (see crisis-sim report)', requiresArg: true },
    quiet: { type: 'boolean', default: false, describe: 'No progress bar or notes on stderr' },
    'run-timeout': {
      type: 'string',
      describe: 'Stop with an error naming the run, day and actor if one run takes longer than this many seconds',
      defaultDescription: String(DEFAULT_RUN_TIMEOUT_MS / 1000),
      requiresArg: true,
    },
  };
}

/** The common analysis options, checked: each bad value refused with one line before any run. */
export interface AnalysisArgs {
  readonly runs: number;
  readonly seed: string;
  readonly workers: number;
  readonly format: string;
  readonly out: string | undefined;
  /** --report: where the HTML report goes, if asked for. */
  readonly report: string | undefined;
  readonly quiet: boolean;
  readonly runTimeoutMs: number;
  readonly held: Readonly<Record<string, unknown>>;
  /** The --set words given, for the replay line. */
  readonly sets: readonly string[];
}

/** Reads and checks the options of {@link analysisOptions}; the output files are checked writable now, not after the work. */
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
  const runTimeoutMs =
    args['run-timeout'] === undefined ? DEFAULT_RUN_TIMEOUT_MS : parseSeconds('--run-timeout', args['run-timeout'] as string);
  const out = args.out as string | undefined;
  const report = args.report as string | undefined;
  await assertWritableOutputs({ '--out': out, '--report': report }, io.cwd);
  return {
    runs,
    seed: args.seed as string,
    workers,
    format: (args.format as string | undefined) ?? (out === undefined ? 'table' : 'json'),
    out,
    report,
    quiet: args.quiet === true,
    runTimeoutMs,
    held,
    sets,
  };
}
