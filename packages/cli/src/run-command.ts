import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseShard, runReplayCommand } from '@crisis-sim/engine/internal';
import { defaultWorkers, type PrestartedWorkers, prestartWorkers, recordFormatOf, runBatch } from '@crisis-sim/runner';
import type { CommandContext, CommandSpec } from './command-spec.js';
import { formatSummaryCsv } from './format-summary-csv.js';
import { formatSummaryTable } from './format-summary-table.js';
import { bundleRunExplorer, htmlReport } from './html-report.js';
import { outputFileOptions } from './output-file-options.js';
import { parameterOverrides } from './parameter-overrides.js';
import { parseCount } from './parse-count.js';
import { parseSeconds } from './parse-seconds.js';
import { resolveScenario, scenarioSourceOf } from './resolve-scenario.js';
import { runTimeoutMsOf, runTimeoutOption } from './run-timeout-option.js';
import { scenarioPositional } from './scenario-positional.js';
import { summaryDocument } from './summary-document.js';
import { withTraceReplay } from './trace-replay.js';
import { usageError } from './usage-error.js';
import { withProgress } from './with-progress.js';
import { assertWritableOutput, writeOutputFile } from './write-output-file.js';

/** Runs in a batch when neither --runs nor --until-ci is given. */
const DEFAULT_RUNS = 10_000;
/** Master seed when --seed is not given: fixed, so that the same command gives the same numbers. */
const DEFAULT_SEED = '1';
/** Upper bound of a batch with --until-ci when --max-runs is not given. */
const DEFAULT_MAX_RUNS = 1_000_000;

/** `crisis-sim run <scenario>`: a Monte Carlo batch. */
export const runCommand: CommandSpec = {
  command: 'run [scenario]',
  summary: 'Run a Monte Carlo batch and report outcome probabilities',
  description:
    'Runs the scenario --runs times (run indices 0 to runs-1), each run seeded from the master seed and its index, on --workers threads, and reports each outcome with its probability and 95% Wilson interval, and each indicator with the probability it happens by the horizon and its median day and date. The result depends only on the scenario, parameters, seed, runs and uncertainty: not on --workers, --shard splits or interruptions resumed from --checkpoint.',
  positionals: { scenario: scenarioPositional },
  options: {
    runs: { type: 'string', describe: 'Number of runs (at most 1e12)', defaultDescription: String(DEFAULT_RUNS), requiresArg: true },
    seed: {
      type: 'string',
      default: DEFAULT_SEED,
      describe: 'Master seed: a whole number in plain digits (01, 1.0 and 1e0 are refused) or a word; shown in the output',
      requiresArg: true,
    },
    set: {
      type: 'string',
      array: true,
      describe: 'Set a parameter: --set key=value (repeatable, each key once; see describe)',
      requiresArg: true,
    },
    params: { type: 'string', describe: 'JSON file of parameter values, {"key": value}; --set wins over it', requiresArg: true },
    uncertainty: {
      type: 'string',
      choices: ['none', 'priors'],
      default: 'none',
      describe: 'priors: each run draws the parameters you did not --set from their priors',
      requiresArg: true,
    },
    workers: {
      type: 'string',
      describe: 'Worker threads (at most four times the cores)',
      defaultDescription: 'the cores available',
      requiresArg: true,
    },
    shard: { type: 'string', describe: 'Run only the k-th of n equal slices of the run indices: --shard 3/16', requiresArg: true },
    'until-ci': {
      type: 'string',
      describe: "Stop once every outcome's 95% interval half-width is below this (checked every 1,000 runs)",
      requiresArg: true,
    },
    'max-runs': {
      type: 'string',
      describe: 'Upper bound on runs with --until-ci',
      defaultDescription: String(DEFAULT_MAX_RUNS),
      requiresArg: true,
    },
    'min-runs': { type: 'string', describe: 'Lower bound on runs with --until-ci', defaultDescription: '1000', requiresArg: true },
    checkpoint: {
      type: 'string',
      describe: 'Save progress to this file every few seconds; rerun the same command to resume after an interruption',
      requiresArg: true,
    },
    format: {
      type: 'string',
      choices: ['table', 'json', 'csv'],
      describe: 'Output format; csv starts with # lines giving the seed, the manifest and the replay command',
      defaultDescription: 'table (json with --out)',
      requiresArg: true,
    },
    records: { type: 'string', describe: 'Write one record per run to this .ndjson or .csv file', requiresArg: true },
    report: outputFileOptions.report,
    out: outputFileOptions.out,
    quiet: { type: 'boolean', default: false, describe: 'No progress bar or notes on stderr' },
    'checkpoint-every': {
      type: 'string',
      describe: 'Seconds between checkpoints with --checkpoint (0: after every block of 1,000 runs)',
      defaultDescription: '5',
      requiresArg: true,
    },
    'run-timeout': runTimeoutOption,
    'check-invariants': {
      type: 'boolean',
      default: true,
      describe: "Check the scenario's invariants after every step (--no-check-invariants skips)",
    },
  },
  examples: [
    ['crisis-sim run niger-2023', '10,000 runs with default parameters and seed 1'],
    ['crisis-sim run niger-2023 --runs 100000 --seed 7 --workers 4', 'A bigger batch on 4 threads'],
    ['crisis-sim run niger-2023 --set horizonDays=365', 'Change a parameter (see describe for the keys)'],
    ['crisis-sim run niger-2023 --uncertainty priors --records runs.csv', 'Draw parameters from their priors; one CSV row per run'],
    ['crisis-sim run niger-2023 --until-ci 0.005', 'Keep going until every interval is within +-0.5 points'],
    [
      'crisis-sim run niger-2023 --runs 100000 --shard 3/4 --out shard-3.json',
      'Slice 3 of 4: each of 4 machines runs its own k; merge the files afterwards',
    ],
    ['crisis-sim run niger-2023 --runs 1000000 --checkpoint run.ckpt', 'Resumable: rerun the same command after an interruption'],
    ['crisis-sim run niger-2023 --format json > summary.json', 'Summary and computed report as JSON'],
  ],
  async handler(args, context) {
    // Worker threads boot and import the scenario while this thread loads and plans it.
    const early = scenarioSourceOf(args.scenario as string | undefined, args['scenario-module'] as string | undefined, context.io.cwd);
    const prestarted = early === undefined ? undefined : prestartWorkers(early, workersWanted(args.workers));
    try {
      await runHandler(args, context, prestarted);
    } finally {
      await prestarted?.release();
    }
  },
};

