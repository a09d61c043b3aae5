import { existsSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  type AnyScenario,
  CrisisSimError,
  type Issue,
  type MonteCarloOptions,
  type MonteCarloProgress,
  mergeSummaries,
  type Summary,
} from '@crisis-sim/engine';
import { createSummary, type MonteCarloPlan, planMonteCarlo, resumePoint, runBatchRange, stopRuleMet } from '@crisis-sim/engine/internal';
import { blockRanges } from './block-ranges.js';
import type { BlockResult } from './block-result.js';
import { checkRecordsMatch } from './check-records-match.js';
import { defaultWorkers } from './default-workers.js';
import { faultPoint } from './fault-point.js';
import { type CheckpointLock, lockCheckpoint } from './lock-checkpoint.js';
import type { PrestartedWorkers } from './prestart-workers.js';
import { readCheckpoint, type SavedCheckpoint } from './read-checkpoint.js';
import { completedRecords, openRecordFile, partialRecordsPath } from './record-file.js';
import { collectRecords, type RecordFormat, type RecordLayout, recordFormatOf } from './record-format.js';
import { recordsManifestPath, writeRecordsManifest } from './records-manifest.js';
import { removeOrphanedTemporaries } from './remove-orphaned-temporaries.js';
import { runTasksHere } from './run-tasks-here.js';
import { DEFAULT_RUN_TIMEOUT_MS } from './run-watchdog.js';
import { resolveSource, type ScenarioSource } from './scenario-source.js';
import { summaryJson } from './summary-file.js';
import { unwritable } from './unwritable.js';
import { workerCountProblem } from './worker-count-problem.js';
import { runOnWorkerPool } from './worker-pool.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Options of {@link runBatch}: the engine's batch options plus how to execute them on this machine. */
export interface RunBatchOptions extends Omit<MonteCarloOptions, 'onRecord' | 'onProgress' | 'resume' | 'probe'> {
  /** The scenario, loaded in this thread (to plan the batch, and to run it when there is no `source`). */
  readonly scenario: AnyScenario;
  /**
   * How worker threads load the same scenario. With it every run executes on worker threads
   * (also with `workers: 1`), so that signals are always handled and a run that never returns
   * is stopped by `runTimeoutMs`. Without it the batch runs on this thread, one block at a time.
   */
  readonly source?: ScenarioSource;
  /**
   * Worker threads (default: the cores available, `os.availableParallelism()`, or 1 without
   * `source`). More than 1 needs `source`: asking for it without one is refused.
   */
  readonly workers?: number;
  /**
   * Checkpoint file: saved atomically at intervals, on abort and when the batch is complete;
   * an existing one is resumed (or, if complete, only finished); removed once the outputs are
   * written. Owned by one process at a time (`<checkpoint>.lock`).
   */
  readonly checkpoint?: string;
  /** Milliseconds between checkpoints (default 5000). */
  readonly checkpointEveryMs?: number;
  /** File for per-run records, written atomically (`.csv` or `.ndjson`), with its manifest in `<records>.manifest.json`. */
  readonly records?: string;
  /** Format of `records` (default: from its extension). */
  readonly recordFormat?: RecordFormat;
  /** Called after each block of runs is counted, in run-index order. */
  readonly onProgress?: (progress: MonteCarloProgress) => void;
  /** Aborting saves the checkpoint (if any) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * Longest time one run may take on a worker thread, in milliseconds (default 60,000;
   * `Infinity` for none). A run that exceeds it stops the batch with a `run_timeout` error
   * naming the run, day and actor. Not enforced without `source` (code on this thread cannot
   * be interrupted).
   */
  readonly runTimeoutMs?: number;
  /**
   * Writes the caller's own outputs of the finished batch (a summary file, say). Called after
   * the records are in place and before the checkpoint is removed, so that a crash at any
   * point leaves a checkpoint from which a rerun finishes without running anything again; a
   * rerun that finds the checkpoint complete calls it again.
   */
  readonly finish?: (summary: Summary) => Promise<void> | void;
  /** Where one-line notes go (a stale lock taken over, leftover files removed); default `process.emitWarning`. */
  readonly onWarning?: (message: string) => void;
  /**
   * Worker threads started early for this batch (`prestartWorkers`, with the same
   * `source`): the batch takes those it needs and stops the others once its work starts.
   */
  readonly prestarted?: PrestartedWorkers;
}

