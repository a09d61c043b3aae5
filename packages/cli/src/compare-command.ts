import { resolve } from 'node:path';
import { DEFAULT_RUN_TIMEOUT_MS, runComparison } from '@crisis-sim/runner';
import type { CommandSpec } from './command-spec.js';
import { formatComparisonTable } from './format-comparison-table.js';
import { htmlReport } from './html-report.js';
import { parameterOverrides } from './parameter-overrides.js';
import { parseCount } from './parse-count.js';
import { parseSeconds } from './parse-seconds.js';
import { shellWord } from './replay-command.js';
import { resolveScenario } from './resolve-scenario.js';
import { scenarioPositional } from './scenario-positional.js';
import { usageError } from './usage-error.js';
import { assertWritableOutput, writeOutputFile } from './write-output-file.js';

/** Paired runs per arm when --runs is not given. */
export const DEFAULT_COMPARE_RUNS = 4_000;

/** `crisis-sim compare <scenario> --alt key=value`: a two-arm "what if" on common random numbers. */
export const compareCommand: CommandSpec = {
  command: 'compare [scenario]',
  summary: 'Compare two parameter sets on the same runs ("what if")',
  description:
    'Runs the same run indices with the same seed under a base parameter set (defaults, --params and --set) and an alternative (the base with each --alt applied). Both arms draw the same random numbers, so the difference they show is the effect of the change, not noise between two samples. Reports, for each outcome and indicator, both probabilities and the difference with a paired 95% interval (Newcombe), with the discordant runs that carry the evidence.',
  positionals: { scenario: scenarioPositional },
  options: {
    alt: {
      type: 'string',
      array: true,
      describe: 'Change in the alternative arm: --alt key=value (repeatable, each key once; required)',
      requiresArg: true,
    },
    runs: { type: 'string', describe: 'Paired runs (at most 1e12)', defaultDescription: String(DEFAULT_COMPARE_RUNS), requiresArg: true },
    seed: { type: 'string', default: '1', describe: 'Master seed of both arms', requiresArg: true },
    set: {
      type: 'string',
      array: true,
      describe: 'Set a parameter in both arms: --set key=value (repeatable, each key once)',
      requiresArg: true,
    },
    params: { type: 'string', describe: 'JSON file of parameter values for both arms', requiresArg: true },
    format: { type: 'string', choices: ['table', 'json'], default: 'table', describe: 'Output format', requiresArg: true },
    out: { type: 'string', describe: 'Write the output to this file (atomically) instead of stdout', requiresArg: true },
    report: { type: 'string', describe: 'Also write a self-contained HTML report to this file (see crisis-sim report)', requiresArg: true },
    'run-timeout': {
      type: 'string',
      describe: 'Stop with an error naming the run, day and actor if one run takes longer than this many seconds',
      defaultDescription: String(DEFAULT_RUN_TIMEOUT_MS / 1000),
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
    const sets = (args.set as string[] | undefined) ?? [];
    const alts = (args.alt as string[] | undefined) ?? [];
    if (alts.length === 0) {
      const example = Object.keys(scenario.parameters)[0] ?? 'key';
      throw usageError(`compare needs at least one --alt key=value for the alternative arm, for example --alt ${example}=...`, alts);
    }
    const base = await parameterOverrides(scenario, sets, args.params as string | undefined, io.cwd);
    const change = await parameterOverrides(scenario, alts, undefined, io.cwd, '--alt');
    const runs = args.runs === undefined ? DEFAULT_COMPARE_RUNS : parseCount('--runs', args.runs as string);
    const seed = args.seed as string;
    if (args.out !== undefined) await assertWritableOutput('--out', args.out as string, io.cwd);
    if (args.report !== undefined) await assertWritableOutput('--report', args.report as string, io.cwd);
    if (
      args.report !== undefined &&
      args.out !== undefined &&
      resolve(io.cwd, args.report as string) === resolve(io.cwd, args.out as string)
    )
      throw usageError(`--out and --report name the same file ${args.out as string}: give each its own`, args.out);
    const runTimeoutMs =
      args['run-timeout'] === undefined ? DEFAULT_RUN_TIMEOUT_MS : parseSeconds('--run-timeout', args['run-timeout'] as string);
    // On a worker thread: Ctrl-C, SIGTERM and the per-run time limit stop even a rule that never returns.
    const comparison = await runComparison(
      { scenario, source, signal, runTimeoutMs },
      { seed, runs, base, alternative: { ...base, ...change } },
    );

    let text: string;
    if (args.format === 'json') {
      text = `${JSON.stringify(comparison, null, 2)}\n`;
    } else {
      const words = ['crisis-sim', 'compare', scenario.id];
      if (modulePath !== undefined) words.push('--scenario-module', modulePath);
      words.push('--runs', String(runs), '--seed', seed);
      for (const set of sets) words.push('--set', set);
      if (args.params !== undefined) words.push('--params', args.params as string);
      for (const alt of alts) words.push('--alt', alt);
      text = formatComparisonTable(scenario, comparison, Object.keys(change), words.map(shellWord).join(' '));
    }
    const out = args.out as string | undefined;
    if (out === undefined) io.stdout.write(text);
    else await writeOutputFile('--out', out, text, io);
    if (args.report !== undefined) {
      const request = {
        saved: { kind: 'compare', comparison },
        scenario,
        source,
        ...(modulePath === undefined ? {} : { modulePath }),
      } as const;
      await writeOutputFile('--report', args.report as string, await htmlReport(request), io);
    }
  },
};
