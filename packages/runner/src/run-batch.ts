import { existsSync, renameSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  type AnyScenario,
  CrisisSimError,
  type Issue,
  type MonteCarloOptions,
  type MonteCarloProgress,
  mergeSummaries,
  type Summary,
} from '@crisis-sim/engine';
import {
  createSummary,
  type MonteCarloPlan,
  parseSummary,
  planMonteCarlo,
  resumePoint,
  runBatchRange,
  stopRuleMet,
} from '@crisis-sim/engine/internal';
import type { BlockResult, SerializedError } from './block-result.js';
import { faultPoint } from './fault-point.js';
import { type CheckpointLock, lockCheckpoint } from './lock-checkpoint.js';
import { completedRecords, openRecordFile, partialRecordsPath } from './record-file.js';
import { collectRecords, type RecordFormat, type RecordLayout, recordFormatOf } from './record-format.js';
import { recordsManifestPath, writeRecordsManifest } from './records-manifest.js';
import { removeOrphanedTemporaries } from './remove-orphaned-temporaries.js';
import { createRunWatchdog, DEFAULT_RUN_TIMEOUT_MS } from './run-watchdog.js';
import { resolveSource, type ScenarioSource } from './scenario-source.js';
import { summaryJson } from './summary-file.js';
import { unreadable } from './unreadable.js';
import { unwritable } from './unwritable.js';
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
}

/** Blocks each worker may hold at once: one running, one queued, so a worker never waits for the main thread. */
const BLOCKS_PER_WORKER = 2;

/**
 * Heap caps of each worker. Runs allocate many short-lived objects, and each block's summary
 * lives for the whole block, long enough to be promoted. Without caps V8 lets a worker's old
 * generation grow by tens of MB between full collections, so a long batch's RSS creeps up.
 * With a 4 MB young generation and a 128 MB old-generation ceiling (far above what a run
 * needs; V8 collects earlier once it has a ceiling), peak RSS for 1,000,000 runs stays within
 * 1.1x of 10,000 runs (bench/memory.ts) at no measurable cost in runs/s.
 */
const WORKER_YOUNG_GENERATION_MB = 4;
const WORKER_OLD_GENERATION_MB = 128;

/** Worker threads used when none are asked for: the cores this process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
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
  if (!(Number.isSafeInteger(workers) && workers >= 1 && workers <= 1024)) {
    problems.push({
      code: 'invalid_option',
      path: ['workers'],
      message: `workers must be a whole number from 1 to 1024, got ${workers}`,
      value: workers,
    });
  } else if (workers > 1 && options.source === undefined) {
    problems.push({
      code: 'invalid_option',
      path: ['workers'],
      message: `workers: ${workers} needs a source, the module worker threads load the scenario from (e.g. { module: import.meta.resolve('<package>'), exportName: '<export>' }); without one give workers: 1`,
      value: workers,
    });
  }
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
        await runOnWorkers(scenario, plan, source, layout, workers, runTimeoutMs, blocks, accept, options.signal);
      } else {
        await runHere(scenario, plan, layout, blocks, accept, options.signal);
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

function* blockRanges(plan: MonteCarloPlan, from: number): Generator<readonly [number, number]> {
  let start = from;
  while (start < plan.end) {
    const end = Math.min(plan.end, (Math.floor(start / plan.blockSize) + 1) * plan.blockSize);
    yield [start, end];
    start = end;
  }
}

async function runHere(
  scenario: AnyScenario,
  plan: MonteCarloPlan,
  layout: RecordLayout | undefined,
  blocks: Iterable<readonly [number, number]>,
  accept: (result: BlockResult) => Promise<boolean>,
  signal: AbortSignal | undefined,
): Promise<void> {
  for (const [start, end] of blocks) {
    // Yield between blocks so that timers (progress bar) and signals get their turn.
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    const records = collectRecords(layout);
    const summary = runBatchRange(scenario, plan, start, end, records.onRecord);
    if (!(await accept({ start, summary, records: records.text() }))) return;
  }
}

/** The built worker script: under vitest this module is TypeScript source, and workers must run the built file. */
export function workerScript(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../dist/worker.js', here) : new URL('./worker.js', here);
}

