/**
 * @packageDocumentation
 * The crisis-sim engine: pure, seeded scenario simulation. No I/O, no clock, no ambient
 * randomness; it runs unchanged in Node.js and in a browser.
 */
export type { Action, Decision } from './action.js';
export { decide } from './action.js';
export type { ActorDefinition } from './actor.js';
export { closestName } from './closest-name.js';
export { CrisisSimError } from './crisis-sim-error.js';
export { dateToDay, dayToDate, isIsoDate } from './day-to-date.js';
export { checkScenarioDefinition, defineScenario } from './define-scenario.js';
export { hashString, mixHash } from './hash.js';
export type { Issue, IssueCode } from './issue.js';
export { formatIssue } from './issue.js';
export type {
  BooleanParameter,
  ChoiceParameter,
  NumberParameter,
  ParameterDefinition,
  ParameterSpec,
  ParameterValue,
  ParameterValueOf,
  ParameterValues,
} from './parameter.js';
export { describeAllowed, param } from './parameter.js';
export type { Prior } from './prior.js';
export { samplePrior, validatePrior } from './prior.js';
export type { ResolveResult } from './resolve-parameters.js';
export { assertParameters, checkParameterValue, parseParameterText, resolveParameters } from './resolve-parameters.js';
export type { Rng, RngState } from './rng.js';
export { createRng, restoreRng } from './rng.js';
export type { Rule, RuleContext, RuleResult } from './rule.js';
export type { LoggedEvent, RunResult, RunTrace } from './run-result.js';
export type { RunScenarioOptions, SimulationMode } from './run-scenario.js';
export { runScenario } from './run-scenario.js';
export type {
  ActionEvent,
  AnyScenario,
  DynamicsContext,
  IndicatorDefinition,
  InvariantContext,
  InvariantDefinition,
  OutcomeDefinition,
  Reducer,
  Reducers,
  Scenario,
  ScenarioDefinition,
  ScheduledEvent,
} from './scenario.js';
export type { Seed } from './seed.js';
export { deriveRunSeed, deriveStreamSeed, seedText, validateSeed } from './seed.js';
export type { SimulateOptions } from './simulate.js';
export { simulate } from './simulate.js';
export type { Source } from './source.js';
export { isAssumption } from './source.js';
