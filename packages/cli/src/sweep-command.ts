import { planEnsemble, type ReplayParts, replayCommand, replayWords, sweepEnsembleOptions } from '@crisis-sim/engine/internal';
import { runSweep } from '@crisis-sim/runner';
import { analysisOptions, checkpointOptions, readAnalysisArgs } from './analysis-options.js';
import type { CommandSpec } from './command-spec.js';
import { formatEnsembleCsv } from './format-ensemble-csv.js';
import { parseCount } from './parse-count.js';
import { percent } from './percent.js';
import { resolveScenario } from './resolve-scenario.js';
import { scenarioPositional } from './scenario-positional.js';
import { MAX_SWEEP_POINTS, sweepValues } from './sweep-values.js';
import { textTable } from './text-table.js';
import { usageError } from './usage-error.js';
import { withProgress } from './with-progress.js';
import { writeAnalysisOutput } from './write-analysis-output.js';
import { writeAnalysisShard } from './write-analysis-shard.js';

/** Runs per point when --runs is not given. */
const DEFAULT_SWEEP_RUNS = 2_000;

/** `crisis-sim sweep <scenario> --param key`: the same batch at each value of one parameter. */
export const sweepCommand: CommandSpec = {
  command: 'sweep [scenario]',
  summary: 'Run the same batch at each value of one parameter',
  description:
    "Runs --runs seeded runs at each value of --param (the values of --values, or --steps points across its range; a switch takes false and true, a choice every value), with the same seed and run indices at every point, so that what changes from row to row is the parameter, not the draw. It is the one-parameter ensemble on common random numbers: the values' blocks of runs spread over --workers threads, with the same result for any number of them, and --checkpoint and --shard work as for ensemble. Prints each outcome's probability per value, with --format csv each outcome's and indicator's probability and interval per value (the table of ensemble --format csv), and with --format json every point's summary and report.",
  positionals: { scenario: scenarioPositional },
  options: {
    param: { type: 'string', describe: 'The parameter to vary (required)', requiresArg: true },
    values: { type: 'string', describe: 'Comma-separated values: --values 0,0.5,1 (at most 1,000)', requiresArg: true },
    steps: {
      type: 'string',
      describe: 'Evenly spaced points across the range, ends included (2 to 1,000)',
      defaultDescription: '5',
      requiresArg: true,
    },
    ...analysisOptions(DEFAULT_SWEEP_RUNS, ['table', 'json', 'csv']),
    runs: { type: 'string', describe: 'Runs per point (at most 1e12)', defaultDescription: String(DEFAULT_SWEEP_RUNS), requiresArg: true },
    seed: { type: 'string', default: '1', describe: 'Master seed of every point', requiresArg: true },
    set: {
      type: 'string',
      array: true,
      describe: 'Hold another parameter at a value: --set key=value (repeatable, each key once, not --param)',
      requiresArg: true,
    },
    params: { type: 'string', describe: 'JSON file of parameter values held at every point (not --param)', requiresArg: true },
    format: {
      type: 'string',
      choices: ['table', 'json', 'csv'],
      default: 'table',
      describe:
        "Output format; csv is ensemble's: a row per value with each outcome's and indicator's probability and 95% interval, after # lines giving the seed, the manifest and the replay command",
      requiresArg: true,
    },
  },
  examples: [
    ['crisis-sim sweep niger-2023 --param nigeria.senateApprovalProbability --steps 5', 'Five points from 0 to 1'],
    ['crisis-sim sweep niger-2023 --param ecowas.votingRule --runs 1000', 'Every voting rule'],
  ],
  async handler(args, { io, signal }) {
    const modulePath = args['scenario-module'] as string | undefined;
    const { scenario, source } = await resolveScenario(args.scenario as string | undefined, modulePath, io.cwd);
    const key = args.param as string | undefined;
    if (key === undefined) throw usageError('sweep needs --param <key>: the parameter to vary (see crisis-sim describe)', key);
    if (args.values !== undefined && args.steps !== undefined) throw usageError('give --values or --steps, not both', args.values);
    const steps = args.steps === undefined ? undefined : parseCount('--steps', args.steps as string, 2, MAX_SWEEP_POINTS);
    const values = sweepValues(scenario, key, args.values as string | undefined, steps);
    const common = await readAnalysisArgs(args, scenario, io, DEFAULT_SWEEP_RUNS);
    const { sets, held, runs, seed } = common;
    // The swept value would replace a held one at every point: refuse rather than ignore it.
    if (Object.hasOwn(held, key))
      throw usageError(
        `--param ${key} is the parameter swept, so it cannot also be held by ${sets.some((set) => set.split('=')[0]?.trim() === key) ? '--set' : `--params ${String(args.params)}`}; give its values with --values`,
        key,
      );
    const replayParts: ReplayParts = {
      command: 'sweep',
      scenarioId: scenario.id,
      modulePath,
      options: ['--param', key, '--values', values.map(String).join(',')],
      runs,
      seed,
      sets,
      params: args.params as string | undefined,
    };
    const replay = replayCommand(replayParts);
    const options = { key, values: values as never, runs, seed, parameters: held };
    const how = { scenario, source, workers: common.workers, runTimeoutMs: common.runTimeoutMs, signal, ...checkpointOptions(common, io) };
    if (common.shard !== undefined) {
      const plans = planEnsemble(scenario, sweepEnsembleOptions(scenario, options)).points.map((point) => point.plan);
      return writeAnalysisShard(plans, common.shard, common, replayWords(replayParts), how, io);
    }
    const sweep = await withProgress(io, !common.quiet, (onProgress) => runSweep(options, { ...how, onProgress }));

    let text: string;
    if (common.format === 'json') {
      text = `${JSON.stringify(sweep, null, 2)}\n`;
    } else if (common.format === 'csv') {
      // Every value runs the master seed's runs (common random numbers), so each point's seed is the sweep's.
      const points = sweep.points.map((point) => ({
        values: { [key]: point.value },
        seed: sweep.seed,
        summary: point.summary,
        report: point.report,
      }));
      text = formatEnsembleCsv(
        { seed: sweep.seed, runs: sweep.runs, streams: 'common', keys: [key], points },
        `sweep of ${key}`,
        replay,
        'sweep',
      );
    } else {
      const outcomes = scenario.outcomes as readonly { id: string; label: string }[];
      const rows = sweep.points.map((point) => [
        String(point.value),
        ...outcomes.map((outcome) => {
          const estimate = point.report.outcomes.find((entry) => entry.id === outcome.id);
          return estimate === undefined ? '' : percent(estimate.probability);
        }),
      ]);
      const widest = Math.max(
        ...sweep.points.flatMap((point) => point.report.outcomes.map((outcome) => (outcome.interval.high - outcome.interval.low) / 2)),
      );
      text = [
        `${scenario.title} (${scenario.id} ${scenario.version}): sweep of ${key}`,
        `${runs.toLocaleString('en-US')} runs per value, the same seed and run indices at every value, seed ${sweep.seed}`,
        '',
        textTable(
          [[key, ...outcomes.map((outcome) => outcome.label)], ...rows],
          outcomes.map((_, i) => i + 1),
        ),
        `95% intervals are at most +-${percent(widest)} wide (Wilson); --format json has them all.`,
        '',
        `Replay: ${replay}`,
        '',
      ].join('\n');
    }
    await writeAnalysisOutput(io, common, text, `${sweep.points.length} values; replay: ${replay}`, {
      document: sweep,
      // No replay on the page: the JSON has none, and --report must equal crisis-sim report of the JSON.
      request: { scenario, source, modulePath },
    });
  },
};
