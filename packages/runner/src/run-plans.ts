import { type AnyScenario, type MonteCarloProgress, mergeSummaries, type RunRecord, type Summary } from '@crisis-sim/engine';
import { createSummary, type MonteCarloPlan } from '@crisis-sim/engine/internal';
import { runPlanBlocks } from './run-plan-blocks.js';
import type { ScenarioSource } from './scenario-source.js';

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
  /** Called as blocks are counted: runs done over all plans (of the shard, with `runPlanShard`). */
  readonly onProgress?: (progress: MonteCarloProgress) => void;
  /** Aborting stops the work (terminating the workers), saves the checkpoint (if any) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * Receives every run's record, a block at a time, once all blocks are counted, in block
   * order (plan, then run index). Given, the workers send records back with summaries (and a
   * checkpoint holds them).
   */
  readonly onRecords?: (plan: number, records: readonly RunRecord[]) => void;
  /**
   * Checkpoint file: the blocks counted so far, saved atomically at intervals, on abort and
   * (complete) at the end; an existing one is resumed, refused if it was saved for other
   * plans. It is kept when the work returns, so that a crash before the caller's outputs are
   * written reruns nothing: the caller deletes it once they are. Owned by one process at a
   * time (`<checkpoint>.lock`).
   */
  readonly checkpoint?: string;
  /** Milliseconds between checkpoints (default 5000; 0: after every block). */
  readonly checkpointEveryMs?: number;
  /** Where one-line notes go (a stale lock taken over, leftover files removed); default `process.emitWarning`. */
  readonly onWarning?: (message: string) => void;
}

/**
 * Runs many Monte Carlo batches (the points of an ensemble or a sensitivity design) and
 * returns one summary per plan, in plan order. The work is split into (plan, run range)
 * blocks that never cross a multiple of a plan's block size and spread over the worker pool;
 * blocks are counted in block order (plan, then run index), so every summary is
 * byte-identical for any number of workers, equal to running the plan alone
 * (`runMonteCarlo`), and when several runs fail the error is that of the first of them in
 * that order. With `checkpoint`, an interrupted call (even kill -9) rerun resumes where the
 * last checkpoint stopped, with the same result; `runPlanShard` and `mergePlanShards` split
 * the same work over machines.
 */
export async function runPlans(plans: readonly MonteCarloPlan[], options: RunPlansOptions): Promise<Summary[]> {
  const { parts } = await runPlanBlocks(plans, options, undefined);
  if (options.onRecords !== undefined) for (const part of parts) options.onRecords(part.plan, part.records ?? []);
  // Merged in run-index order per plan, as parts are in block order.
  const summaries = plans.map((plan) => createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds));
  for (const part of parts) summaries[part.plan] = mergeSummaries([summaries[part.plan] as Summary, part.summary]);
  return summaries;
}
