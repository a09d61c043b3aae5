import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { AnyScenario } from '@crisis-sim/engine';
import { parseShard, type Shard } from '@crisis-sim/engine/internal';
import { defaultWorkers } from '@crisis-sim/runner';
import type { Options } from 'yargs';
import type { CliIo } from './cli-io.js';
import { outputFileOptions } from './output-file-options.js';
import { parameterOverrides } from './parameter-overrides.js';
import { parseCount } from './parse-count.js';
import { parseSeconds } from './parse-seconds.js';
import { runTimeoutMsOf, runTimeoutOption } from './run-timeout-option.js';
import { usageError } from './usage-error.js';
import { assertWritableOutputs } from './write-output-file.js';

/**
 * The options every analysis command shares with `run`: runs per design point, seed,
 * workers, held parameters, format, output file, HTML report, quiet, the per-run time limit,
 * and the checkpoint and shard of its runs.
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
    report: outputFileOptions.report,
    quiet: { type: 'boolean', default: false, describe: 'No progress bar or notes on stderr' },
    'run-timeout': runTimeoutOption,
    checkpoint: {
      type: 'string',
      describe: 'Save the counted blocks of runs to this file every few seconds; rerun the same command to resume after an interruption',
      requiresArg: true,
    },
    'checkpoint-every': {
      type: 'string',
      describe: 'Seconds between checkpoints with --checkpoint (0: after every block of runs)',
      defaultDescription: '5',
      requiresArg: true,
    },
    shard: {
      type: 'string',
      describe:
        'Run only the k-th of n shares of the blocks of runs (--shard 3/16) and write them as a partial output; crisis-sim merge joins the n files into the output of the whole command',
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
  /** --checkpoint, resolved, and --checkpoint-every in milliseconds. */
  readonly checkpoint: string | undefined;
  readonly checkpointEveryMs: number | undefined;
  /** --shard: this process runs one share of the blocks and writes a partial output. */
  readonly shard: Shard | undefined;
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
  const runTimeoutMs = runTimeoutMsOf(args);
  const out = args.out as string | undefined;
  const checkpoint = args.checkpoint as string | undefined;
  const report = args.report as string | undefined;
  await assertWritableOutputs({ '--out': out, '--report': report, '--checkpoint': checkpoint }, io.cwd);
  if (args['checkpoint-every'] !== undefined && checkpoint === undefined)
    throw usageError('--checkpoint-every only applies with --checkpoint');
  const shard = args.shard === undefined ? undefined : parseShard(args.shard as string, ['--shard']);
  if (shard !== undefined && report !== undefined)
    throw usageError('--report needs the whole output: run crisis-sim merge on the shards, then crisis-sim report on the merged file');
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
    checkpoint: checkpoint === undefined ? undefined : resolve(io.cwd, checkpoint),
    checkpointEveryMs:
      args['checkpoint-every'] === undefined ? undefined : parseSeconds('--checkpoint-every', args['checkpoint-every'] as string, true),
    shard,
  };
}

/**
 * The runner options that carry --checkpoint and --checkpoint-every, with notes (a stale lock
 * taken over) on stderr: spread into the options of `runPlans` and the analyses built on it.
 */
export function checkpointOptions(
  common: AnalysisArgs,
  io: CliIo,
): { checkpoint?: string; checkpointEveryMs?: number; onWarning: (message: string) => void } {
  return {
    ...(common.checkpoint === undefined ? {} : { checkpoint: common.checkpoint }),
    ...(common.checkpointEveryMs === undefined ? {} : { checkpointEveryMs: common.checkpointEveryMs }),
    onWarning: (message) => io.stderr.write(`crisis-sim: ${message}\n`),
  };
}

/**
 * Deletes the --checkpoint once the command's output is written: the runner keeps it,
 * complete, until then, so that a crash in between reruns nothing.
 */
export async function removeCheckpoint(common: Pick<AnalysisArgs, 'checkpoint'>): Promise<void> {
  if (common.checkpoint !== undefined) await rm(common.checkpoint, { force: true });
}
