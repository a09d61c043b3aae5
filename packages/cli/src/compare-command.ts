import {
  type ComparisonPlan,
  planComparison,
  planTwoArmComparison,
  type ReplayParts,
  replayCommand,
  replayWords,
  type Shard,
} from '@crisis-sim/engine/internal';
import { type RunPlansOptions, runAlternatives, runComparison, runComparisonShard } from '@crisis-sim/runner';
import { type AnalysisArgs, analysisOptions, checkpointOptions, readAnalysisArgs } from './analysis-options.js';
import type { CliIo } from './cli-io.js';
import type { CommandSpec } from './command-spec.js';
import { formatComparisonCsv } from './format-comparison-csv.js';
import { formatComparisonTable } from './format-comparison-table.js';
import { formatTransitionTable } from './format-transition-table.js';
import { parameterOverrides } from './parameter-overrides.js';
import { resolveScenario } from './resolve-scenario.js';
import { scenarioPositional } from './scenario-positional.js';
import { usageError } from './usage-error.js';
import { withProgress } from './with-progress.js';
import { writeAnalysisOutput } from './write-analysis-output.js';
import { writeAnalysisShard } from './write-analysis-shard.js';

/** Paired runs per arm when --runs is not given. */
const DEFAULT_COMPARE_RUNS = 4_000;

