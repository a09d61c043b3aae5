import type { Design, DesignFactor } from '@crisis-sim/engine';
import { planEnsemble, type ReplayParts, replayCommand, replayWords } from '@crisis-sim/engine/internal';
import { runEnsemble } from '@crisis-sim/runner';
import { analysisOptions, checkpointOptions, readAnalysisArgs } from './analysis-options.js';
import type { CommandSpec } from './command-spec.js';
import { formatEnsembleCsv } from './format-ensemble-csv.js';
import { parseCount } from './parse-count.js';
import { parseDesignParam } from './parse-design-param.js';
import { percent } from './percent.js';
import { resolveScenario } from './resolve-scenario.js';
import { scenarioPositional } from './scenario-positional.js';
import { textTable } from './text-table.js';
import { usageError } from './usage-error.js';
import { withProgress } from './with-progress.js';
import { writeAnalysisOutput } from './write-analysis-output.js';
import { writeAnalysisShard } from './write-analysis-shard.js';

/** Runs per design point when --runs is not given. */
const DEFAULT_ENSEMBLE_RUNS = 1_000;

/** `crisis-sim ensemble <scenario> --param ... --design grid|lhs|sobol`: a batch at every point of a design. */
export const ensembleCommand: CommandSpec = {
  command: 'ensemble [scenario]',
  summary: 'Run a batch at every point of a design over several parameters',
  description:
    "Runs --runs seeded runs at every point of a design over the --param parameters: a full factorial grid, or --points Latin hypercube or Sobol points over their ranges. Each point's streams come from the master seed and a hash of its parameter values, never its position, so adding or reordering points changes no other point, and the point's seed (in the output) reproduces it with crisis-sim run. The points' run blocks spread over --workers threads; the result is the same for any number of them. Prints each outcome's probability per point; csv has one row per point with every interval, json every point's summary and report.",
  positionals: { scenario: scenarioPositional },
  options: {
    param: {
      type: 'string',
      array: true,
      describe:
        'A parameter to vary (repeatable): KEY=MIN:MAX:STEPS (grid), KEY=MIN:MAX (lhs, sobol), KEY=V1,V2 (listed values), KEY (a choice or switch: all its values; a number: its prior range)',
      requiresArg: true,
    },
    design: { type: 'string', choices: ['grid', 'lhs', 'sobol'], default: 'grid', describe: 'How points are placed', requiresArg: true },
    points: { type: 'string', describe: 'Number of points of an lhs or sobol design (1 to 1,000,000)', requiresArg: true },
    uncertainty: {
      type: 'string',
      choices: ['none', 'priors'],
      default: 'none',
      describe: 'priors: each run draws the parameters neither varied nor --set from their priors',
      requiresArg: true,
    },
    ...analysisOptions(DEFAULT_ENSEMBLE_RUNS, ['table', 'json', 'csv']),
  },
  examples: [
    [
      'crisis-sim ensemble niger-2023 --param nigeria.senateApprovalProbability=0:1:3 --param ecowas.votingRule --runs 500',
      'A grid: three approval levels times every voting rule',
    ],
    [
      'crisis-sim ensemble niger-2023 --param nigeria.senateApprovalProbability=0:1 --design lhs --points 10 --runs 200 --format csv',
      'Ten Latin hypercube points, as CSV',
    ],
  ],
  async handler(args, { io, signal }) {
    const modulePath = args['scenario-module'] as string | undefined;
    const { scenario, source } = await resolveScenario(args.scenario as string | undefined, modulePath, io.cwd);
    const params = (args.param as string[] | undefined) ?? [];
    if (params.length === 0)
      throw usageError('ensemble needs at least one --param KEY[=MIN:MAX[:STEPS]]: the parameters to vary (see crisis-sim describe)');
    const factors: DesignFactor[] = params.map((text) => parseDesignParam(scenario, text));
    const kind = args.design as 'grid' | 'lhs' | 'sobol';
    let design: Design;
    if (kind === 'grid') {
      if (args.points !== undefined)
        throw usageError('--points applies to --design lhs or sobol; a grid has the points of its --param steps', args.points);
      design = { kind, factors };
    } else {
      if (args.points === undefined) throw usageError(`--design ${kind} needs --points N: how many points to place`);
      const stepped = factors.find((factor) => factor.steps !== undefined);
      if (stepped !== undefined)
        throw usageError(`--param ${stepped.key}: STEPS applies to --design grid; --design ${kind} takes KEY=MIN:MAX`, stepped.key);
      const points = parseCount('--points', args.points as string, 1, 1_000_000);
      design = kind === 'lhs' ? { kind, factors, points, seed: args.seed as string } : { kind, factors, points };
    }
    const common = await readAnalysisArgs(args, scenario, io, DEFAULT_ENSEMBLE_RUNS);
    const varied = factors.find((factor) => Object.hasOwn(common.held, factor.key));
    if (varied !== undefined)
      throw usageError(`--param ${varied.key} is varied, so it cannot also be held by --set or --params`, varied.key);
    const replayParts: ReplayParts = {
      command: 'ensemble',
      scenarioId: scenario.id,
      modulePath,
      options: [
        ...params.flatMap((param) => ['--param', param]),
        '--design',
        kind,
        ...(kind === 'grid' ? [] : ['--points', String(args.points)]),
      ],
      runs: common.runs,
      seed: common.seed,
      afterSeed: args.uncertainty === 'none' ? [] : ['--uncertainty', args.uncertainty as string],
      sets: common.sets,
      params: args.params as string | undefined,
    };
    const replay = replayCommand(replayParts);

    const options = {
      design,
      runs: common.runs,
      seed: common.seed,
      parameters: common.held,
      uncertainty: args.uncertainty as 'none' | 'priors',
    };
    const how = { scenario, source, workers: common.workers, runTimeoutMs: common.runTimeoutMs, signal, ...checkpointOptions(common, io) };
    if (common.shard !== undefined) {
      const plans = planEnsemble(scenario, options).points.map((point) => point.plan);
      return writeAnalysisShard(plans, common.shard, common, replayWords(replayParts), how, io);
    }
    const result = await withProgress(io, !common.quiet, (onProgress) => runEnsemble(options, { ...how, onProgress }));

    const document = { design: kind, replay, ...result };
    let text: string;
    if (common.format === 'json') text = `${JSON.stringify(document, null, 2)}\n`;
    else if (common.format === 'csv') text = formatEnsembleCsv(result, kind, replay);
    else {
      const outcomes = scenario.outcomes as readonly { id: string; label: string }[];
      const rows = result.points.map((point) => [
        ...result.keys.map((key) => formatValue(point.values[key])),
        ...outcomes.map((outcome) => {
          const estimate = point.report.outcomes.find((entry) => entry.id === outcome.id);
          return estimate === undefined ? '' : percent(estimate.probability);
        }),
      ]);
      const widest = Math.max(
        0,
        ...result.points.flatMap((point) => point.report.outcomes.map((outcome) => (outcome.interval.high - outcome.interval.low) / 2)),
      );
      text = [
        `${scenario.title} (${scenario.id} ${scenario.version}): ensemble, ${kind} design of ${result.points.length} points`,
        `${result.runs.toLocaleString('en-US')} runs per point, each point seeded from seed ${result.seed} and its parameter values`,
        '',
        textTable(
          [[...result.keys, ...outcomes.map((outcome) => outcome.label)], ...rows],
          outcomes.map((_, i) => i + result.keys.length),
        ),
        `95% intervals are at most +-${percent(widest)} wide (Wilson); --format csv or json has them all, and each point's seed.`,
        '',
        `Replay: ${replay}`,
        '',
      ].join('\n');
    }
    await writeAnalysisOutput(io, common, text, `${result.points.length} points; replay: ${replay}`, {
      document,
      request: { scenario, source, replay, modulePath },
    });
  },
};

function formatValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isInteger(value)) return String(Number(value.toPrecision(4)));
  return String(value);
}
