import type { GlobalSensitivityResult, SensitivityRow } from '@crisis-sim/engine';
import { parseTarget, planGlobalSensitivity, type ReplayParts, replayCommand, replayWords } from '@crisis-sim/engine/internal';
import { csvText, runGlobalSensitivity, runOneAtATime } from '@crisis-sim/runner';
import { analysisOptions, checkpointOptions, readAnalysisArgs } from './analysis-options.js';
import type { CommandSpec } from './command-spec.js';
import { csvHeaderComments } from './csv-header-comments.js';
import { parseCount } from './parse-count.js';
import { percent } from './percent.js';
import { resolveScenario } from './resolve-scenario.js';
import { scenarioPositional } from './scenario-positional.js';
import { textTable } from './text-table.js';
import { usageError } from './usage-error.js';
import { withProgress } from './with-progress.js';
import { writeAnalysisOutput } from './write-analysis-output.js';
import { writeAnalysisShard } from './write-analysis-shard.js';

/** Runs per design point when --runs is not given. */
const DEFAULT_SENSITIVITY_RUNS = 200;

/** `crisis-sim sensitivity <scenario> --method morris|sobol|oat --target outcome:ID`: which parameters drive a probability. */
export const sensitivityCommand: CommandSpec = {
  command: 'sensitivity [scenario]',
  summary: 'Which parameters drive an outcome or indicator: Morris, Sobol or one at a time',
  description:
    'Measures how much each parameter moves the probability of --target (outcome:ID, or indicator:ID by the horizon). morris: elementary effects over --trajectories trajectories (mu*, sigma), to screen many parameters; sobol: first- and total-order indices from N (k + 2) points for k parameters (--samples N, Saltelli sampling, Jansen estimators) with bootstrap 95% intervals; oat: each parameter from the low to the high end of its range, the others held, with a paired 95% interval. morris and sobol vary the number parameters with priors (or --keys) over their prior ranges, every point on the same runs (common random numbers), the points spread over --workers threads with the same result for any number of them; oat runs on one worker thread.',
  positionals: { scenario: scenarioPositional },
  options: {
    method: { type: 'string', choices: ['morris', 'sobol', 'oat'], default: 'morris', describe: 'The method', requiresArg: true },
    target: { type: 'string', describe: 'What is measured: outcome:ID or indicator:ID (required)', requiresArg: true },
    keys: {
      type: 'string',
      describe: 'Comma-separated parameters to vary',
      defaultDescription: 'number parameters with priors (oat: every number and switch)',
      requiresArg: true,
    },
    trajectories: { type: 'string', describe: 'Morris trajectories (2 to 10,000)', defaultDescription: '20', requiresArg: true },
    levels: { type: 'string', describe: 'Morris grid levels (2 to 100)', defaultDescription: '4', requiresArg: true },
    samples: {
      type: 'string',
      describe: 'Sobol base samples N (2 to 1,000,000; powers of two are best)',
      defaultDescription: '256',
      requiresArg: true,
    },
    bootstrap: {
      type: 'string',
      describe: 'Sobol bootstrap resamples for the intervals (10 to 100,000)',
      defaultDescription: '200',
      requiresArg: true,
    },
    ...analysisOptions(DEFAULT_SENSITIVITY_RUNS, ['table', 'json', 'csv']),
  },
  examples: [
    [
      'crisis-sim sensitivity niger-2023 --method morris --target outcome:negotiated-transition --trajectories 10',
      'Screen every uncertain parameter',
    ],
    [
      'crisis-sim sensitivity niger-2023 --method sobol --target outcome:negotiated-transition --samples 16 --runs 100 --keys nigeria.senateApprovalProbability,junta.baseHardline',
      'Sobol indices of two parameters',
    ],
  ],
  async handler(args, { io, signal }) {
    const modulePath = args['scenario-module'] as string | undefined;
    const { scenario, source } = await resolveScenario(args.scenario as string | undefined, modulePath, io.cwd);
    const method = args.method as 'morris' | 'sobol' | 'oat';
    const target = args.target as string | undefined;
    if (target === undefined)
      throw usageError('sensitivity needs --target outcome:ID or indicator:ID: what to measure (see crisis-sim describe)');
    const methodOnly: Record<string, string> = { trajectories: 'morris', levels: 'morris', samples: 'sobol', bootstrap: 'sobol' };
    for (const [flag, owner] of Object.entries(methodOnly)) {
      if (args[flag] !== undefined && owner !== method)
        throw usageError(`--${flag} applies to --method ${owner}, not ${method}`, args[flag]);
    }
    const keyText = args.keys as string | undefined;
    const keys = keyText === undefined ? undefined : keyText.split(',').map((key) => key.trim());
    if (keys?.some((key) => key === ''))
      throw usageError(`--keys must list parameter keys separated by commas, got ${JSON.stringify(keyText)}`, keyText);
    const count = (flag: string, min: number, max: number) =>
      args[flag] === undefined ? undefined : parseCount(`--${flag}`, args[flag] as string, min, max);
    const trajectories = count('trajectories', 2, 10_000);
    const levels = count('levels', 2, 100);
    const samples = count('samples', 2, 1_000_000);
    const bootstrap = count('bootstrap', 10, 100_000);
    const common = await readAnalysisArgs(args, scenario, io, DEFAULT_SENSITIVITY_RUNS);
    const replayParts: ReplayParts = {
      command: 'sensitivity',
      scenarioId: scenario.id,
      modulePath,
      options: [
        '--method',
        method,
        '--target',
        target,
        ...(keyText === undefined ? [] : ['--keys', keyText]),
        ...Object.keys(methodOnly).flatMap((flag) => (args[flag] === undefined ? [] : [`--${flag}`, String(args[flag])])),
      ],
      runs: common.runs,
      seed: common.seed,
      sets: common.sets,
      params: args.params as string | undefined,
    };
    const replay = replayCommand(replayParts);
    const how = { scenario, source, signal, runTimeoutMs: common.runTimeoutMs };
    if (method === 'oat' && (common.checkpoint !== undefined || common.shard !== undefined))
      throw usageError(`--${common.shard === undefined ? 'checkpoint' : 'shard'} applies to --method morris or sobol; oat runs as one job`);

    const provenance = { replay, scenarioId: scenario.id, scenarioVersion: scenario.version };
    let text: string;
    let document: Record<string, unknown>;
    if (method === 'oat') {
      const rows = await runOneAtATime(how, {
        target,
        runs: common.runs,
        seed: common.seed,
        parameters: common.held,
        ...(keys === undefined ? {} : { keys }),
      });
      document = { ...provenance, method, target: parseTarget(scenario, target), seed: common.seed, runs: common.runs, rows };
      text = formatOat(
        document,
        rows,
        common.format,
        replay,
        `${scenario.title} (${scenario.id} ${scenario.version}): one-at-a-time sensitivity of ${target}`,
        common.runs,
      );
    } else {
      const options = {
        method,
        target,
        runs: common.runs,
        seed: common.seed,
        parameters: common.held,
        ...(keys === undefined ? {} : { keys }),
        ...(trajectories === undefined ? {} : { trajectories }),
        ...(levels === undefined ? {} : { levels }),
        ...(samples === undefined ? {} : { samples }),
        ...(bootstrap === undefined ? {} : { bootstrap }),
      };
      const runs = { ...how, workers: common.workers, ...checkpointOptions(common, io) };
      if (common.shard !== undefined) {
        const plans = planGlobalSensitivity(scenario, options).ensemble.points.map((point) => point.plan);
        return writeAnalysisShard(plans, common.shard, common, replayWords(replayParts), runs, io);
      }
      const result = await withProgress(io, !common.quiet, (onProgress) => runGlobalSensitivity(options, { ...runs, onProgress }));
      document = { ...provenance, ...result };
      text = formatGlobal(document, result, common.format, replay, `${scenario.title} (${scenario.id} ${scenario.version})`);
    }
    await writeAnalysisOutput(io, common, text, `replay: ${replay}`, { document, request: { scenario, source, replay, modulePath } });
  },
};

