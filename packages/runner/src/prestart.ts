/**
 * @packageDocumentation
 * The runner's light entry (`@crisis-sim/runner/prestart`): what a command line needs to start
 * worker threads before it loads anything else, so that they boot and import the scenario while
 * it loads the engine, its parser and its own modules. It imports no part of the engine (the
 * main entry, `@crisis-sim/runner`, imports all of it); the same functions are exported there.
 */
export { defaultWorkers } from './default-workers.js';
export type { PrestartedWorkers } from './prestart-workers.js';
export { prestartWorkers } from './prestart-workers.js';
export { scenarioModuleSource } from './scenario-module-source.js';
export type { ScenarioSource } from './scenario-source.js';
