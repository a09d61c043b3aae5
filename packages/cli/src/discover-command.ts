import type { PrimBox } from '@crisis-sim/engine';
import { type ReplayParts, replayCommand, replayWords } from '@crisis-sim/engine/internal';
import { csvText, discoveryPlan, runDiscovery } from '@crisis-sim/runner';
import { analysisOptions, checkpointOptions, readAnalysisArgs } from './analysis-options.js';
import type { CommandSpec } from './command-spec.js';
import { csvHeaderComments } from './csv-header-comments.js';
import { percent } from './percent.js';
import { resolveScenario } from './resolve-scenario.js';
import { scenarioPositional } from './scenario-positional.js';
import { textTable } from './text-table.js';
import { usageError } from './usage-error.js';
import { withProgress } from './with-progress.js';
import { writeAnalysisOutput } from './write-analysis-output.js';
import { writeAnalysisShard } from './write-analysis-shard.js';

/** Runs when --runs is not given: PRIM needs a few hundred cases of interest to peel on. */
const DEFAULT_DISCOVER_RUNS = 5_000;

/** `crisis-sim discover <scenario> --target outcome:ID`: under which parameter values the target happens (PRIM). */
export const discoverCommand: CommandSpec = {
  command: 'discover [scenario]',
  summary: 'Scenario discovery: under which parameter values an outcome happens (PRIM)',
  description:
    "Runs --runs runs with every parameter that has a prior drawn per run (those --set stay fixed), then finds the box of parameter values where --target (outcome:ID, or indicator:ID by the horizon) is most concentrated, with PRIM (the Patient Rule Induction Method): peel off --alpha of the runs at a time from the low or high end of one parameter, keeping the peel that leaves the highest density of the target. Prints the chosen box in plain words, its limits, and the peeling trajectory (coverage: share of the target's runs inside; density: share of the runs inside that are the target). The runs spread over --workers threads; the result is the same for any number of them.",
  positionals: { scenario: scenarioPositional },
  options: {
    target: { type: 'string', describe: 'The case of interest: outcome:ID or indicator:ID (required)', requiresArg: true },
    alpha: {
      type: 'string',
      describe: 'Share of the box peeled off per step (between 0 and 1)',
      defaultDescription: '0.05',
      requiresArg: true,
    },
    'min-coverage': {
      type: 'string',
      describe: 'The chosen box is the densest with at least this coverage (between 0 and 1)',
      defaultDescription: '0.5',
      requiresArg: true,
    },
    paste: { type: 'boolean', default: false, describe: 'Grow the chosen box back wherever that raises its density' },
    ...analysisOptions(DEFAULT_DISCOVER_RUNS, ['table', 'json', 'csv']),
  },
  examples: [
    ['crisis-sim discover niger-2023 --target outcome:negotiated-transition --runs 2000', 'When does the junta negotiate a transition?'],
  ],
  async handler(args, { io, signal }) {
    const modulePath = args['scenario-module'] as string | undefined;
    const { scenario, source } = await resolveScenario(args.scenario as string | undefined, modulePath, io.cwd);
    const target = args.target as string | undefined;
    if (target === undefined)
      throw usageError('discover needs --target outcome:ID or indicator:ID: the case of interest (see crisis-sim describe)');
    const share = (flag: string) => {
      const text = args[flag] as string | undefined;
      if (text === undefined) return undefined;
      const value = /^\s*[\d.]+(e-?\d+)?\s*$/i.test(text) ? Number(text) : Number.NaN;
      if (!(value > 0 && value < 1))
        throw usageError(`--${flag} must be a number between 0 and 1, like 0.05, got ${JSON.stringify(text)}`, text);
      return value;
    };
    const alpha = share('alpha');
    const minCoverage = share('min-coverage');
    const common = await readAnalysisArgs(args, scenario, io, DEFAULT_DISCOVER_RUNS);
    const replayParts: ReplayParts = {
      command: 'discover',
      scenarioId: scenario.id,
      modulePath,
      options: [
        '--target',
        target,
        ...(alpha === undefined ? [] : ['--alpha', String(args.alpha)]),
        ...(minCoverage === undefined ? [] : ['--min-coverage', String(args['min-coverage'])]),
        ...(args.paste === true ? ['--paste'] : []),
      ],
      runs: common.runs,
      seed: common.seed,
      sets: common.sets,
      params: args.params as string | undefined,
    };
    const replay = replayCommand(replayParts);
    const options = {
      target,
      runs: common.runs,
      seed: common.seed,
      parameters: common.held,
      ...(alpha === undefined ? {} : { alpha }),
      ...(minCoverage === undefined ? {} : { minCoverage }),
      ...(args.paste === true ? { paste: true } : {}),
    };
    const how = { scenario, source, workers: common.workers, runTimeoutMs: common.runTimeoutMs, signal, ...checkpointOptions(common, io) };
    if (common.shard !== undefined)
      return writeAnalysisShard(
        [discoveryPlan(scenario, options)],
        common.shard,
        common,
        replayWords(replayParts),
        { ...how, onRecords: () => {} },
        io,
      );
    const result = await withProgress(io, !common.quiet, (onProgress) => runDiscovery(options, { ...how, onProgress }));
    const booleans = new Set(result.inputs.filter((key) => scenario.parameters[key]?.kind === 'boolean'));
    const subject = 'outcome' in result.target ? `outcome:${result.target.outcome}` : `indicator:${result.target.indicator}`;
    const document = {
      replay,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: common.seed,
      runs: common.runs,
      ...result,
    };
    let text: string;
    if (common.format === 'json') text = `${JSON.stringify(document, null, 2)}\n`;
    else if (common.format === 'csv') {
      text = csvText(
        csvHeaderComments(
          `discover: ${scenario.id} ${scenario.version}, target ${subject}, seed ${common.seed}, ${common.runs} runs with priors drawn, base rate ${result.baseRate}`,
          [],
          replay,
          [`chosen: ${result.description}`],
        ),
        [
          ['step', 'coverage', 'density', 'mass', 'runs', 'chosen', 'limits'],
          ...result.trajectory.map((box, step) => [
            step,
            box.coverage,
            box.density,
            box.mass,
            box.count,
            step === result.chosenIndex ? 1 : 0,
            limitsText(box, booleans),
          ]),
        ],
      );
    } else {
      const every = Math.max(1, Math.ceil(result.trajectory.length / 25));
      const shown = result.trajectory.flatMap((box, step) =>
        step % every === 0 || step === result.chosenIndex || step === result.trajectory.length - 1 ? [[step, box] as const] : [],
      );
      text = [
        `${scenario.title} (${scenario.id} ${scenario.version}): scenario discovery for ${subject}`,
        `${common.runs.toLocaleString('en-US')} runs with every parameter that has a prior drawn, seed ${common.seed}; PRIM over ${result.inputs.length} parameters`,
        '',
        result.description,
        '',
        'Chosen box:',
        ...(result.chosen.limits.length === 0 ? ['  (no limits)'] : result.chosen.limits.map((limit) => `  ${limitText(limit, booleans)}`)),
        '',
        `Peeling trajectory (${result.trajectory.length} boxes${every > 1 ? `, one in ${every} shown` : ''}; * the chosen one, before dropping insignificant limits):`,
        textTable(
          [
            ['step', 'coverage', 'density', 'mass', 'limits'],
            ...shown.map(([step, box]) => [
              `${step}${step === result.chosenIndex ? '*' : ''}`,
              percent(box.coverage),
              percent(box.density),
              percent(box.mass),
              String(box.limits.length),
            ]),
          ],
          [1, 2, 3, 4],
        ),
        '',
        `Replay: ${replay}`,
        '',
      ].join('\n');
    }
    await writeAnalysisOutput(io, common, text, `replay: ${replay}`, { document, request: { scenario, source, replay, modulePath } });
  },
};

function short(value: number): string {
  return String(Number(value.toPrecision(4)));
}

function limitText(limit: PrimBox['limits'][number], booleans: ReadonlySet<string>): string {
  // Switches enter PRIM as 0/1: a limit on one keeps only one of its values.
  if (booleans.has(limit.name)) return `${limit.name} is ${limit.low !== null && limit.low > 0 ? 'true' : 'false'}`;
  if (limit.low !== null && limit.high !== null) return `${limit.name} from ${short(limit.low)} to ${short(limit.high)}`;
  if (limit.low !== null) return `${limit.name} >= ${short(limit.low)}`;
  return `${limit.name} <= ${short(limit.high as number)}`;
}

function limitsText(box: PrimBox, booleans: ReadonlySet<string>): string {
  return box.limits.map((limit) => limitText(limit, booleans)).join('; ');
}
