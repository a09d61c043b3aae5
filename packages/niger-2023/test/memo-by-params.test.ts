import { describe, expect, it } from 'vitest';
import { memoByParams } from '../src/memo-by-params.js';

describe('memoByParams', () => {
  it('computes once per parameter object and again for a new one', () => {
    let calls = 0;
    const doubled = memoByParams((p: { x: number }) => {
      calls++;
      return p.x * 2;
    });
    const a = { x: 1 };
    expect(doubled(a)).toBe(2);
    expect(doubled(a)).toBe(2);
    expect(calls).toBe(1);
    expect(doubled({ x: 3 })).toBe(6);
    expect(calls).toBe(2);
  });
});
