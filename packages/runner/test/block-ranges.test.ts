import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockRanges } from '../src/block-ranges.js';

describe('blockRanges', () => {
  it('covers [from, end) with contiguous blocks that never cross a multiple of the block size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(300), fc.nat(300), (blockSize, from, length) => {
        const end = from + length;
        const blocks = [...blockRanges({ end, blockSize }, from)];
        let at = from;
        for (const [start, stop] of blocks) {
          expect(start).toBe(at);
          expect(stop).toBeGreaterThan(start);
          expect(Math.floor(start / blockSize)).toBe(Math.floor((stop - 1) / blockSize));
          at = stop;
        }
        expect(at).toBe(Math.max(from, end));
        // As few blocks as the boundaries allow: each ends on a boundary or at the end.
        for (const [, stop] of blocks.slice(0, -1)) expect(stop % blockSize).toBe(0);
      }),
    );
  });
});