/** The worker threads `--workers` asks for, or the default; 0 (start none early) when it is malformed: the handler reports that. */
function workersWanted(given: unknown): number {
  if (given === undefined) return defaultWorkers();
  const count = Number(given);
  return Number.isInteger(count) && count >= 1 && count <= 4 * availableParallelism() ? count : 0;
}

async function runHandler(args: Record<string, unknown>, { io, signal }: CommandContext, prestarted: PrestartedWorkers | undefined) {
  const modulePath = args['scenario-module'] as string | undefined;
  const { scenario, source } = await resolveScenario(args.scenario as string | undefined, modulePath, io.cwd);
  const parameters = await parameterOverrides(
    scenario,
    (args.set as string[] | undefined) ?? [],
    args.params as string | undefined,
    io.cwd,
  );
  const untilCi = args['until-ci'] as string | undefined;
  const shardText = args.shard as string | undefined;
  const shard = shardText === undefined ? undefined : parseShard(shardText, ['--shard']);
  // More threads than cores give the same result no faster, at about 2 MB each; four times the
  // cores leaves room for determinism checks on small machines and refuses a slipped digit.
  const cores = availableParallelism();
  const workers =
    args.workers === undefined
      ? defaultWorkers()
      : parseCount('--workers', args.workers as string, 1, 4 * cores, ` (four times the ${cores} cores here; more only costs memory)`);
  const out = args.out as string | undefined;
  const format = (args.format as string | undefined) ?? (out === undefined ? 'table' : 'json');
  let sizing: { runs: number } | { stop: { ciHalfWidth: number; maxRuns: number; minRuns?: number } };
  if (untilCi === undefined) {
    for (const flag of ['max-runs', 'min-runs']) if (args[flag] !== undefined) throw usageError(`--${flag} only applies with --until-ci`);
    sizing = { runs: args.runs === undefined ? DEFAULT_RUNS : parseCount('--runs', args.runs as string) };
  } else {
    if (args.runs !== undefined) throw usageError('give --runs or --until-ci, not both: with --until-ci use --max-runs (and --min-runs)');
    const ciHalfWidth = Number(untilCi);
    if (!(ciHalfWidth > 0 && ciHalfWidth < 0.5))
      throw usageError(`--until-ci must be a number between 0 and 0.5, like 0.01, got ${JSON.stringify(untilCi)}`);
    const maxRuns = args['max-runs'] === undefined ? DEFAULT_MAX_RUNS : parseCount('--max-runs', args['max-runs'] as string);
    const minRuns = args['min-runs'] === undefined ? undefined : parseCount('--min-runs', args['min-runs'] as string);
    sizing = { stop: { ciHalfWidth, maxRuns, ...(minRuns === undefined ? {} : { minRuns }) } };
  }
  const records = args.records as string | undefined;
  const checkpoint = args.checkpoint as string | undefined;
  const report = args.report as string | undefined;
  // Fail before a long run, not after it, when an output cannot be written.
  for (const [flag, path] of [
    ['--out', out],
    ['--records', records],
    ['--checkpoint', checkpoint],
    ['--report', report],
  ] as const) {
    if (path !== undefined) await assertWritableOutput(flag, path, io.cwd);
  }
  const outputs = [
    ['--out', out],
    ['--records', records],
    ['--checkpoint', checkpoint],
    ['--report', report],
  ].filter((entry): entry is [string, string] => entry[1] !== undefined);
  for (const [i, [flag, path]] of outputs.entries()) {
    const clash = outputs.slice(i + 1).find(([, other]) => resolve(io.cwd, other) === resolve(io.cwd, path));
    if (clash !== undefined) throw usageError(`${flag} and ${clash[0]} name the same file ${path}: give each its own`, path);
  }
  if (records !== undefined && recordFormatOf(records) === undefined)
    throw usageError(`--records ${records} must end in .csv or .ndjson: the extension picks the format`, records);
  const explorer = report === undefined ? undefined : await bundleRunExplorer(scenario, source);
  if (args['checkpoint-every'] !== undefined && checkpoint === undefined)
    throw usageError('--checkpoint-every only applies with --checkpoint');
  const runTimeoutMs = runTimeoutMsOf(args);
  const quiet = args.quiet === true;
  const warn = (message: string) => io.stderr.write(`crisis-sim: ${message}\n`);
  const render = (summary: Awaited<ReturnType<typeof runBatch>>) => {
    const replay = runReplayCommand(scenario, summary, { modulePath, shard: shardText?.replaceAll(' ', '') });
    const text =
      format === 'json'
        ? summaryDocument(summary)
        : format === 'csv'
          ? formatSummaryCsv(scenario, summary, replay)
          : formatSummaryTable(scenario, summary, replay);
    return { text, replay };
  };
  let summary: Awaited<ReturnType<typeof runBatch>>;
  try {
    summary = await withProgress(io, !quiet, (onProgress) =>
      runBatch({
        scenario,
        source,
        ...sizing,
        seed: args.seed as string,
        parameters,
        uncertainty: args.uncertainty as 'none' | 'priors',
        ...(shard === undefined ? {} : { shard }),
        workers,
        checkInvariants: args['check-invariants'] !== false,
        ...(checkpoint === undefined ? {} : { checkpoint: resolve(io.cwd, checkpoint) }),
        ...(args['checkpoint-every'] === undefined
          ? {}
          : { checkpointEveryMs: parseSeconds('--checkpoint-every', args['checkpoint-every'] as string, true) }),
        ...(records === undefined ? {} : { records: resolve(io.cwd, records) }),
        onProgress,
        signal,
        runTimeoutMs,
        onWarning: warn,
        ...(prestarted === undefined ? {} : { prestarted }),
        // --out is written before the checkpoint is removed: a crash in between finishes on rerun.
        ...(out === undefined ? {} : { finish: async (done) => writeOutputFile('--out', out, render(done).text, io) }),
      }),
    );
  } catch (error) {
    throw withTraceReplay(error, {
      scenarioId: scenario.id,
      ...(modulePath === undefined ? {} : { modulePath }),
      seed: args.seed as string,
      parameters,
      uncertainty: args.uncertainty as 'none' | 'priors',
    });
  }
  const { text, replay } = render(summary);
  if (out === undefined) io.stdout.write(text);
  else if (!quiet) io.stderr.write(`crisis-sim: wrote ${out} (${summary.runs.toLocaleString('en-US')} runs; replay: ${replay})\n`);
  if (report !== undefined) {
    const request = {
      saved: { kind: 'run', summary },
      scenario,
      source,
      replay,
      ...(explorer === undefined ? {} : { explorer }),
      ...(modulePath === undefined ? {} : { modulePath }),
    } as const;
    await writeOutputFile('--report', report, await htmlReport(request), io);
  }
}
