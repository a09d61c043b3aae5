import { planMonteCarlo, runParameters, traceReplayCommand } from '@crisis-sim/engine/internal';
import { DEFAULT_RUN_TIMEOUT_MS, runTrace } from '@crisis-sim/runner';
import type { CommandSpec } from './command-spec.js';
import { formatTrace } from './format-trace.js';
import { outputFileOptions } from './output-file-options.js';
import { parameterOverrides } from './parameter-overrides.js';
import { MAX_COUNT, parseCount } from './parse-count.js';
import { resolveScenario } from './resolve-scenario.js';
import { runTimeoutMsOf } from './run-timeout-option.js';
import { scenarioPositional } from './scenario-positional.js';
import { withTraceReplay } from './trace-replay.js';
import { writeOutputFile } from './write-output-file.js';

/** `crisis-sim trace <scenario> --seed S --run I`: one run, event by event. */
export const traceCommand: CommandSpec = {
  command: 'trace [scenario]',
  summary: 'Tell the story of one run, event by event',
  description:
    "Replays run --run of a batch with seed --seed and prints each event dated (start date + day) with the actor's action and reason. Run I here is exactly run I of `crisis-sim run` with the same seed, parameters and uncertainty. With --format json it prints the events, the daily state snapshots and the patches between them.",
  positionals: { scenario: scenarioPositional },
  options: {
    seed: { type: 'string', default: '1', describe: 'Master seed of the batch', requiresArg: true },
    run: { type: 'string', default: '0', describe: 'Run index within the batch (0-based, below 1e12)', requiresArg: true },
    set: { type: 'string', array: true, describe: 'Set a parameter: --set key=value (repeatable, each key once)', requiresArg: true },
    params: { type: 'string', describe: 'JSON file of parameter values', requiresArg: true },
    uncertainty: {
      type: 'string',
      choices: ['none', 'priors'],
      default: 'none',
      describe: 'priors: use the values run I draws from the priors',
      requiresArg: true,
    },
    format: {
      type: 'string',
      choices: ['table', 'json'],
      default: 'table',
      describe: 'Output format: table is the dated story',
      requiresArg: true,
    },
    out: outputFileOptions.out,
    'run-timeout': {
      type: 'string',
      describe: 'Stop with an error naming the day and actor if the run takes longer than this many seconds',
      defaultDescription: String(DEFAULT_RUN_TIMEOUT_MS / 1000),
      requiresArg: true,
    },
  },
  examples: [
    ['crisis-sim trace niger-2023 --seed 1 --run 42', 'The story of run 42 of the default batch'],
    ['crisis-sim trace niger-2023 --run 42 --format json > run42.json', 'Snapshots and patches, for tools'],
  ],
  async handler(args, { io, signal }) {
    const modulePath = args['scenario-module'] as string | undefined;
    const { scenario, source } = await resolveScenario(args.scenario as string | undefined, modulePath, io.cwd);
    const overrides = await parameterOverrides(
      scenario,
      (args.set as string[] | undefined) ?? [],
      args.params as string | undefined,
      io.cwd,
    );
    // Run I is run I of a batch of I + 1 runs, and batches stop at MAX_COUNT runs.
    const runIndex = parseCount('--run', args.run as string, 0, MAX_COUNT - 1);
    const seed = args.seed as string;
    const uncertainty = args.uncertainty as 'none' | 'priors';
    const plan = planMonteCarlo(scenario, { runs: runIndex + 1, seed, parameters: overrides, uncertainty });
    const values = runParameters(scenario, plan, runIndex);
    const runTimeoutMs = runTimeoutMsOf(args);
    // On a worker thread: Ctrl-C, SIGTERM and the time limit stop even a rule that never returns.
    const result = await runTrace({ scenario, source, values, seed, runIndex, runTimeoutMs, signal }).catch((error: unknown) => {
      throw withTraceReplay(error, {
        scenarioId: scenario.id,
        ...(modulePath === undefined ? {} : { modulePath }),
        seed,
        parameters: overrides,
        uncertainty,
      });
    });
    const emit = async (text: string) => {
      const out = args.out as string | undefined;
      if (out === undefined) io.stdout.write(text);
      else await writeOutputFile('--out', out, text, io);
    };
    if (args.format === 'json') {
      const { finalState: _final, trace, ...rest } = result;
      await emit(
        `${JSON.stringify({ ...rest, startDate: scenario.startDate, snapshots: trace?.snapshots, patches: trace?.patches }, null, 2)}\n`,
      );
      return;
    }
    const replay = traceReplayCommand({ scenarioId: scenario.id, modulePath, seed, runIndex, parameters: overrides, uncertainty });
    await emit(formatTrace(scenario, result, replay));
  },
};
