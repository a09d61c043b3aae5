/**
 * @packageDocumentation
 * Node.js execution of crisis-sim batches: worker threads, shards, checkpoints, summary
 * files and per-run record files. The simulation itself is `@crisis-sim/engine`.
 */
export type { BlockResult, SerializedError } from './block-result.js';
export { csvCell } from './csv-cell.js';
export { csvText } from './csv-text.js';
export { defaultWorkers } from './default-workers.js';
export { discoveryPlan } from './discovery-plan.js';
export type { FaultStep } from './fault-point.js';
export { FAULT_STEPS } from './fault-point.js';
export type { CheckpointLock } from './lock-checkpoint.js';
export { lockCheckpoint } from './lock-checkpoint.js';
export { mergePlanShards } from './merge-plan-shards.js';
export type { MergedFiles } from './merge-summary-files.js';
export { mergeSummaryFiles } from './merge-summary-files.js';
export type { PlanPart, PlansCheckpoint, SavedSummary } from './plans-checkpoint.js';
export {
  PLANS_CHECKPOINT_KIND,
  parsePlansCheckpoint,
  plansCheckpointJson,
  readPlansCheckpoint,
  writePlansCheckpoint,
} from './plans-checkpoint.js';
export type { PrestartedWorkers } from './prestart-workers.js';
export { prestartWorkers } from './prestart-workers.js';
export type { ReadJsonFileOptions } from './read-json-file.js';
export { readJsonFile } from './read-json-file.js';
export type { RecordFormat, RecordLayout } from './record-format.js';
export { collectRecords, formatRecord, recordFormatOf, recordHeader } from './record-format.js';
export { RECORDS_MANIFEST_FORMAT, recordsManifestPath } from './records-manifest.js';
export { removeOrphanedTemporaries } from './remove-orphaned-temporaries.js';
export type { AnalysisOptions } from './run-analysis.js';
export { runOneAtATime } from './run-analysis.js';
export type { RunBatchOptions } from './run-batch.js';
export { runBatch } from './run-batch.js';
export { runAlternatives, runComparison, runComparisonShard } from './run-comparison.js';
export { runDiscovery } from './run-discovery.js';
export { runEnsemble } from './run-ensemble.js';
export { runGlobalSensitivity } from './run-global-sensitivity.js';
export { runPlanShard } from './run-plan-shard.js';
export type { RunPlansOptions } from './run-plans.js';
export { runPlans } from './run-plans.js';
export { runSweep } from './run-sweep.js';
export type { RunTraceOptions } from './run-trace.js';
export { runTrace } from './run-trace.js';
export { DEFAULT_RUN_TIMEOUT_MS } from './run-watchdog.js';
export type { RunnerIssueCode } from './runner-issue-code.js';
export type { ScenarioSource } from './scenario-source.js';
export { loadScenario, resolveSource, scenarioModuleSource } from './scenario-source.js';
export { readSummaryFile, summaryJson, writeSummaryFile } from './summary-file.js';
export { unreadable } from './unreadable.js';
export { unwritable } from './unwritable.js';
export type { WorkerInput, WorkerJob } from './worker.js';
export { temporaryPathFor, writeFileAtomic } from './write-file-atomic.js';
