/**
 * @packageDocumentation
 * The engine's plumbing for the runner, the CLI and the report (`@crisis-sim/engine/internal`):
 * batch plans and the ranges, shards and resume points that split them, summaries built run
 * by run, run positions for the watchdog, and the small helpers the command line shares with
 * the engine's own messages. It is versioned with the engine but is not the API for scenario
 * authors or researchers (that is `@crisis-sim/engine`): names here may change in any release.
 */
export { blockEnd } from './block-end.js';
export { closestName } from './closest-name.js';
export { comparePlanned } from './compare-alternatives.js';
export { armsComparisonOf } from './compare-arms.js';
export type { PairedRun } from './comparison-tally.js';
export { type ComparisonCounts, ComparisonTally } from './comparison-tally.js';
export { isIsoDate } from './day-to-date.js';
export { runEnsemblePoint } from './ensemble.js';
export { forecastCheck } from './forecast-check.js';
export { globalSensitivityFromSummaries } from './global-sensitivity.js';
export { describeAllowed } from './parameter.js';
export { parseSummary } from './parse-summary.js';
export { parseTarget } from './parse-target.js';
export type { ComparisonPlan } from './plan-comparison.js';
export { planComparison, planTwoArmComparison } from './plan-comparison.js';
export type { EnsemblePlan, EnsemblePointPlan } from './plan-ensemble.js';
export { planEnsemble } from './plan-ensemble.js';
export type { GlobalSensitivityPlan } from './plan-global-sensitivity.js';
export { planGlobalSensitivity } from './plan-global-sensitivity.js';
export type { MonteCarloPlan } from './plan-monte-carlo.js';
export { planMonteCarlo } from './plan-monte-carlo.js';
export type { ReplayParts } from './replay-command.js';
export { replayCommand, replayWords } from './replay-command.js';
export { resumePoint } from './resume-point.js';
export { runBatchRange, runParameters } from './run-batch-range.js';
export type { RunPosition } from './run-position.js';
export { describeRunPosition, RUN_POSITION_SLOTS } from './run-position.js';
export type { RunRange } from './run-range.js';
export { formatRanges, missingRanges } from './run-range.js';
export { runReplayCommand } from './run-replay-command.js';
export { eventScoreCells, scoreComparisonCells, scoreText } from './score-comparison-cells.js';
export { seedText } from './seed.js';
export type { Shard } from './shard.js';
export { parseShard } from './shard.js';
export { shellCommand } from './shell-command.js';
export { stopRuleMet } from './stop-rule-met.js';
export { createSummary } from './summary.js';
export { sweepEnsembleOptions, sweepFromEnsemble } from './sweep-parameter.js';
export type { TraceReplay } from './trace-replay-command.js';
export { traceReplayCommand } from './trace-replay-command.js';
