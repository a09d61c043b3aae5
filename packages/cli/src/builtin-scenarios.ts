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

/**
 * Defined (as `true`) only in the CLI's bundle, `dist/bin.js` (scripts/bundle-cli.ts), where
 * each built-in scenario is a module beside the bundle that shares its copy of the engine.
 */
declare const CRISIS_SIM_CLI_BUNDLE: true | undefined;

/** The bundle's module of a built-in scenario (`scenario-<id>.js`), named relative to the bundle's files. */
export function bundledScenarioFile(id: string): string {
  return `scenario-${id}.js`;
}

/**
 * Where workers find a built-in scenario, as a file URL: in the CLI's bundle, the bundled
 * module (so that the main thread and the workers run the same code, and load one file
 * each instead of the package's many); otherwise its package entry resolved from the CLI.
 */
export function builtinSource(scenario: BuiltinScenario): ScenarioSource {
  const module =
    typeof CRISIS_SIM_CLI_BUNDLE === 'undefined'
      ? import.meta.resolve(scenario.module)
      : new URL(`./${bundledScenarioFile(scenario.id)}`, import.meta.url).href;
  return { module, exportName: scenario.exportName, id: scenario.id };
}
