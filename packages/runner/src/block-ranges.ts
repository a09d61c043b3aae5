import { blockEnd, type MonteCarloPlan } from '@crisis-sim/engine/internal';

/**
 * The blocks of a plan's run indices from `from` to its end: contiguous ranges that never
 * cross a multiple of the plan's block size. Every executor cuts a batch on the same
 * boundaries, so a block's summary is the same on any worker, shard or resumed process.
 */
export function* blockRanges(plan: Pick<MonteCarloPlan, 'end' | 'blockSize'>, from: number): Generator<readonly [number, number]> {
  let start = from;
  while (start < plan.end) {
    const end = blockEnd(plan, start);
    yield [start, end];
    start = end;
  }
}
