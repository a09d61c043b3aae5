import type { MonteCarloPlan } from './plan-monte-carlo.js';

/**
 * Where the block that starts at run `start` ends: the next multiple of the plan's block
 * size, or the plan's end. Every executor (this thread, workers, shards, a resumed process)
 * cuts a batch on these boundaries, the only points where a stopping rule may stop, so a
 * block's summary is the same wherever it runs.
 */
export function blockEnd(plan: Pick<MonteCarloPlan, 'end' | 'blockSize'>, start: number): number {
  return Math.min(plan.end, (Math.floor(start / plan.blockSize) + 1) * plan.blockSize);
}