function runOnWorkers(
  scenario: AnyScenario,
  plan: MonteCarloPlan,
  source: ScenarioSource,
  layout: RecordLayout | undefined,
  requested: number,
  runTimeoutMs: number,
  blocks: Iterator<readonly [number, number]>,
  accept: (result: BlockResult) => Promise<boolean>,
  signal: AbortSignal | undefined,
): Promise<void> {
  const blockCount = Math.ceil((plan.end - plan.start) / plan.blockSize) + 1;
  const count = Math.max(1, Math.min(requested, blockCount));
  const script = workerScript();
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    const watchdog = createRunWatchdog(scenario, plan.manifest.seed, runTimeoutMs, (error) => finish(error));
    const pool = Array.from({ length: count }, () => {
      const watched = watchdog.watch();
      return {
        worker: new Worker(script, {
          workerData: { kind: 'batch', plan, source, layout, probe: watched.probe },
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
        }),
        watched,
        inFlight: 0,
        ready: false,
      };
    });
    const done = new Map<number, BlockResult>();
    // Blocks whose runs failed, by start. A failure is reported when its block comes up in
    // run-index order, as on one thread: which worker fails first must not choose the error.
    const failed = new Map<number, Error>();
    const order: number[] = []; // block starts in dispatch order (= run-index order)
    let accepting = false;
    let exhausted = false;

    function finish(error?: unknown) {
      if (finished) return;
      finished = true;
      watchdog.stop();
      signal?.removeEventListener('abort', onAbort);
      // terminate() stops a worker even inside a rule that never returns.
      Promise.all(pool.map((member) => member.worker.terminate())).then(
        () => (error === undefined ? resolve() : reject(error)),
        () => (error === undefined ? resolve() : reject(error)),
      );
    }
    const onAbort = () => finish(signal?.reason ?? new Error('aborted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted === true) return onAbort();

    const feed = () => {
      for (const member of pool) {
        while (!finished && !exhausted && member.ready && member.inFlight < BLOCKS_PER_WORKER) {
          const item = blocks.next();
          if (item.done === true) {
            exhausted = true;
            break;
          }
          const [start, end] = item.value;
          order.push(start);
          member.inFlight++;
          member.watched.busy();
          member.worker.postMessage({ start, end });
        }
      }
      if (exhausted && order.length === 0 && !accepting) finish();
    };

    // Counts finished blocks strictly in run-index order, one at a time.
    const drain = async () => {
      if (accepting || finished) return;
      accepting = true;
      try {
        for (;;) {
          const head = order[0];
          const failure = head === undefined ? undefined : failed.get(head);
          if (failure !== undefined) return finish(failure);
          const result = head === undefined ? undefined : done.get(head);
          if (head === undefined || result === undefined) break;
          done.delete(head);
          order.shift();
          if (!(await accept(result))) return finish();
          if (finished) return;
        }
      } catch (error) {
        return finish(error);
      } finally {
        accepting = false;
      }
      feed();
    };

    for (const member of pool) {
      member.worker.on('message', (message: { type: string; result?: BlockResult; error?: SerializedError; start?: number }) => {
        if (message.type === 'ready') {
          member.ready = true;
          feed();
        } else if (message.type === 'block' && message.result !== undefined) {
          member.inFlight--;
          if (member.inFlight === 0) member.watched.idle();
          done.set(message.result.start, message.result);
          void drain();
          feed();
        } else if (message.type === 'error' && message.error !== undefined && message.start !== undefined) {
          member.inFlight--;
          if (member.inFlight === 0) member.watched.idle();
          failed.set(message.start, deserialize(message.error));
          void drain();
          feed();
        } else if (message.type === 'error' && message.error !== undefined) {
          finish(deserialize(message.error));
        }
      });
      member.worker.on('error', (error) => finish(error));
      member.worker.on('exit', (code) => {
        if (!finished && code !== 0) finish(new Error(`a worker thread exited with code ${code}`));
      });
    }
  });
}

/** Rebuilds a worker's error in this thread: a {@link CrisisSimError} keeps its issues (and so its one-line message). */
export function deserialize(error: SerializedError): Error {
  if (error.issues !== undefined && error.issues.length > 0) return new CrisisSimError(error.issues as Issue[]);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}

interface SavedCheckpoint {
  readonly summary: Summary;
  /** The batch is counted to its end: only the completion steps remain. */
  readonly complete: boolean;
  /** The partial records file it counts (its name) and how many of its bytes. */
  readonly records?: { readonly name: string; readonly bytes: number };
}

async function readCheckpoint(path: string): Promise<SavedCheckpoint> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new CrisisSimError([
        {
          code: 'invalid_summary',
          path: ['checkpoint'],
          message: `checkpoint ${path} is not valid JSON; delete it to start over`,
          value: path,
        },
      ]);
    }
    throw unreadable(path, error);
  }
  let summary: Summary;
  try {
    summary = parseSummary(json);
  } catch (error) {
    if (!(error instanceof CrisisSimError)) throw error;
    throw new CrisisSimError([
      {
        code: 'invalid_summary',
        path: ['checkpoint'],
        message: `checkpoint ${path} is not a summary (${error.issues[0]?.message}); delete it to start over`,
        value: path,
      },
    ]);
  }
  const state = (json as { checkpoint?: { complete?: unknown; records?: unknown; bytes?: unknown } }).checkpoint;
  const bytes = state?.bytes;
  const records =
    typeof state?.records === 'string' && Number.isSafeInteger(bytes) && (bytes as number) >= 0
      ? { name: state.records, bytes: bytes as number }
      : undefined;
  return { summary, complete: state?.complete === true, ...(records === undefined ? {} : { records }) };
}

function checkRecordsMatch(saved: SavedCheckpoint, records: string | undefined, checkpoint: string): void {
  const fail = (message: string) => {
    throw new CrisisSimError([{ code: 'incompatible', path: ['records'], message, value: records }]);
  };
  if (saved.records === undefined && records !== undefined) {
    fail(`checkpoint ${checkpoint} was saved without the records for ${records}; delete the checkpoint to start over`);
  }
  if (saved.records !== undefined && records === undefined) {
    fail(
      `checkpoint ${checkpoint} was saved with records (in ${saved.records.name}); rerun the same command, with its records file, to resume, or delete the checkpoint and ${saved.records.name} to start over`,
    );
  }
  if (saved.records !== undefined && records !== undefined && saved.records.name !== basename(partialRecordsPath(records))) {
    fail(
      `checkpoint ${checkpoint} was saved with records in ${saved.records.name}, not ${basename(partialRecordsPath(records))}; give the same records file to resume`,
    );
  }
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
