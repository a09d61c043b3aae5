import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrisisSimError } from '../src/index.js';
import { parseShard, shardRange } from '../src/shard.js';

describe('shardRange', () => {
  it('tiles [0, runs) with contiguous, disjoint, near-equal shards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 200 }), (runs, count) => {
        fc.pre(count <= runs);
        let cursor = 0;
        const sizes: number[] = [];
        for (let index = 1; index <= count; index++) {
          const [start, end] = shardRange(runs, { index, count });
          expect(start).toBe(cursor);
          sizes.push(end - start);
          cursor = end;
        }
        expect(cursor).toBe(runs);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('computes exact floor(runs k / n) where doubles would round', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 2, max: 1_000_000 }), fc.nat(), (runs, count, pick) => {
        const index = 1 + (pick % count);
        const [start, end] = shardRange(runs, { index, count });
        expect(BigInt(start)).toBe((BigInt(index - 1) * BigInt(runs)) / BigInt(count));
        expect(BigInt(end)).toBe((BigInt(index) * BigInt(runs)) / BigInt(count));
      }),
    );
    // Here Math.floor(index * runs / count) in doubles gives 272880968868: one too many.
    expect(shardRange(403_035_506_966, { index: 136_637, count: 201_808 })[1]).toBe(272_880_968_867);
  });
});

describe('parseShard', () => {
  it('reads k/n', () => {
    expect(parseShard('3/16')).toEqual({ index: 3, count: 16 });
  });

  it.each(['0/4', '5/4', '3', 'a/b', '1/0', '-1/4', ''])('refuses %j with an invalid_option error', (text) => {
    expect(() => parseShard(text)).toThrow(CrisisSimError);
    try {
      parseShard(text);
    } catch (error) {
      expect((error as CrisisSimError).code).toBe('invalid_option');
      expect((error as CrisisSimError).message).toContain('3/16');
    }
  });
});
