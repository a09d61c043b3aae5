import type { AnyScenario } from '@crisis-sim/engine';
import { formatRanges, runReplayCommand } from '@crisis-sim/engine/internal';
import { loadScenario, mergeSummaryFiles } from '@crisis-sim/runner';
import { builtinScenarios, builtinSource } from './builtin-scenarios.js';
import type { CommandSpec } from './command-spec.js';
import { formatSummaryCsv } from './format-summary-csv.js';
import { formatSummaryTable } from './format-summary-table.js';
import { mergeAnalysisShards } from './merge-analysis-shards.js';
import { resolveScenario } from './resolve-scenario.js';
import { summaryDocument } from './summary-document.js';
import { usageError } from './usage-error.js';
import { assertWritableOutput, writeOutputFile } from './write-output-file.js';

/** `crisis-sim merge FILES... --out FILE`: joins shard summaries. */
export const mergeCommand: CommandSpec = {
  command: 'merge <files..>',
  summary: 'Merge shard summaries, or the shards of an analysis, into one',
  description:
    'Merges summary files written by `crisis-sim run --shard k/n --out FILE` (or --format json). Refuses files of different scenarios, scenario or engine versions, seeds, parameters, uncertainty modes or batch sizes, and runs counted twice; reports runs no file covers and refuses to write a partial merge unless --allow-partial. The merged summary is identical to a run on one machine. Shard files of an analysis (sweep, compare, ensemble, sensitivity, discover, backtest with --shard k/n) are merged into the output of the whole command, byte for byte, in the format the shards were given (or --format); shards of different commands, a shard given twice and a missing shard are refused.',
  positionals: {
    files: { type: 'string', array: true, describe: 'Summary files (JSON) to merge', default: undefined },
  },
  options: {
    out: { type: 'string', describe: 'Write the merged summary here (atomically) instead of stdout', requiresArg: true },
    format: {
      type: 'string',
      choices: ['table', 'json', 'csv'],
      describe: 'Output format',
      defaultDescription: 'json (table needs a known scenario); analysis shards: the format they were given',
      requiresArg: true,
    },
    'allow-partial': { type: 'boolean', default: false, describe: 'Write the merge even if some runs are missing' },
    quiet: { type: 'boolean', default: false, describe: 'No notes on stderr' },
  },
  examples: [
    [
      'for k in 1 2 3 4; do crisis-sim run niger-2023 --runs 100000 --shard $k/4 --out shard-$k.json; done',
      'Four shards (on four machines, or here one after another)',
    ],
    ['crisis-sim merge shard-*.json --out all.json', 'Join them into one summary, identical to a single 100,000-run batch'],
    ['crisis-sim merge shard-*.json --format table', 'Join them and print the report'],
    [
      'for k in 1 2; do crisis-sim sensitivity niger-2023 --method sobol --target outcome:negotiated-transition --keys junta.baseHardline,talks.rate --samples 8 --runs 100 --shard $k/2 --out sobol-$k.json; done',
      'An analysis in two shards',
    ],
    ['crisis-sim merge sobol-1.json sobol-2.json --out sobol.json', 'Join them: the output of the unsharded command, byte for byte'],
  ],
  async handler(args, context) {
    const { io } = context;
    const files = (args.files as string[] | undefined) ?? [];
    if (files.length === 0) throw usageError('merge needs at least one summary file');
    if (args.out !== undefined) await assertWritableOutput('--out', args.out as string, io.cwd);
    const analysis = {
      out: args.out as string | undefined,
      format: args.format as string | undefined,
      quiet: args.quiet === true,
      allowPartial: args['allow-partial'] === true,
    };
    if (await mergeAnalysisShards(files, analysis, context)) return;
    const { summary, missing } = await mergeSummaryFiles(files);
    if (missing.length > 0 && args['allow-partial'] !== true) {
      throw usageError(
        `missing ${formatRanges(missing)} of ${summary.manifest.runs}: merge every shard (or pass --allow-partial to write a partial summary)`,
        missing,
        'missing_runs',
      );
    }
    const format = (args.format as string | undefined) ?? 'json';
    let text: string;
    if (format === 'json') {
      text = summaryDocument(summary);
    } else {
      const scenario = await findScenario(summary.manifest.scenarioId, args['scenario-module'] as string | undefined, io.cwd);
      if (format === 'csv')
        text = formatSummaryCsv(
          scenario,
          summary,
          scenario === undefined
            ? undefined
            : runReplayCommand(scenario, summary, { modulePath: args['scenario-module'] as string | undefined }),
        );
      else if (scenario === undefined)
        throw usageError(`--format table needs scenario ${summary.manifest.scenarioId}: pass --scenario-module FILE`);
      else
        text = formatSummaryTable(
          scenario,
          summary,
          runReplayCommand(scenario, summary, { modulePath: args['scenario-module'] as string | undefined }),
        );
    }
    const out = args.out as string | undefined;
    if (out === undefined) io.stdout.write(text);
    else await writeOutputFile('--out', out, text, io);
    // Notes only once the output exists: a refusal after them would make two lines of one failure.
    if (args.quiet !== true) {
      if (missing.length > 0) io.stderr.write(`crisis-sim: warning: partial merge, missing ${formatRanges(missing)}\n`);
      if (out !== undefined)
        io.stderr.write(`crisis-sim: wrote ${out} (${summary.runs.toLocaleString('en-US')} runs from ${files.length} files)\n`);
    }
  },
};

async function findScenario(id: string, modulePath: string | undefined, cwd: string): Promise<AnyScenario | undefined> {
  if (modulePath !== undefined) return (await resolveScenario(id, modulePath, cwd)).scenario;
  const builtin = builtinScenarios.find((entry) => entry.id === id);
  return builtin === undefined ? undefined : loadScenario(builtinSource(builtin));
}