/**
 * Runs a Monte Carlo batch on this machine, on worker threads, and returns its summary.
 * Each worker runs contiguous blocks of run indices (never crossing a multiple of the plan's
 * block size); block summaries are merged in run-index order, so the summary, the stopping
 * point and the record file are byte-identical for any number of workers, and equal to the
 * merge of any shard split. With `checkpoint`, rerunning after an interruption (even kill -9,
 * at any moment) resumes where the last checkpoint stopped and ends with the identical
 * summary and records, every run recorded once.
 */
export async function runBatch(options: RunBatchOptions): Promise<Summary> {
  const { scenario } = options;
  const warn = options.onWarning ?? ((message: string) => process.emitWarning(message));
  const plan = planMonteCarlo(scenario, options);
  const workers = options.workers ?? (options.source === undefined ? 1 : defaultWorkers());
  const runTimeoutMs = options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;
  const problems: Issue[] = [];
  const workerProblem = workerCountProblem(workers, options.source !== undefined);
  if (workerProblem !== undefined) problems.push(workerProblem);
  if (!(typeof runTimeoutMs === 'number' && runTimeoutMs > 0)) {
    problems.push({
      code: 'invalid_option',
      path: ['runTimeoutMs'],
      message: `runTimeoutMs must be a number of milliseconds > 0 (Infinity for no limit), got ${String(runTimeoutMs)}`,
      value: runTimeoutMs,
    });
  }
  if (problems.length > 0) throw new CrisisSimError(problems);
  const layout = options.records === undefined ? undefined : recordLayout(plan, options.records, options.recordFormat);
  const source = options.source === undefined ? undefined : resolveSource(options.source);

  const leftovers = [options.checkpoint, options.records, options.records === undefined ? undefined : recordsManifestPath(options.records)];
  for (const path of leftovers) if (path !== undefined) removeOrphanedTemporaries(path, warn);
  const lock = options.checkpoint === undefined ? undefined : lockCheckpoint(options.checkpoint, warn);
  try {
    return await runLocked(options, plan, layout, source, workers, runTimeoutMs, lock);
  } finally {
    lock?.release();
  }
}