/** A range end as written by a person: 0.55, not 0.5499999999999999. */
function short(value: number): string {
  return String(Number(value.toPrecision(10)));
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function formatGlobal(document: unknown, result: GlobalSensitivityResult, format: string, replay: string, title: string): string {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  const subject = 'outcome' in result.target ? `outcome:${result.target.outcome}` : `indicator:${result.target.indicator}`;
  const comments = csvHeaderComments(
    `sensitivity: method ${result.method}, target ${subject}, seed ${result.seed}, ${result.points} points x ${result.runs} runs (common random numbers)`,
    [],
    replay,
  );
  if (result.method === 'morris') {
    const rows = result.rows.map((row) => [
      row.key,
      row.min,
      row.max,
      row.morris?.mu ?? '',
      row.morris?.muStar ?? '',
      row.morris?.sigma ?? '',
      row.morris?.muStarError ?? '',
    ]);
    if (format === 'csv') return csvText(comments, [['key', 'min', 'max', 'mu', 'mu_star', 'sigma', 'mu_star_se'], ...rows]);
    return [
      `${title}: Morris screening of ${subject}`,
      `${result.points.toLocaleString('en-US')} points x ${result.runs.toLocaleString('en-US')} runs, the same runs at every point, seed ${result.seed}`,
      'Effects are changes in probability when a parameter moves across its whole prior range; mu* ranks importance, sigma large against mu* means interactions or curvature.',
      '',
      textTable(
        [
          ['parameter', 'range', 'mu*', '+-se', 'mu', 'sigma'],
          ...result.rows.map((row) => [
            row.key,
            `${short(row.min)}..${short(row.max)}`,
            fixed(row.morris?.muStar ?? 0),
            fixed(row.morris?.muStarError ?? 0),
            fixed(row.morris?.mu ?? 0),
            fixed(row.morris?.sigma ?? 0),
          ]),
        ],
        [2, 3, 4, 5],
      ),
      '',
      `Replay: ${replay}`,
      '',
    ].join('\n');
  }
  const rows = result.rows.map((row) => [
    row.key,
    row.min,
    row.max,
    row.sobol?.first.estimate ?? '',
    row.sobol?.first.low ?? '',
    row.sobol?.first.high ?? '',
    row.sobol?.total.estimate ?? '',
    row.sobol?.total.low ?? '',
    row.sobol?.total.high ?? '',
  ]);
  if (format === 'csv')
    return csvText(comments, [['key', 'min', 'max', 'first', 'first_low', 'first_high', 'total', 'total_low', 'total_high'], ...rows]);
  const interval = (e: { estimate: number; low: number; high: number } | undefined) =>
    e === undefined ? '' : `${fixed(e.estimate)} [${fixed(e.low)}, ${fixed(e.high)}]`;
  return [
    `${title}: Sobol indices of ${subject}`,
    `${result.points.toLocaleString('en-US')} points x ${result.runs.toLocaleString('en-US')} runs, the same runs at every point, seed ${result.seed}; variance of the probability over the design ${result.variance?.toExponential(3)}`,
    'First order: the share of that variance a parameter explains alone; total: with all its interactions. 95% bootstrap intervals.',
    '',
    textTable([
      ['parameter', 'range', 'first order', 'total order'],
      ...result.rows.map((row) => [
        row.key,
        `${short(row.min)}..${short(row.max)}`,
        interval(row.sobol?.first),
        interval(row.sobol?.total),
      ]),
    ]),
    '',
    `Replay: ${replay}`,
    '',
  ].join('\n');
}

function formatOat(
  document: unknown,
  rows: readonly SensitivityRow[],
  format: string,
  replay: string,
  title: string,
  runs: number,
): string {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  if (format === 'csv')
    return csvText(csvHeaderComments(`sensitivity: method oat, ${runs} runs per end, paired`, [], replay), [
      ['key', 'low', 'high', 'low_probability', 'high_probability', 'effect', 'effect_low', 'effect_high'],
      ...rows.map((row) => [
        row.key,
        row.low,
        row.high,
        row.lowProbability,
        row.highProbability,
        row.effect.estimate,
        row.effect.low,
        row.effect.high,
      ]),
    ]);
  return [
    title,
    `${runs.toLocaleString('en-US')} runs at each end of each parameter's range, the same runs at both ends (paired)`,
    '',
    textTable(
      [
        ['parameter', 'low', 'high', 'p(low)', 'p(high)', 'effect [95%]'],
        ...rows.map((row) => [
          row.key,
          String(row.low),
          String(row.high),
          percent(row.lowProbability),
          percent(row.highProbability),
          `${percent(row.effect.estimate)} [${percent(row.effect.low)}, ${percent(row.effect.high)}]`,
        ]),
      ],
      [3, 4, 5],
    ),
    '',
    `Replay: ${replay}`,
    '',
  ].join('\n');
}
