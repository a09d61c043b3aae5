import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../src/testing/index.js';

describe('firstDifference', () => {
  it('finds the path of the first difference, or nothing', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeUndefined();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('$.a.1.b');
    expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toBe('$');
    expect(firstDifference([1], { 0: 1 })).toBe('$');
    expect(firstDifference(Number.NaN, Number.NaN)).toBeUndefined();
    expect(firstDifference(null, {})).toBe('$');
  });
});
