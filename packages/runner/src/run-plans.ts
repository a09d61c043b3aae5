import { Worker } from 'node:worker_threads';
import {
  type AnyScenario,
  CrisisSimError,
  type MonteCarloProgress,
  mergeSummaries,
  type RunRecord,
  type Summary,
} from '@crisis-sim/engine';
import { createSummary, type MonteCarloPlan, runBatchRange } from '@crisis-sim/engine/internal';
import type { SerializedError } from './block-result.js';
import { defaultWorkers, deserialize, workerScript } from './run-batch.js';
import { createRunWatchdog, DEFAULT_RUN_TIMEOUT_MS } from './run-watchdog.js';
import { resolveSource, type ScenarioSource } from './scenario-source.js';

/** How {@link runPlans} runs a set of batches: on this thread, or spread over worker threads. */
export interface RunPlansOptions {
  /** The scenario, loaded in this thread (to name a stuck run, and to run when there is no `source`). */
  readonly scenario: AnyScenario;
  /** How worker threads load the same scenario; without it everything runs on this thread. */
  readonly source?: ScenarioSource;
  /** Worker threads (default: the cores available with `source`, else 1). More than 1 needs `source`. */
  readonly workers?: number;
  /** Longest time one run may take, in milliseconds (default 60,000); enforced with `source` only. */
  readonly runTimeoutMs?: number;
  /** Called as blocks are counted: runs done over all plans. */
  readonly onProgress?: (progress: MonteCarloProgress) => void;
  /** Aborting stops the work (terminating the workers) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * Receives every run's record, a block at a time, in no particular order (sort by plan
   * and run index when order matters). Given, the workers send records back with summaries.
   */
  readonly onRecords?: (plan: number, records: readonly RunRecord[]) => void;
}

/** A block of one plan's run indices: the plan's position in the list and its run range. */
interface PlanBlock {
  readonly plan: number;
  readonly start: number;
  readonly end: number;
}

/** Blocks each worker holds at once: one running, one queued. */
const BLOCKS_PER_WORKER = 2;

/**
 * Runs many Monte Carlo batches (the points of an ensemble or a sensitivity design) and
 * returns one summary per plan, in plan order. The work is split into (plan, run range)
 * blocks that never cross a multiple of a plan's block size and spread over the worker pool;
 * each plan's blocks are merged in run-index order, so every summary is byte-identical for
 * any number of workers, and equal to running the plan alone (`runMonteCarlo`).
 */
export async function runPlans(plans: readonly MonteCarloPlan[], options: RunPlansOptions): Promise<Summary[]> {
  const workers = options.workers ?? (options.source === undefined ? 1 : defaultWorkers());
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
  if (workers > 1 && options.source === undefined) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['workers'],
        message: `workers: ${workers} needs a source, the module worker threads load the scenario from; without one give workers: 1`,
        value: workers,
      },
    ]);
  }
  const blocks: PlanBlock[] = [];
  plans.forEach((plan, index) => {
    for (let start = plan.start; start < plan.end; ) {
      const end = Math.min(plan.end, (Math.floor(start / plan.blockSize) + 1) * plan.blockSize);
      blocks.push({ plan: index, start, end });
      start = end;
    }
  });
  const total = blocks.reduce((sum, block) => sum + block.end - block.start, 0);
  const parts = new Map<string, Summary>();
  let done = 0;
  const accept = (block: PlanBlock, summary: Summary, records: readonly RunRecord[] | undefined) => {
    if (records !== undefined) options.onRecords?.(block.plan, records);
    parts.set(`${block.plan}:${block.start}`, summary);
    done += block.end - block.start;
    options.onProgress?.({ done, total });
  };
  if (options.source === undefined) {
    for (const block of blocks) {
      // Yield between blocks so that timers (a progress bar) and signals get their turn.
      await new Promise((resolve) => setImmediate(resolve));
      options.signal?.throwIfAborted();
      const plan = plans[block.plan] as MonteCarloPlan;
      const records: RunRecord[] = [];
      const onRecord = options.onRecords === undefined ? undefined : (record: RunRecord) => records.push(record);
      const summary = runBatchRange(options.scenario, plan, block.start, block.end, onRecord);
      accept(block, summary, onRecord === undefined ? undefined : records);
    }
  } else {
    await runOnPool(plans, blocks, options, resolveSource(options.source), workers, accept);
  }
  // Merged in run-index order per plan, whatever order the blocks came back in.
  return plans.map((plan, index) => {
    let summary = createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds);
    for (const block of blocks) {
      if (block.plan !== index) continue;
      summary = mergeSummaries([summary, parts.get(`${index}:${block.start}`) as Summary]);
    }
    return summary;
  });
}

function runOnPool(
  plans: readonly MonteCarloPlan[],
  blocks: readonly PlanBlock[],
  options: RunPlansOptions,
  source: ScenarioSource,
  requested: number,
  accept: (block: PlanBlock, summary: Summary, records: readonly RunRecord[] | undefined) => void,
): Promise<void> {
  const count = Math.max(1, Math.min(requested, blocks.length));
  const script = workerScript();
  const seed = plans[0]?.manifest.seed ?? '';
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    let next = 0;
    let outstanding = 0;
    const watchdog = createRunWatchdog(options.scenario, seed, options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS, (error) => finish(error));
    const pool = Array.from({ length: count }, () => {
      const watched = watchdog.watch();
      return {
        worker: new Worker(script, {
          workerData: { kind: 'plans', records: options.onRecords !== undefined, source, probe: watched.probe },
        }),
        watched,
        inFlight: [] as PlanBlock[],
        ready: false,
      };
    });
    function finish(error?: unknown) {
      if (finished) return;
      finished = true;
      watchdog.stop();
      options.signal?.removeEventListener('abort', onAbort);
      const settle = () => (error === undefined ? resolve() : reject(error));
      Promise.all(pool.map((member) => member.worker.terminate())).then(settle, settle);
    }
    const onAbort = () => finish(options.signal?.reason ?? new Error('aborted'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted === true) return onAbort();
    const feed = () => {
      for (const member of pool) {
        while (!finished && member.ready && member.inFlight.length < BLOCKS_PER_WORKER && next < blocks.length) {
          const block = blocks[next++] as PlanBlock;
          member.inFlight.push(block);
          outstanding++;
          member.watched.busy();
          member.worker.postMessage({ plan: plans[block.plan], start: block.start, end: block.end });
        }
      }
      if (next >= blocks.length && outstanding === 0) finish();
    };
    for (const member of pool) {
      member.worker.on('message', (message: { type: string; summary?: Summary; records?: RunRecord[]; error?: SerializedError }) => {
        if (message.type === 'ready') {
          member.ready = true;
          feed();
        } else if (message.type === 'block' && message.summary !== undefined) {
          // A worker answers its blocks in the order it was sent them.
          const block = member.inFlight.shift() as PlanBlock;
          outstanding--;
          if (member.inFlight.length === 0) member.watched.idle();
          accept(block, message.summary, message.records);
          feed();
        } else if (message.type === 'error' && message.error !== undefined) {
          finish(deserialize(message.error));
        }
      });
      member.worker.on('error', (error) => finish(error));
      member.worker.on('exit', (code) => {
        if (!finished && code !== 0)
          finish(new CrisisSimError([{ code: 'scenario_fault', path: [], message: `a worker thread exited with code ${code}` }]));
      });
    }
  });
}
