import type { Issue } from '@crisis-sim/engine';

/** Why `workers` cannot be used (not a count from 1 to 1024, or more than 1 without a scenario source), or undefined. */
export function workerCountProblem(workers: number, hasSource: boolean): Issue | undefined {
  if (!(Number.isSafeInteger(workers) && workers >= 1 && workers <= 1024)) {
    return {
      code: 'invalid_option',
      path: ['workers'],
      message: `workers must be a whole number from 1 to 1024, got ${workers}`,
      value: workers,
    };
  }
  if (workers > 1 && !hasSource) {
    return {
      code: 'invalid_option',
      path: ['workers'],
      message: `workers: ${workers} needs a source, the module worker threads load the scenario from (e.g. { module: import.meta.resolve('<package>'), exportName: '<export>' }); without one give workers: 1`,
      value: workers,
    };
  }
  return undefined;
}
