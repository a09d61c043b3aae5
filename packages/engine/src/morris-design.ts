import { CrisisSimError } from './crisis-sim-error.js';
import type { Issue } from './issue.js';
import type { Rng } from './rng.js';

/** One Morris trajectory: `dimensions + 1` points of the unit cube, each one factor away from the last. */
export interface MorrisTrajectory {
  /** The points in the order they are visited. */
  readonly points: readonly (readonly number[])[];
  /** `changed[j]`: the factor that moves between points j and j + 1. */
  readonly changed: readonly number[];
}

/** A Morris screening design: `trajectories` trajectories on a grid of `levels` levels per factor. */
export interface MorrisDesign {
  readonly dimensions: number;
  readonly levels: number;
  /** The step, in units of a factor's range: levels / (2 (levels - 1)). */
  readonly delta: number;
  readonly trajectories: readonly MorrisTrajectory[];
  /** Every point of every trajectory, trajectory by trajectory: what the model is evaluated at. */
  readonly points: readonly (readonly number[])[];
}

/**
 * Morris's one-at-a-time trajectories (Morris 1991, Technometrics 33:161) in [0, 1]^d: each
 * starts at a random point of the `levels`-level grid and moves every factor once, in a
 * random order, by delta = levels / (2 (levels - 1)), down where up would leave the cube.
 * `levels` must be even (so that delta is a whole number of grid steps and every level is
 * used equally). Costs `trajectories x (dimensions + 1)` evaluations.
 */
export function morrisDesign(options: {
  readonly dimensions: number;
  readonly trajectories: number;
  readonly levels?: number;
  readonly rng: Rng;
}): MorrisDesign {
  const { dimensions, trajectories, rng } = options;
  const levels = options.levels ?? 4;
  const issues: Issue[] = [];
  const count = (value: number, min: number) => Number.isSafeInteger(value) && value >= min;
  if (!count(dimensions, 1))
    issues.push({
      code: 'invalid_option',
      path: ['dimensions'],
      message: `dimensions must be a whole number >= 1, got ${String(dimensions)}`,
      value: dimensions,
    });
  if (!count(trajectories, 2)) {
    issues.push({
      code: 'invalid_option',
      path: ['trajectories'],
      message: `trajectories must be a whole number >= 2 (sigma needs two), got ${String(trajectories)}`,
      value: trajectories,
    });
  }
  if (!(count(levels, 2) && levels % 2 === 0))
    issues.push({
      code: 'invalid_option',
      path: ['levels'],
      message: `levels must be an even whole number >= 2, got ${String(levels)}`,
      value: levels,
    });
  if (issues.length > 0) throw new CrisisSimError(issues);
  const delta = levels / (2 * (levels - 1));
  const all: number[][] = [];
  const built: MorrisTrajectory[] = [];
  for (let t = 0; t < trajectories; t++) {
    let point = Array.from({ length: dimensions }, () => rng.integer(0, levels - 1) / (levels - 1));
    const changed = rng.shuffle(Array.from({ length: dimensions }, (_, i) => i));
    const points = [point];
    for (const factor of changed) {
      const next = point.slice();
      const value = point[factor] as number;
      // A tiny tolerance keeps a level that is exactly 1 - delta on the up side despite rounding.
      next[factor] = value + delta <= 1 + 1e-12 ? Math.min(1, value + delta) : Math.max(0, value - delta);
      points.push(next);
      point = next;
    }
    built.push({ points, changed });
    all.push(...points);
  }
  return { dimensions, levels, delta, trajectories: built, points: all };
}
