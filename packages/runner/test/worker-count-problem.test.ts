import { describe, expect, it } from 'vitest';
import { workerCountProblem } from '../src/worker-count-problem.js';

describe('workerCountProblem', () => {
  it('accepts 1 to 1024 workers, more than 1 only with a source', () => {
    expect(workerCountProblem(1, false)).toBeUndefined();
    expect(workerCountProblem(1024, true)).toBeUndefined();
    for (const bad of [0, 1025, 1.5, Number.NaN]) expect(workerCountProblem(bad, true)?.message).toMatch(/whole number from 1 to 1024/);
    expect(workerCountProblem(2, false)?.message).toMatch(/^workers: 2 needs a source/);
  });
});