/** `crisis-sim compare <scenario> --alt key=value`: a two-arm "what if" on common random numbers. */
export const compareCommand: CommandSpec = {
  command: 'compare [scenario]',
  summary: 'Compare two parameter sets on the same runs ("what if")',
  description:
    'Runs the same run indices with the same seed under a base parameter set (defaults, --params and --set) and an alternative (the base with each --alt applied). Both arms draw the same random numbers, so the difference they show is the effect of the change, not noise between two samples. Reports, for each outcome and indicator, both probabilities and the difference with a paired 95% interval (Newcombe), with the discordant runs that carry the evidence, and the transition table (base outcome to alternative outcome; not in --format csv, which is one table). Blocks of run indices spread over --workers threads; each runs every arm on its runs and pairs them run by run where it ran, so that only counts come back and memory does not grow with --runs; the result is the same for any number of threads. --checkpoint and --shard work as for ensemble.',
  positionals: { scenario: scenarioPositional },
  options: {
    alt: {
      type: 'string',
      array: true,
      describe: 'Change in the alternative arm: --alt key=value (repeatable, each key once; this or --arm required)',
      requiresArg: true,
    },
    arm: {
      type: 'string',
      array: true,
      describe:
        'One more alternative arm with its own changes: --arm key=value[,key=value...] (repeatable; every arm runs on the same runs as the base, each run of the base simulated once)',
      requiresArg: true,
    },
    ...analysisOptions(DEFAULT_COMPARE_RUNS, ['table', 'json', 'csv']),
    runs: { type: 'string', describe: 'Paired runs (at most 1e12)', defaultDescription: String(DEFAULT_COMPARE_RUNS), requiresArg: true },
    seed: { type: 'string', default: '1', describe: 'Master seed of both arms', requiresArg: true },
    set: {
      type: 'string',
      array: true,
      describe: 'Set a parameter in both arms: --set key=value (repeatable, each key once)',
      requiresArg: true,
    },
    params: { type: 'string', describe: 'JSON file of parameter values for both arms', requiresArg: true },
    format: {
      type: 'string',
      choices: ['table', 'json', 'csv'],
      default: 'table',
      describe:
        'Output format; csv has a row per arm and outcome or indicator (probabilities, difference, its paired 95% interval, discordant runs) after # lines giving the seed, the manifests and the replay command; the transition table is not in it (use table or json)',
      requiresArg: true,
    },
  },
  examples: [
    ['crisis-sim compare niger-2023 --alt nigeria.senateApprovalProbability=0.9', "What if Nigeria's Senate had backed force?"],
    [
      'crisis-sim compare niger-2023 --set ecowas.votingRule=consensus --alt ecowas.votingRule=simple-majority --runs 2000',
      'Consensus against a simple majority at ECOWAS summits',
    ],
  ],
  async handler(args, { io, signal }) {
    const modulePath = args['scenario-module'] as string | undefined;
    const { scenario, source } = await resolveScenario(args.scenario as string | undefined, modulePath, io.cwd);
    const alts = (args.alt as string[] | undefined) ?? [];
    const armTexts = (args.arm as string[] | undefined) ?? [];
    if (alts.length === 0 && armTexts.length === 0) {
      const example = Object.keys(scenario.parameters)[0] ?? 'key';
      throw usageError(`compare needs at least one --alt key=value for the alternative arm, for example --alt ${example}=...`, alts);
    }
    const common = await readAnalysisArgs(args, scenario, io, DEFAULT_COMPARE_RUNS);
    const { sets, held: base, runs, seed } = common;
    const change = await parameterOverrides(scenario, alts, undefined, io.cwd, '--alt');
    const arms: { name: string; change: Record<string, unknown> }[] = alts.length === 0 ? [] : [{ name: alts.join(' '), change }];
    for (const text of armTexts) {
      const words = text.split(',').map((word) => word.trim());
      if (words.some((word) => word === ''))
        throw usageError(`--arm needs key=value changes separated by commas, got ${JSON.stringify(text)}`, text);
      arms.push({ name: words.join(','), change: await parameterOverrides(scenario, words, undefined, io.cwd, '--arm') });
    }
    const names = arms.map((arm) => arm.name);
    const twice = names.find((name, i) => names.indexOf(name) !== i);
    if (twice !== undefined) throw usageError(`the arm ${twice} is given twice: give each alternative once`, twice);
    const replayParts: ReplayParts = {
      command: 'compare',
      scenarioId: scenario.id,
      modulePath,
      runs,
      seed,
      sets,
      params: args.params as string | undefined,
      after: [...alts.flatMap((alt) => ['--alt', alt]), ...armTexts.flatMap((arm) => ['--arm', arm])],
    };
    const replay = replayCommand(replayParts);
    const how = { scenario, source, workers: common.workers, runTimeoutMs: common.runTimeoutMs, signal, ...checkpointOptions(common, io) };
    // No replay on the page: the JSON has none, and --report must equal crisis-sim report of the JSON.
    const report = { scenario, source, modulePath };
    const note = `${arms.length} arm${arms.length === 1 ? '' : 's'}; replay: ${replay}`;
    if (arms.length > 1) {
      // Several arms: each run of the base is simulated once, not once per arm.
      const options = { seed, runs, base, alternatives: arms.map((arm) => ({ name: arm.name, parameters: { ...base, ...arm.change } })) };
      const plan = planComparison(scenario, options);
      if (common.shard !== undefined) return writeComparisonShard(plan, common, replayWords(replayParts), how, io);
      const all = await withProgress(io, !common.quiet, (onProgress) => runAlternatives(options, { ...how, onProgress }));
      const text =
        common.format === 'json'
          ? `${JSON.stringify(all, null, 2)}\n`
          : common.format === 'csv'
            ? formatComparisonCsv(plan, all.arms, replay)
            : all.arms
                .map((arm, i) =>
                  [
                    `Arm ${i + 1} of ${all.arms.length}: ${arm.name}`,
                    formatComparisonTable(scenario, arm, Object.keys(arms[i]?.change ?? {}), replay),
                    formatTransitionTable(scenario, arm),
                    '',
                  ].join('\n'),
                )
                .join('\n');
      return writeAnalysisOutput(io, common, text, note, { document: all, request: report });
    }
    const [only] = arms;
    const options = { seed, runs, base, alternative: { ...base, ...only?.change } };
    const plan = planTwoArmComparison(scenario, options);
    if (common.shard !== undefined) return writeComparisonShard(plan, common, replayWords(replayParts), how, io);
    const comparison = await withProgress(io, !common.quiet, (onProgress) => runComparison(options, { ...how, onProgress }));
    const text =
      common.format === 'json'
        ? `${JSON.stringify(comparison, null, 2)}\n`
        : common.format === 'csv'
          ? formatComparisonCsv(plan, [{ ...comparison, name: only?.name ?? '' }], replay)
          : `${formatComparisonTable(scenario, comparison, Object.keys(only?.change ?? {}), replay)}${formatTransitionTable(scenario, comparison)}\n`;
    await writeAnalysisOutput(io, common, text, note, { document: comparison, request: report });
  },
};

/** A --shard of a comparison: its blocks of run indices, each with every arm run and paired, as counts. */
function writeComparisonShard(
  plan: ComparisonPlan,
  common: AnalysisArgs,
  words: readonly string[],
  how: Omit<RunPlansOptions, 'onProgress'>,
  io: CliIo,
): Promise<void> {
  const shard = common.shard as Shard;
  return writeAnalysisShard(plan.plans, shard, common, words, how, io, (options) => runComparisonShard(plan, shard, options));
}
