import { replayCommand } from '@crisis-sim/engine/internal';
import { runSweep } from '@crisis-sim/runner';
import type { CommandSpec } from './command-spec.js';
import { htmlReport } from './html-report.js';
import { outputFileOptions } from './output-file-options.js';
import { parameterOverrides } from './parameter-overrides.js';
import { parseCount } from './parse-count.js';
import { percent } from './percent.js';
import { resolveScenario } from './resolve-scenario.js';
import { runTimeoutMsOf, runTimeoutOption } from './run-timeout-option.js';
import { scenarioPositional } from './scenario-positional.js';
import { MAX_SWEEP_POINTS, sweepValues } from './sweep-values.js';
import { textTable } from './text-table.js';
import { usageError } from './usage-error.js';
import { assertWritableOutputs, writeOutputFile } from './write-output-file.js';

/** Runs per point when --runs is not given. */
const DEFAULT_SWEEP_RUNS = 2_000;

/** `crisis-sim sweep <scenario> --param key`: the same batch at each value of one parameter. */
export const sweepCommand: CommandSpec = {
  command: 'sweep [scenario]',
  summary: 'Run the same batch at each value of one parameter',
  description:
    "Runs --runs seeded runs at each value of --param (the values of --values, or --steps points across its range; a switch takes false and true, a choice every value), with the same seed and run indices at every point, so that what changes from row to row is the parameter, not the draw. Prints each outcome's probability per value, and with --format json every point's summary and report.",
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
    runs: { type: 'string', describe: 'Runs per point (at most 1e12)', defaultDescription: String(DEFAULT_SWEEP_RUNS), requiresArg: true },
    seed: { type: 'string', default: '1', describe: 'Master seed of every point', requiresArg: true },
    set: {
      type: 'string',
      array: true,
      describe: 'Hold another parameter at a value: --set key=value (repeatable, each key once, not --param)',
      requiresArg: true,
    },
    params: { type: 'string', describe: 'JSON file of parameter values held at every point (not --param)', requiresArg: true },
    format: { type: 'string', choices: ['table', 'json'], default: 'table', describe: 'Output format', requiresArg: true },
    out: outputFileOptions.out,
    report: outputFileOptions.report,
    'run-timeout': runTimeoutOption,
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
    const sets = (args.set as string[] | undefined) ?? [];
    const held = await parameterOverrides(scenario, sets, args.params as string | undefined, io.cwd);
    // The swept value would replace a held one at every point: refuse rather than ignore it.
    if (Object.hasOwn(held, key))
      throw usageError(
        `--param ${key} is the parameter swept, so it cannot also be held by ${sets.some((set) => set.split('=')[0]?.trim() === key) ? '--set' : `--params ${String(args.params)}`}; give its values with --values`,
        key,
      );
    const runs = args.runs === undefined ? DEFAULT_SWEEP_RUNS : parseCount('--runs', args.runs as string);
    const seed = args.seed as string;
    await assertWritableOutputs({ '--out': args.out as string | undefined, '--report': args.report as string | undefined }, io.cwd);
    const runTimeoutMs = runTimeoutMsOf(args);
    // On a worker thread: Ctrl-C, SIGTERM and the per-run time limit stop even a rule that never returns.
    const sweep = await runSweep(
      { scenario, source, signal, runTimeoutMs },
      { key, values: values as never, runs, seed, parameters: held },
    );

    let text: string;
    if (args.format === 'json') {
      text = `${JSON.stringify(sweep, null, 2)}\n`;
    } else {
      const replay = replayCommand({
        command: 'sweep',
        scenarioId: scenario.id,
        modulePath,
        options: ['--param', key, '--values', values.map(String).join(',')],
        runs,
        seed,
        sets,
        params: args.params as string | undefined,
      });
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
    const out = args.out as string | undefined;
    if (out === undefined) io.stdout.write(text);
    else await writeOutputFile('--out', out, text, io);
    if (args.report !== undefined) {
      const request = { saved: { kind: 'sweep', sweep }, scenario, source, ...(modulePath === undefined ? {} : { modulePath }) } as const;
      await writeOutputFile('--report', args.report as string, await htmlReport(request), io);
    }
  },
};
