import type { ScenarioSource } from '@crisis-sim/runner';

/** A scenario shipped with the CLI: loaded on demand from its package, by module and export name. */
export interface BuiltinScenario {
  readonly id: string;
  /** Package that exports it. */
  readonly module: string;
  readonly exportName: string;
  /** Export of the same package holding its observed record (`ObservedRecord`), for `crisis-sim backtest`. */
  readonly observedRecordExport?: string;
}

/**
 * The scenarios `crisis-sim list` shows. Loaded lazily (dynamic import) so that start-up
 * stays fast and a run loads only the scenario it needs; worker threads load the same
 * module through {@link builtinSource}.
 */
export const builtinScenarios: readonly BuiltinScenario[] = [
  { id: 'niger-2023', module: '@crisis-sim/niger-2023', exportName: 'niger2023', observedRecordExport: 'nigerObservedRecord' },
];

/** The scenario `crisis-sim run` uses when none is named. */
export const defaultScenarioId = 'niger-2023';

/** Where workers find a built-in scenario: its package entry resolved from the CLI, as a file URL. */
export function builtinSource(scenario: BuiltinScenario): ScenarioSource {
  return { module: import.meta.resolve(scenario.module), exportName: scenario.exportName, id: scenario.id };
}
