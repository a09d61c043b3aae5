import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  type AnyScenario,
  CrisisSimError,
  createSummary,
  type Issue,
  type MonteCarloOptions,
  type MonteCarloPlan,
  type MonteCarloProgress,
  mergeSummaries,
  parseSummary,
  planMonteCarlo,
  resumePoint,
  runBatchRange,
  type Summary,
  stopRuleMet,
} from '@crisis-sim/engine';
import type { BlockResult, SerializedError } from './block-result.js';
import { collectRecords, type RecordFormat, type RecordLayout, recordFormatOf, recordHeader } from './record-format.js';
import type { ScenarioSource } from './scenario-source.js';
import { summaryJson, unreadable } from './summary-file.js';
import { temporaryPathFor, writeFileAtomic } from './write-file-atomic.js';

/** Options of {@link runBatch}: the engine's batch options plus how to execute them on this machine. */
export interface RunBatchOptions extends Omit<MonteCarloOptions, 'onRecord' | 'onProgress' | 'resume'> {
  /** The scenario, loaded in this thread (to plan the batch and to run it when there is one worker). */
  readonly scenario: AnyScenario;
  /** How worker threads load the same scenario; without it the batch runs on this thread. */
  readonly source?: ScenarioSource;
  /** Worker threads (default: the cores available, `os.availableParallelism()`); 1 runs on this thread. */
  readonly workers?: number;
  /** Checkpoint file: saved atomically at intervals and on abort; an existing one is resumed; removed on completion. */
  readonly checkpoint?: string;
  /** Milliseconds between checkpoints (default 5000). */
  readonly checkpointEveryMs?: number;
  /** File for per-run records, written atomically (`.csv` or `.ndjson`). */
  readonly records?: string;
  /** Format of `records` (default: from its extension). */
  readonly recordFormat?: RecordFormat;
  /** Called after each block of runs is counted, in run-index order. */
  readonly onProgress?: (progress: MonteCarloProgress) => void;
  /** Aborting saves the checkpoint (if any) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
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
 * merge of any shard split. With `checkpoint`, rerunning after an interruption resumes where
 * the last checkpoint stopped and ends with the identical summary and records.
 */
export async function runBatch(options: RunBatchOptions): Promise<Summary> {
  const { scenario } = options;
  const plan = planMonteCarlo(scenario, options);
  const workers = options.workers ?? defaultWorkers();
  if (!(Number.isSafeInteger(workers) && workers >= 1 && workers <= 1024)) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['workers'],
        message: `workers must be a whole number from 1 to 1024, got ${workers}`,
        value: workers,
      },
    ]);
  }
  const layout = options.records === undefined ? undefined : recordLayout(plan, options.records, options.recordFormat);

  let summary = createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds);
  let next = plan.start;
  let recordBytes = 0;
  if (options.checkpoint !== undefined && existsSync(options.checkpoint)) {
    const saved = await readCheckpoint(options.checkpoint);
    summary = saved.summary;
    next = resumePointIn(plan, saved.summary, options.checkpoint);
    recordBytes = saved.recordBytes;
  }

  const records =
    layout === undefined || options.records === undefined
      ? undefined
      : openRecords(options.records, layout, options, next > plan.start, recordBytes);
  const total = plan.end - plan.start;
  let lastCheckpoint = Date.now();
  const checkpointEveryMs = options.checkpointEveryMs ?? 5000;
  const saveCheckpoint = async () => {
    if (options.checkpoint === undefined) return;
    // The records it counts must be on disk before the checkpoint that says they are.
    records?.sync();
    const extra = records === undefined ? {} : { checkpoint: { records: basename(records.partial), bytes: records.bytes } };
    await writeFileAtomic(options.checkpoint, summaryJson(summary, extra));
    lastCheckpoint = Date.now();
  };

  // Counts a finished block; false once the batch is done (its stopping rule is met).
  const accept = async (result: BlockResult): Promise<boolean> => {
    summary = mergeSummaries([summary, result.summary]);
    records?.write(result.records);
    const end = result.summary.manifest.ranges[0]?.[1] ?? result.start;
    options.onProgress?.({ done: end - plan.start, total });
    if (Date.now() - lastCheckpoint >= checkpointEveryMs) await saveCheckpoint();
    return !stopRuleMet(plan, summary, end);
  };

  try {
    if (!stopRuleMet(plan, summary, next)) {
      const blocks = blockRanges(plan, next);
      const useWorkers = workers > 1 && options.source !== undefined;
      if (useWorkers) await runOnWorkers(scenario, plan, options.source as ScenarioSource, layout, workers, blocks, accept, options.signal);
      else await runHere(scenario, plan, layout, blocks, accept, options.signal);
    }
  } catch (error) {
    if (options.signal?.aborted === true) await saveCheckpoint();
    // With a checkpoint the partial records belong to it: a rerun continues them.
    records?.abandon(options.checkpoint !== undefined);
    throw error;
  }
  records?.finish();
  if (options.checkpoint !== undefined) await rm(options.checkpoint, { force: true });
  return summary;
}

