/**
 * @packageDocumentation
 * The scenario author's testing kit: fast-check arbitraries over a scenario's seeds and
 * parameter space, and property assertions that every scenario should pass. Framework
 * neutral: assertions throw, so they work in vitest, jest, node:test or mocha.
 */
export { assertActorOrderIndependent } from './assert-actor-order-independent.js';
export { assertBatchMatchesTrace } from './assert-batch-matches-trace.js';
export { assertDeterministic } from './assert-deterministic.js';
export type { ScenarioInvariantOptions } from './assert-scenario-invariants.js';
export { assertScenarioInvariants } from './assert-scenario-invariants.js';
export { firstDifference } from './first-difference.js';
export type { ParameterArbitraryOptions } from './parameter-arbitrary.js';
export { parameterArbitrary } from './parameter-arbitrary.js';
export type { PropertyOptions } from './property-options.js';
export type { RunCase } from './run-case-arbitrary.js';
export { describeRunCase, runCaseArbitrary } from './run-case-arbitrary.js';
export { seedArbitrary } from './seed-arbitrary.js';
