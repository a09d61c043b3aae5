import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockRanges } from '../src/block-ranges.js';

describe('blockRanges', () => {
  it('covers [from, end) with contiguous blocks that never cross a multiple of the block size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.nat(300),
        fc.nat(300),
        fc.integer({ min: 1, max: 6 }),
        (blockSize, from, length, workers) => {
          const end = from + length;
          const blocks = [...blockRanges({ end, blockSize }, from, workers)];
          let at = from;
          for (const [start, stop] of blocks) {
            expect(start).toBe(at);
            expect(stop).toBeGreaterThan(start);
            expect(Math.floor(start / blockSize)).toBe(Math.floor((stop - 1) / blockSize));
            at = stop;
          }
          expect(at).toBe(Math.max(from, end));
          // Before the last `workers` blocks, as few blocks as the boundaries allow: each ends on a boundary.
          const tail = Math.max(0, (Math.ceil(end / blockSize) - workers) * blockSize);
          for (const [, stop] of blocks.filter(([start]) => start < tail)) expect(stop % blockSize === 0 || stop === end).toBe(true);
        },
      ),
    );
  });

  it('cuts each of the last blocks into one piece per worker, at the same points whatever the start', () => {
    const plan = { end: 10_000, blockSize: 1000 };
    expect([...blockRanges(plan, 0)]).toHaveLength(10);
    const two = [...blockRanges(plan, 0, 2)];
    expect(two.slice(0, 8).every(([start, end]) => end - start === 1000)).toBe(true);
    expect(two.slice(8)).toEqual([
      [8000, 8500],
      [8500, 9000],
      [9000, 9500],
      [9500, 10_000],
    ]);
    // Resumed inside a piece: the rest of that piece, then the same cuts.
    expect([...blockRanges(plan, 9250, 2)]).toEqual([
      [9250, 9500],
      [9500, 10_000],
    ]);
    // A short last block is cut too; a batch of fewer blocks than workers is all tail.
    expect([...blockRanges({ end: 2300, blockSize: 1000 }, 0, 2)]).toEqual([
      [0, 1000],
      [1000, 1500],
      [1500, 2000],
      [2000, 2150],
      [2150, 2300],
    ]);
    expect([...blockRanges({ end: 10, blockSize: 1000 }, 0, 4)]).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
  });
});
