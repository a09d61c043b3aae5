/**
 * @packageDocumentation
 * Node.js execution of crisis-sim batches: worker threads, shards, checkpoints, summary
 * files and per-run record files. The simulation itself is `@crisis-sim/engine`.
 */
export type { BlockResult, SerializedError } from './block-result.js';
export type { MergedFiles } from './merge-summary-files.js';
export { mergeSummaryFiles } from './merge-summary-files.js';
export type { RecordFormat, RecordLayout } from './record-format.js';
export { collectRecords, formatRecord, recordFormatOf, recordHeader } from './record-format.js';
export type { RunBatchOptions } from './run-batch.js';
export { defaultWorkers, runBatch } from './run-batch.js';
export type { ScenarioSource } from './scenario-source.js';
export { loadScenario, scenarioModuleSource } from './scenario-source.js';
export { readSummaryFile, summaryJson, unreadable, writeSummaryFile } from './summary-file.js';
export { temporaryPathFor, writeFileAtomic } from './write-file-atomic.js';