async function runLocked(
  options: RunBatchOptions,
  plan: MonteCarloPlan,
  layout: RecordLayout | undefined,
  source: ScenarioSource | undefined,
  workers: number,
  runTimeoutMs: number,
  lock: CheckpointLock | undefined,
): Promise<Summary> {
  const { scenario, checkpoint } = options;
  let summary = createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds);
  let next = plan.start;
  let saved: SavedCheckpoint | undefined;
  if (checkpoint !== undefined && existsSync(checkpoint)) {
    saved = await readCheckpoint(checkpoint);
    summary = saved.summary;
    next = resumePointIn(plan, saved.summary, checkpoint);
    checkRecordsMatch(saved, options.records, checkpoint);
  }
  const total = plan.end - plan.start;

  if (saved?.complete === true && checkpoint !== undefined) {
    // A crash came after the final checkpoint: only the completion steps remain.
    options.onProgress?.({ done: next - plan.start, total, resumed: next - plan.start });
    if (options.records !== undefined && saved.records !== undefined && layout !== undefined) {
      const where = completedRecords(options.records, saved.records.bytes, checkpoint);
      await writeRecordsManifest(options.records, layout, summary);
      if (where === 'partial') renameInto(partialRecordsPath(options.records), options.records);
      faultPoint('records-renamed');
    }
    return await complete(options, summary, lock);
  }

  const records =
    layout === undefined || options.records === undefined
      ? undefined
      : openRecordFile(options.records, layout, checkpoint, saved?.records?.bytes);
  const resumed = next - plan.start;
  let lastCheckpoint = Date.now();
  const checkpointEveryMs = options.checkpointEveryMs ?? 5000;
  const saveCheckpoint = async (complete: boolean) => {
    if (checkpoint === undefined) return;
    // The records it counts must be on disk before the checkpoint that says they are.
    records?.sync();
    faultPoint('records-synced');
    lock?.assertHeld();
    const state = { complete, ...(records === undefined ? {} : { records: basename(records.partial), bytes: records.bytes }) };
    try {
      await writeFileAtomic(checkpoint, summaryJson(summary, { checkpoint: state }), 'checkpoint-temp-written');
    } catch (error) {
      throw unwritable(checkpoint, error);
    }
    faultPoint(complete ? 'complete-checkpoint-saved' : 'checkpoint-saved');
    lastCheckpoint = Date.now();
  };

  // Counts a finished block; false once the batch is done (its stopping rule is met).
  const accept = async (result: BlockResult): Promise<boolean> => {
    summary = mergeSummaries([summary, result.summary]);
    records?.write(result.records);
    const end = result.summary.manifest.ranges[0]?.[1] ?? result.start;
    options.onProgress?.({ done: end - plan.start, total, resumed });
    if (Date.now() - lastCheckpoint >= checkpointEveryMs) await saveCheckpoint(false);
    return !stopRuleMet(plan, summary, end);
  };

  try {
    if (!stopRuleMet(plan, summary, next)) {
      const blocks = blockRanges(plan, next);
      if (source !== undefined) {
        await runOnWorkerPool<readonly [number, number], { result: BlockResult }>({
          // One more than the blocks: a worker more than there is work for would only wait.
          count: Math.max(1, Math.min(workers, Math.ceil((plan.end - plan.start) / plan.blockSize) + 1)),
          workerData: (probe) => ({ kind: 'batch', plan, source, ...(layout === undefined ? {} : { layout }), probe }),
          tasks: blocks,
          message: ([start, end]) => ({ start, end }),
          accept: (_, answer) => accept(answer.result),
          scenario,
          seed: plan.manifest.seed,
          runTimeoutMs,
          exitError: (code) => new Error(`a worker thread exited with code ${code}`),
          signal: options.signal,
          prestarted: options.prestarted,
        });
      } else {
        await runTasksHere(
          blocks,
          ([start, end]): BlockResult => {
            const records = collectRecords(layout);
            const summary = runBatchRange(scenario, plan, start, end, records.onRecord);
            return { start, summary, records: records.text() };
          },
          (_, result) => accept(result),
          options.signal,
        );
      }
    }
    records?.sync();
    await saveCheckpoint(true);
  } catch (error) {
    if (options.signal?.aborted === true && !(error instanceof CrisisSimError && error.code === 'checkpoint_in_use')) {
      await saveCheckpoint(false);
    }
    // With a checkpoint the partial records belong to it: a rerun continues them.
    records?.abandon(checkpoint !== undefined);
    throw error;
  }
  if (records !== undefined && options.records !== undefined && layout !== undefined) {
    await writeRecordsManifest(options.records, layout, summary);
    records.finish();
    faultPoint('records-renamed');
  }
  return await complete(options, summary, lock);
}

/** The last steps of a batch whose runs are all counted (and saved as complete in the checkpoint, if any). */
async function complete(options: RunBatchOptions, summary: Summary, lock: CheckpointLock | undefined): Promise<Summary> {
  await options.finish?.(summary);
  faultPoint('outputs-written');
  if (options.checkpoint !== undefined) {
    lock?.assertHeld();
    await rm(options.checkpoint, { force: true });
    faultPoint('checkpoint-deleted');
  }
  return summary;
}

function renameInto(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    throw unwritable(to, error);
  }
}

function recordLayout(plan: MonteCarloPlan, path: string, format: RecordFormat | undefined): RecordLayout {
  const chosen = format ?? recordFormatOf(path);
  if (chosen === undefined) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['records'],
        message: `records file ${path} must end in .csv or .ndjson (or give recordFormat)`,
        value: path,
      },
    ]);
  }
  return { format: chosen, parameters: plan.manifest.drawnParameters, indicators: plan.indicatorIds };
}

function resumePointIn(plan: MonteCarloPlan, summary: Summary, path: string): number {
  try {
    return resumePoint(plan, summary);
  } catch (error) {
    if (!(error instanceof CrisisSimError)) throw error;
    const [issue] = error.issues;
    throw new CrisisSimError([{ code: 'incompatible', path: ['checkpoint'], message: `${path}: ${issue?.message}`, value: path }]);
  }
}
