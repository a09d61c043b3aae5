import { blockEnd, type MonteCarloPlan } from '@crisis-sim/engine/internal';

/**
 * The blocks of a plan's run indices from `from` to its end: contiguous ranges that never
 * cross a multiple of the plan's block size. Every executor cuts a batch on the same
 * boundaries, so a block's summary is the same on any worker, shard or resumed process.
 *
 * With `workers` > 1, each of the plan's last `workers` blocks is cut into `workers` pieces
 * (still within its block): at the end of a batch one worker would otherwise sit idle while
 * another finishes a whole block, about half a block's time lost on every batch. The merged
 * summary is the same whatever the cut (summaries of adjacent ranges merge exactly, and a
 * stopping rule is checked only on block boundaries); only a checkpoint saved at the end of a
 * piece covers part of a block, from which a resume continues as from any other point.
 */
export function* blockRanges(
  plan: Pick<MonteCarloPlan, 'end' | 'blockSize'>,
  from: number,
  workers = 1,
): Generator<readonly [number, number]> {
  const tail = workers > 1 ? Math.max(0, (Math.ceil(plan.end / plan.blockSize) - workers) * plan.blockSize) : plan.end;
  let start = from;
  while (start < plan.end) {
    const end = blockEnd(plan, start);
    if (start < tail) {
      yield [start, end];
      start = end;
      continue;
    }
    // A tail block: `workers` pieces as equal as whole runs allow, each at least one run.
    const blockStart = Math.floor(start / plan.blockSize) * plan.blockSize;
    const piece = Math.max(1, Math.ceil((end - blockStart) / workers));
    const pieceEnd = Math.min(end, blockStart + (Math.floor((start - blockStart) / piece) + 1) * piece);
    yield [start, pieceEnd];
    start = pieceEnd;
  }
}
