/**
 * @packageDocumentation
 * The crisis-sim engine: pure, seeded scenario simulation. No I/O, no clock, no ambient
 * randomness; it runs unchanged in Node.js and in a browser.
 */
export type { Action, Decision } from './action.js';
export { decide } from './action.js';
export type { ActorDefinition } from './actor.js';
export type { BacktestReport, IndicatorScore, Observations } from './backtest.js';
export { backtest } from './backtest.js';
export { closestName } from './closest-name.js';
export type { ArmComparison, ArmsComparison, CompareArmsOptions } from './compare-arms.js';
export { compareArms } from './compare-arms.js';
export { CrisisSimError } from './crisis-sim-error.js';
export { cumulativeByDay, dayQuantile } from './day-histogram.js';
export { dateToDay, dayToDate, isIsoDate } from './day-to-date.js';
export { checkScenarioDefinition, defineScenario } from './define-scenario.js';
export type { IndicatorEstimate, OutcomeEstimate, SummaryReport } from './describe-summary.js';
export { describeSummary, largestHalfWidth } from './describe-summary.js';
export { drawnParameterKeys, drawParameters } from './draw-parameters.js';
export { engineVersion } from './engine-version.js';
export { hashString, mixHash } from './hash.js';
export { hashParameters } from './hash-parameters.js';
export type { Issue, IssueCode } from './issue.js';
export { formatIssue } from './issue.js';
export type { MergeOptions } from './merge-summaries.js';
export { compatibilityFields, mergeSummaries } from './merge-summaries.js';
export type { SensitivityOptions, SensitivityRow, SensitivityTarget } from './one-at-a-time-sensitivity.js';
export { oneAtATimeSensitivity } from './one-at-a-time-sensitivity.js';
export type { DifferenceInterval } from './paired-difference-interval.js';
export { pairedDifferenceInterval } from './paired-difference-interval.js';
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
export { parseSummary } from './parse-summary.js';
export type { MonteCarloOptions, MonteCarloPlan, MonteCarloProgress } from './plan-monte-carlo.js';
export { DEFAULT_BLOCK_SIZE, planMonteCarlo } from './plan-monte-carlo.js';
export type { Prior } from './prior.js';
export { samplePrior, validatePrior } from './prior.js';
export type { ResolveResult } from './resolve-parameters.js';
export {
  assertParameters,
  checkParameterValue,
  freezeParameterValues,
  parseParameterText,
  resolveParameters,
} from './resolve-parameters.js';
export { resumePoint } from './resume-point.js';
export type { Rng, RngState } from './rng.js';
export { createRng, restoreRng } from './rng.js';
export type { Rule, RuleContext, RuleResult } from './rule.js';
export { runBatchRange, runParameters } from './run-batch-range.js';
export { runMonteCarlo } from './run-monte-carlo.js';
export type { RunPosition } from './run-position.js';
export { describeRunPosition, RUN_POSITION_SLOTS, RUN_STAGE } from './run-position.js';
export type { RunRange } from './run-range.js';
export { coalesceRanges, countRuns, formatRanges, missingRanges } from './run-range.js';
export type { RunRecord } from './run-record.js';
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
export { scenarioFingerprint } from './scenario-fingerprint.js';
export type { Seed } from './seed.js';
export { deriveRunSeed, deriveStreamSeed, seedText, validateSeed } from './seed.js';
export type { Shard } from './shard.js';
export { parseShard, shardProblem, shardRange } from './shard.js';
export type { SimulateOptions } from './simulate.js';
export { simulate } from './simulate.js';
export type { Source } from './source.js';
export { isAssumption } from './source.js';
export { stopRuleMet } from './stop-rule-met.js';
export type { IndicatorTally, RunTally, StopRule, Summary, SummaryManifest, Uncertainty } from './summary.js';
export { addRunToSummary, createSummary, SUMMARY_FORMAT } from './summary.js';
export type { SweepOptions, SweepPoint, SweepResult } from './sweep-parameter.js';
export { sweepParameter } from './sweep-parameter.js';
export type { ProportionInterval } from './wilson-interval.js';
export { wilsonInterval } from './wilson-interval.js';