function recordLayout(plan: MonteCarloPlan, path: string, format: RecordFormat | undefined): RecordLayout {
  const chosen = format ?? recordFormatOf(path);
  if (chosen === undefined) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['records'],
        message: `records file ${path} must end in .csv or .ndjson (or give the format)`,
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

function runOnWorkers(
  scenario: AnyScenario,
  plan: MonteCarloPlan,
  source: ScenarioSource,
  layout: RecordLayout | undefined,
  requested: number,
  blocks: Iterator<readonly [number, number]>,
  accept: (result: BlockResult) => Promise<boolean>,
  signal: AbortSignal | undefined,
): Promise<void> {
  const blockCount = Math.ceil((plan.end - plan.start) / plan.blockSize) + 1;
  const count = Math.max(1, Math.min(requested, blockCount));
  const here = import.meta.url;
  // Under vitest this module is TypeScript source; workers must run the built file.
  const script = here.endsWith('.ts') ? new URL('../dist/worker.js', here) : new URL('./worker.js', here);
  return new Promise<void>((resolve, reject) => {
    const pool = Array.from({ length: count }, () => ({
      worker: new Worker(script, {
        workerData: { plan, source, layout },
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
      }),
      inFlight: 0,
      ready: false,
    }));
    const done = new Map<number, BlockResult>();
    const order: number[] = []; // block starts in dispatch order (= run-index order)
    let finished = false;
    let accepting = false;
    let exhausted = false;

    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      for (const member of pool) void member.worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
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

    // Until the first worker is ready this thread runs blocks itself: a worker's start-up
    // (isolate, module loading, cold JIT) takes a few hundred milliseconds that would
    // otherwise be idle. Results still count in run-index order, so who ran a block
    // changes nothing in the summary.
    const runHereWhileStarting = () => {
      if (finished || exhausted || pool.some((member) => member.ready)) return;
      const item = blocks.next();
      if (item.done === true) {
        exhausted = true;
        feed();
        return;
      }
      const [start, end] = item.value;
      order.push(start);
      try {
        const records = collectRecords(layout);
        const summary = runBatchRange(scenario, plan, start, end, records.onRecord);
        done.set(start, { start, summary, records: records.text() });
      } catch (error) {
        return finish(error);
      }
      void drain();
      setImmediate(runHereWhileStarting);
    };
    setImmediate(runHereWhileStarting);

    for (const member of pool) {
      member.worker.on('message', (message: { type: string; result?: BlockResult; error?: SerializedError }) => {
        if (message.type === 'ready') {
          member.ready = true;
          feed();
        } else if (message.type === 'block' && message.result !== undefined) {
          member.inFlight--;
          done.set(message.result.start, message.result);
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

function deserialize(error: SerializedError): Error {
  if (error.issues !== undefined && error.issues.length > 0) return new CrisisSimError(error.issues as Issue[]);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}

async function readCheckpoint(path: string): Promise<{ summary: Summary; recordBytes: number }> {
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
  const bytes = (json as { checkpoint?: { bytes?: unknown } }).checkpoint?.bytes;
  return { summary, recordBytes: Number.isSafeInteger(bytes) && (bytes as number) >= 0 ? (bytes as number) : -1 };
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

interface RecordSink {
  readonly partial: string;
  readonly bytes: number;
  write(text: string): void;
  sync(): void;
  finish(): void;
  abandon(keep: boolean): void;
}

function openRecords(path: string, layout: RecordLayout, options: RunBatchOptions, resuming: boolean, bytes: number): RecordSink {
  // With a checkpoint the partial file has a fixed name, so that a rerun finds and continues it.
  const partial = options.checkpoint === undefined ? temporaryPathFor(path) : join(dirname(path), `.${basename(path)}.partial`);
  if (resuming && (bytes < 0 || !existsSync(partial))) {
    throw new CrisisSimError([
      {
        code: 'incompatible',
        path: ['records'],
        message: `checkpoint ${options.checkpoint} was saved without the records for ${path}; delete the checkpoint to start over`,
        value: path,
      },
    ]);
  }
  let fd: number;
  try {
    fd = openSync(partial, resuming ? 'r+' : 'w');
  } catch (error) {
    throw unreadable(partial, error);
  }
  let written = 0;
  if (resuming) {
    // A partial file shorter than the checkpoint says lost records: truncating would pad it with zero bytes.
    if (fstatSync(fd).size < bytes) {
      closeSync(fd);
      throw new CrisisSimError([
        {
          code: 'incompatible',
          path: ['records'],
          message: `${partial} holds fewer records than checkpoint ${options.checkpoint} counts; delete the checkpoint to start over`,
          value: path,
        },
      ]);
    }
    // Drop whatever was written after the checkpoint: those runs are run again.
    ftruncateSync(fd, bytes);
    written = bytes;
  } else {
    written += writeSync(fd, recordHeader(layout));
  }
  let open = true;
  return {
    partial,
    get bytes() {
      return written;
    },
    write(text: string) {
      if (text.length > 0) written += writeSync(fd, text, written);
    },
    sync() {
      if (open) fsyncSync(fd);
    },
    finish() {
      if (open) closeSync(fd);
      open = false;
      renameSync(partial, path);
    },
    abandon(keep: boolean) {
      if (open) closeSync(fd);
      open = false;
      if (!keep) rmSync(partial, { force: true });
    },
  };
}
