import type { AnyScenario } from '@crisis-sim/engine';
import { closestName } from '@crisis-sim/engine/internal';
import { loadScenario, type ScenarioSource, scenarioModuleSource } from '@crisis-sim/runner';
import { builtinScenarios, builtinSource, defaultScenarioId } from './builtin-scenarios.js';
import { usageError } from './usage-error.js';

/** A scenario loaded for a command, with how workers load it and how to name it in a replay command. */
export interface ResolvedScenario {
  readonly scenario: AnyScenario;
  readonly source: ScenarioSource;
  /** `--scenario-module PATH` as given, for replay commands; absent for built-ins. */
  readonly modulePath?: string;
}

/**
 * Where the scenario a command names would be loaded from, without loading it (so that
 * workers can start on it meanwhile): undefined for an id that names no built-in, which
 * {@link resolveScenario} reports.
 */
export function scenarioSourceOf(id: string | undefined, modulePath: string | undefined, cwd: string): ScenarioSource | undefined {
  if (modulePath !== undefined) {
    const source = scenarioModuleSource(modulePath, cwd);
    return id === undefined ? source : { ...source, id };
  }
  const builtin = builtinScenarios.find((entry) => entry.id === (id ?? defaultScenarioId));
  return builtin === undefined ? undefined : builtinSource(builtin);
}

/**
 * Loads the scenario a command names: a built-in by id ({@link defaultScenarioId} when none
 * is named), or the one exported by `--scenario-module` (whose id, if given, must match). Throws a one-line error with the
 * closest known name for an unknown id.
 */
export async function resolveScenario(id: string | undefined, modulePath: string | undefined, cwd: string): Promise<ResolvedScenario> {
  if (modulePath !== undefined) {
    const source = scenarioModuleSource(modulePath, cwd);
    const scenario = await loadScenario(id === undefined ? source : { ...source, id });
    return { scenario, source: { ...source, id: scenario.id }, modulePath };
  }
  const wanted = id ?? defaultScenarioId;
  if (wanted.trim() === '')
    throw usageError(`the scenario id is empty (${JSON.stringify(wanted)}); see crisis-sim list`, wanted, 'unknown_scenario');
  const builtin = builtinScenarios.find((entry) => entry.id === wanted);
  if (builtin === undefined) {
    const near = closestName(
      wanted,
      builtinScenarios.map((entry) => entry.id),
    );
    const hint = near === undefined ? 'see crisis-sim list, or load your own with --scenario-module FILE' : `did you mean ${near}?`;
    throw usageError(`unknown scenario ${wanted}; ${hint}`, wanted, 'unknown_scenario');
  }
  const source = builtinSource(builtin);
  return { scenario: await loadScenario(source), source };
}
