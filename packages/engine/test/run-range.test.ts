import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coalesceRanges, countRuns, missingRanges, type RunRange } from '../src/run-range.js';

const ranges = fc.array(
  fc.tuple(fc.nat(200), fc.nat(30)).map(([start, length]): RunRange => [start, start + length]),
  { maxLength: 12 },
);

describe('coalesceRanges and missingRanges', () => {
  it('cover exactly the listed runs, with gaps as the complement', () => {
    fc.assert(
      fc.property(ranges, (list) => {
        const covered = new Set<number>();
        for (const [start, end] of list) for (let i = start; i < end; i++) covered.add(i);
        const { ranges: joined } = coalesceRanges(list);
        expect(countRuns(joined)).toBe(covered.size);
        for (let i = 1; i < joined.length; i++) expect((joined[i] as RunRange)[0]).toBeGreaterThan((joined[i - 1] as RunRange)[1]);
        const gaps = missingRanges(joined, 260);
        expect(countRuns(gaps) + covered.size).toBe(260 + [...covered].filter((i) => i >= 260).length);
      }),
    );
  });

  it('reports overlaps', () => {
    expect(
      coalesceRanges([
        [0, 10],
        [5, 20],
        [20, 30],
      ]),
    ).toEqual({ ranges: [[0, 30]], overlaps: [[5, 10]] });
  });
});
