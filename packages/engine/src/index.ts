/**
 * @packageDocumentation
 * The crisis-sim engine: pure, seeded scenario simulation. No I/O, no clock, no ambient
 * randomness; it runs unchanged in Node.js and in a browser.
 */
export type { Action, Decision, ReusableDecision, WritableAction } from './action.js';
export { decide, reusableDecision } from './action.js';
export type { ActorDefinition } from './actor.js';
export type { BacktestReport, IndicatorScore, Observations } from './backtest.js';
export { backtest } from './backtest.js';
export type { AlternativeArm, AlternativesComparison, CompareAlternativesOptions } from './compare-alternatives.js';
export { compareAlternatives } from './compare-alternatives.js';
export type { ArmComparison, ArmsComparison, CompareArmsOptions } from './compare-arms.js';
export { compareArms } from './compare-arms.js';
export { CrisisSimError } from './crisis-sim-error.js';
export { dailyHazardFromMedianDays, medianDaysFromDailyHazard } from './daily-hazard.js';
export { dateToDay, dayToDate } from './day-to-date.js';
export { checkScenarioDefinition, defineScenario } from './define-scenario.js';
export type { DerivedContext } from './derived-context.js';
export type { IndicatorEstimate, OutcomeEstimate, SummaryReport } from './describe-summary.js';
export { describeSummary } from './describe-summary.js';
export type { DesignFactor, ResolvedFactor } from './design-factor.js';
export type { Design } from './design-points.js';
export { designPoints } from './design-points.js';
export type { DiscoverOptions, DiscoveryResult } from './discover-scenarios.js';
export { discoverFromRecords, discoverScenarios } from './discover-scenarios.js';
export { drawnParameterKeys } from './draw-parameters.js';
export { engineVersion } from './engine-version.js';
export type { EnsemblePoint, EnsembleResult } from './ensemble.js';
export { ensemble } from './ensemble.js';
export type { EvidenceShare } from './evidence-share.js';
export { evidenceShare } from './evidence-share.js';
export type { ReferenceClassFit } from './fit-reference-class.js';
export { fitReferenceClass } from './fit-reference-class.js';
export type { GlobalSensitivityResult, GlobalSensitivityRow } from './global-sensitivity.js';
export { globalSensitivity } from './global-sensitivity.js';
export { horizonOf } from './horizon-of.js';
export type { Idle } from './idle.js';
export { idle } from './idle.js';
export type { Issue, IssueCode } from './issue.js';
export { mergeArmsComparisons } from './merge-arms-comparisons.js';
export { mergeSummaries } from './merge-summaries.js';
export type { MorrisDesign, MorrisTrajectory } from './morris-design.js';
export { morrisDesign } from './morris-design.js';
export type { MorrisRow } from './morris-indices.js';
export { morrisIndices } from './morris-indices.js';
export type { ObservedEvent, ObservedRecord } from './observed-record.js';
export type { SensitivityOptions, SensitivityRow, SensitivityTarget } from './one-at-a-time-sensitivity.js';
export { oneAtATimeSensitivity } from './one-at-a-time-sensitivity.js';
export type { PairedRuns } from './paired-runs.js';
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
export { param } from './parameter.js';
export type { ParameterConstraint } from './parameter-constraint.js';
export type { EvidenceKind, ParameterEvidence } from './parameter-evidence.js';
export { isCentred, parameterEvidence } from './parameter-evidence.js';
export type { ProportionParameterOptions, WaitingTimeParameterOptions } from './parameter-from-reference-class.js';
export { parameterFromReferenceClass } from './parameter-from-reference-class.js';
export type { EnsembleOptions, EnsembleStreams } from './plan-ensemble.js';
export type { GlobalSensitivityOptions } from './plan-global-sensitivity.js';
export type { MonteCarloOptions, MonteCarloProgress } from './plan-monte-carlo.js';
export type { PrimBox, PrimData, PrimLimit, PrimOptions, PrimResult } from './prim.js';
export { prim } from './prim.js';
export type { Prior } from './prior.js';
export { samplePrior } from './prior.js';
export { priorMedian, priorQuantile } from './prior-quantile.js';
export type {
  CountObservation,
  EvidenceSource,
  ProportionClass,
  ReferenceClass,
  WaitingTimeClass,
  WaitingTimeObservation,
} from './reference-class.js';
export type { ResolveOptions, ResolveResult } from './resolve-parameters.js';
export { assertParameters, parseParameterText, resolveParameters } from './resolve-parameters.js';
export type { Rng, RngState } from './rng.js';
export { createRng, restoreRng } from './rng.js';
export type { Rule, RuleContext, RuleResult } from './rule.js';
export { runMonteCarlo } from './run-monte-carlo.js';
export type { RunRecord } from './run-record.js';
export type { LoggedEvent, RunResult, RunTrace } from './run-result.js';
export type { RunScenarioOptions, SimulationMode } from './run-scenario.js';
export { runScenario } from './run-scenario.js';
export type { SaltelliDesign } from './saltelli-design.js';
export { saltelliDesign } from './saltelli-design.js';
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
export type {
  EventScore,
  ForecastCheck,
  ForecastScoreReport,
  MeanScores,
  ScoreComparison,
  ScoreForecastOptions,
} from './score-forecast.js';
export { scoreForecast } from './score-forecast.js';
export type { Seed } from './seed.js';
export { deriveRunSeed, deriveStreamSeed } from './seed.js';
export type { SimulateOptions } from './simulate.js';
export { simulate } from './simulate.js';
export type { SobolIndices, SobolRow } from './sobol-indices.js';
export { sobolIndices } from './sobol-indices.js';
export type { Source } from './source.js';
export { isAssumption } from './source.js';
export type { IndicatorTally, RunTally, StopRule, Summary, SummaryManifest, Uncertainty } from './summary.js';
export type { SweepOptions, SweepPoint, SweepResult } from './sweep-parameter.js';
export { sweepParameter } from './sweep-parameter.js';
