import { replayCommand } from '@crisis-sim/engine/internal';
import { runAlternatives, runComparison } from '@crisis-sim/runner';
import type { CommandSpec } from './command-spec.js';
import { formatComparisonTable } from './format-comparison-table.js';
import { formatTransitionTable } from './format-transition-table.js';
import { htmlReport } from './html-report.js';
import { outputFileOptions } from './output-file-options.js';
import { parameterOverrides } from './parameter-overrides.js';
import { parseCount } from './parse-count.js';
import { resolveScenario } from './resolve-scenario.js';
import { runTimeoutMsOf, runTimeoutOption } from './run-timeout-option.js';
import { scenarioPositional } from './scenario-positional.js';
import { usageError } from './usage-error.js';
import { assertWritableOutputs, writeOutputFile } from './write-output-file.js';

/** Paired runs per arm when --runs is not given. */
const DEFAULT_COMPARE_RUNS = 4_000;

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
    out: outputFileOptions.out,
    report: outputFileOptions.report,
    'run-timeout': runTimeoutOption,
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
    const armTexts = (args.arm as string[] | undefined) ?? [];
    if (alts.length === 0 && armTexts.length === 0) {
      const example = Object.keys(scenario.parameters)[0] ?? 'key';
      throw usageError(`compare needs at least one --alt key=value for the alternative arm, for example --alt ${example}=...`, alts);
    }
    const base = await parameterOverrides(scenario, sets, args.params as string | undefined, io.cwd);
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
    const runs = args.runs === undefined ? DEFAULT_COMPARE_RUNS : parseCount('--runs', args.runs as string);
    const seed = args.seed as string;
    await assertWritableOutputs({ '--out': args.out as string | undefined, '--report': args.report as string | undefined }, io.cwd);
    const runTimeoutMs = runTimeoutMsOf(args);
    const replay = replayCommand({
      command: 'compare',
      scenarioId: scenario.id,
      modulePath,
      runs,
      seed,
      sets,
      params: args.params as string | undefined,
      after: [...alts.flatMap((alt) => ['--alt', alt]), ...armTexts.flatMap((arm) => ['--arm', arm])],
    });
    if (arms.length > 1) {
      // Several arms: each run of the base is simulated once, not once per arm.
      const all = await runAlternatives(
        { scenario, source, signal, runTimeoutMs },
        { seed, runs, base, alternatives: arms.map((arm) => ({ name: arm.name, parameters: { ...base, ...arm.change } })) },
      );
      const text =
        args.format === 'json'
          ? `${JSON.stringify(all, null, 2)}\n`
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
      // Rendered before any file is written: a report that fails leaves no partial output.
      const html =
        args.report === undefined
          ? undefined
          : await htmlReport({
              saved: { kind: 'compare-arms', comparison: all },
              scenario,
              source,
              ...(modulePath === undefined ? {} : { modulePath }),
            });
      const out = args.out as string | undefined;
      if (out === undefined) io.stdout.write(text);
      else await writeOutputFile('--out', out, text, io);
      if (html !== undefined) await writeOutputFile('--report', args.report as string, html, io);
      return;
    }
    const [only] = arms;
    // On a worker thread: Ctrl-C, SIGTERM and the per-run time limit stop even a rule that never returns.
    const comparison = await runComparison(
      { scenario, source, signal, runTimeoutMs },
      { seed, runs, base, alternative: { ...base, ...only?.change } },
    );

    let text: string;
    if (args.format === 'json') {
      text = `${JSON.stringify(comparison, null, 2)}\n`;
    } else {
      text = `${formatComparisonTable(scenario, comparison, Object.keys(only?.change ?? {}), replay)}${formatTransitionTable(scenario, comparison)}\n`;
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
