import { existsSync } from 'node:fs';
import { CrisisSimError, type Issue, type RunRecord, type Summary } from '@crisis-sim/engine';
import { type ComparisonCounts, type ComparisonPlan, type MonteCarloPlan, runBatchRange, type Shard } from '@crisis-sim/engine/internal';
import { blockRanges } from './block-ranges.js';
import { defaultWorkers } from './default-workers.js';
import { lockCheckpoint } from './lock-checkpoint.js';
import { type PairedBlock, pairBlock } from './pair-block.js';
import {
  type PlanPart,
  type PlansCheckpoint,
  plansFingerprint,
  readPlansCheckpoint,
  restorePart,
  writePlansCheckpoint,
} from './plans-checkpoint.js';
import { removeOrphanedTemporaries } from './remove-orphaned-temporaries.js';
import type { RunPlansOptions } from './run-plans.js';
import { runTasksHere } from './run-tasks-here.js';
import { DEFAULT_RUN_TIMEOUT_MS } from './run-watchdog.js';
import { resolveSource } from './scenario-source.js';
import { workerCountProblem } from './worker-count-problem.js';
import { runOnWorkerPool } from './worker-pool.js';

/** A block of one plan's run indices: the plan's position in the list and its run range. */
interface PlanBlock {
  readonly plan: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Runs the blocks of a list of plans (all, or those of one shard) on this thread or the
 * worker pool and returns them counted, in block order (plan, then run index). With a
 * checkpoint, blocks it already counts are not run again, and it is saved at intervals, on
 * abort and, complete, at the end (kept: the caller removes it once its outputs exist).
 * A shard takes every `count`-th block of the list (block `b` belongs to shard
 * `b mod count + 1`): a fixed subset, whatever the number of workers.
 * With `comparison` (whose batches `plans` are), a block is a run range of the base's that
 * runs every arm too and comes back as its paired counts (see `pairBlock`), not records.
 */
export async function runPlanBlocks(
  plans: readonly MonteCarloPlan[],
  options: RunPlansOptions,
  shard: Shard | undefined,
  comparison?: ComparisonPlan,
): Promise<PlansCheckpoint> {
  const workers = options.workers ?? (options.source === undefined ? 1 : defaultWorkers());
  const problems: Issue[] = [];
  const workerProblem = workerCountProblem(workers, options.source !== undefined);
  if (workerProblem !== undefined) problems.push(workerProblem);
  if (shard !== undefined && !(Number.isSafeInteger(shard.count) && shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count)) {
    problems.push({
      code: 'invalid_option',
      path: ['shard'],
      message: `shard must be k of n with 1 <= k <= n, got ${shard.index}/${shard.count}`,
      value: shard,
    });
  }
  if (problems.length > 0) throw new CrisisSimError(problems);
  const all: PlanBlock[] = [];
  // A comparison's blocks are the base's run ranges: each runs every arm on them.
  (comparison === undefined ? plans : plans.slice(0, 1)).forEach((plan, index) => {
    for (const [start, end] of blockRanges(plan, plan.start)) all.push({ plan: index, start, end });
  });
  const selected = shard === undefined ? all : all.filter((_, b) => b % shard.count === shard.index - 1);
  const fingerprint = plansFingerprint(plans);
  const warn = options.onWarning ?? ((message: string) => process.emitWarning(message));
  const { checkpoint } = options;
  if (checkpoint !== undefined) removeOrphanedTemporaries(checkpoint, warn);
  const lock = checkpoint === undefined ? undefined : lockCheckpoint(checkpoint, warn);
  try {
    const counted = new Map<string, PlanPart>();
    const key = (block: { plan: number; start: number }) => `${block.plan}:${block.start}`;
    if (checkpoint !== undefined && existsSync(checkpoint)) {
      const saved = await readPlansCheckpoint(checkpoint);
      const wanted = new Map(selected.map((block) => [key(block), block]));
      const sameShard = saved.shard?.index === shard?.index && saved.shard?.count === shard?.count;
      // A checkpoint without records cannot feed work that needs them (discovery).
      const withRecords = options.onRecords !== undefined;
      const fits = saved.parts.every(
        (part) =>
          wanted.get(key(part))?.end === part.end &&
          (!withRecords || part.records !== undefined) &&
          (comparison === undefined || part.pairs !== undefined),
      );
      if (saved.fingerprint !== fingerprint || !sameShard || saved.blocks !== all.length || !fits) {
        throw new CrisisSimError([
          {
            code: 'incompatible',
            path: ['checkpoint'],
            message: `checkpoint ${checkpoint} was saved by other work (another scenario, version, seed, parameters, design, runs or shard); rerun the command that saved it to resume, or delete it to start over`,
            value: checkpoint,
          },
        ]);
      }
      for (const part of saved.parts) counted.set(key(part), restorePart(part, plans[part.plan] as MonteCarloPlan, checkpoint));
    }
    // Runs of every arm, for a comparison's blocks.
    const arms = comparison === undefined ? 1 : plans.length;
    const total = selected.reduce((sum, block) => sum + (block.end - block.start) * arms, 0);
    const resumed = [...counted.values()].reduce((sum, part) => sum + (part.end - part.start) * arms, 0);
    let done = resumed;
    const state = (complete: boolean): PlansCheckpoint => ({
      fingerprint,
      ...(shard === undefined ? {} : { shard: { index: shard.index, count: shard.count } }),
      blocks: all.length,
      complete,
      parts: selected.flatMap((block) => counted.get(key(block)) ?? []),
    });
    const checkpointEveryMs = options.checkpointEveryMs ?? 5000;
    let lastCheckpoint = Date.now();
    const save = async (complete: boolean) => {
      if (checkpoint === undefined) return;
      lock?.assertHeld();
      await writePlansCheckpoint(checkpoint, state(complete), 'checkpoint-temp-written');
      lastCheckpoint = Date.now();
    };
    const withRecords = options.onRecords !== undefined;
    const accept = async (block: PlanBlock, summary: Summary, records: readonly RunRecord[] | undefined, pairs?: ComparisonCounts) => {
      counted.set(key(block), {
        ...block,
        summary,
        ...(withRecords && records !== undefined ? { records } : {}),
        ...(pairs === undefined ? {} : { pairs }),
      });
      done += (block.end - block.start) * arms;
      options.onProgress?.({ done, total, resumed });
      if (checkpoint !== undefined && Date.now() - lastCheckpoint >= checkpointEveryMs) await save(false);
      return true;
    };
    const todo = selected.filter((block) => !counted.has(key(block)));
    if (resumed > 0) options.onProgress?.({ done, total, resumed });
    try {
      if (options.source === undefined) {
        await runTasksHere(
          todo,
          (block): { summary: Summary; records?: RunRecord[]; pairs?: ComparisonCounts } => {
            if (comparison !== undefined) return pairBlock(options.scenario, comparison, block.start, block.end);
            const records: RunRecord[] = [];
            const onRecord = withRecords ? (record: RunRecord) => records.push(record) : undefined;
            const plan = plans[block.plan] as MonteCarloPlan;
            return { summary: runBatchRange(options.scenario, plan, block.start, block.end, onRecord), records };
          },
          (block, answer) => accept(block, answer.summary, answer.records, answer.pairs),
          options.signal,
        );
      } else if (todo.length > 0) {
        const source = resolveSource(options.source);
        await runOnWorkerPool<PlanBlock, { summary: Summary; records?: RunRecord[] } | PairedBlock>({
          count: Math.max(1, Math.min(workers, todo.length)),
          workerData: (probe) => ({
            kind: 'plans',
            records: withRecords,
            ...(comparison === undefined ? {} : { comparison }),
            source,
            probe,
          }),
          tasks: todo[Symbol.iterator](),
          // Each message carries its plan, so that a design of thousands of points is not copied whole into every worker.
          message: (block) => ({ plan: plans[block.plan], start: block.start, end: block.end }),
          accept: (block, answer) =>
            'pairs' in answer ? accept(block, answer.summary, undefined, answer.pairs) : accept(block, answer.summary, answer.records),
          scenario: options.scenario,
          seed: plans[0]?.manifest.seed ?? '',
          runTimeoutMs: options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
          exitError: (code) =>
            new CrisisSimError([{ code: 'scenario_fault', path: [], message: `a worker thread exited with code ${code}` }]),
          signal: options.signal,
        });
      }
      await save(true);
    } catch (error) {
      if (options.signal?.aborted === true && !(error instanceof CrisisSimError && error.code === 'checkpoint_in_use')) await save(false);
      throw error;
    }
    return state(true);
  } finally {
    lock?.release();
  }
}
