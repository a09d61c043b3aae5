import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockEnd } from '../src/block-end.js';

describe('blockEnd', () => {
  it('ends a block at the next multiple of the block size, or the end, whatever the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(500), fc.nat(500), (blockSize, start, length) => {
        const end = blockEnd({ end: start + length + 1, blockSize }, start);
        expect(end).toBeGreaterThan(start);
        expect(end === start + length + 1 || end % blockSize === 0).toBe(true);
        // No multiple of the block size lies strictly inside the block.
        expect(Math.floor((end - 1) / blockSize)).toBe(Math.floor(start / blockSize));
      }),
    );
  });
});
