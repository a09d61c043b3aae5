import { availableParallelism } from 'node:os';
import type { ScenarioSource } from '@crisis-sim/runner/prestart';
import { defaultWorkers, type PrestartedWorkers, prestartWorkers, scenarioModuleSource } from '@crisis-sim/runner/prestart';
import { builtinScenarios, builtinSource, defaultScenarioId } from './builtin-scenarios.js';

/**
 * Worker threads for a `crisis-sim run` command line, started before the command line's parser
 * and modules load: the bin calls this first, so that the workers boot and import the scenario
 * while the main thread loads the engine, yargs and the commands (about a fifth of a second)
 * and then the scenario and the batch's plan. Reads only what it needs, leniently: the
 * scenario (first word after `run`, or --scenario-module) and --workers. A line it misreads
 * costs no correctness: the batch sends each worker the source it really runs, loads it there
 * if it differs, and starts or stops workers to match its real count. Undefined for any other
 * command, for --help and --version, and when the scenario names no built-in.
 */
export function prestartForRun(argv: readonly string[], cwd: string): PrestartedWorkers | undefined {
  if (argv[0] !== 'run' || argv.some((word) => word === '--help' || word === '-h' || word === '--version')) return undefined;
  const first = argv[1];
  const id = first === undefined || first.startsWith('-') ? undefined : first;
  const source = scenarioSourceOf(id, optionValue(argv, 'scenario-module'), cwd);
  const workers = workersWanted(optionValue(argv, 'workers'));
  return source === undefined || workers === 0 ? undefined : prestartWorkers(source, workers);
}

/**
 * Where the scenario a command names would be loaded from, without loading it (so that
 * workers can start on it meanwhile): undefined for an id that names no built-in, which
 * loading it reports.
 */
export function scenarioSourceOf(id: string | undefined, modulePath: string | undefined, cwd: string): ScenarioSource | undefined {
  if (modulePath !== undefined) {
    const source = scenarioModuleSource(modulePath, cwd);
    return id === undefined ? source : { ...source, id };
  }
  const builtin = builtinScenarios.find((entry) => entry.id === (id ?? defaultScenarioId));
  return builtin === undefined ? undefined : builtinSource(builtin);
}

/** The worker threads `--workers` asks for, or the default; 0 (start none early) when it is malformed: the command reports that. */
export function workersWanted(given: unknown): number {
  if (given === undefined) return defaultWorkers();
  const count = Number(given);
  return Number.isInteger(count) && count >= 1 && count <= 4 * availableParallelism() ? count : 0;
}

/** The value of `--name value` or `--name=value` (the last given), or undefined. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((word, i) => {
    if (word === `--${name}`) value = argv[i + 1];
    else if (word.startsWith(`--${name}=`)) value = word.slice(name.length + 3);
  });
  return value;
}
