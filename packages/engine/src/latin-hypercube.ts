import type { Rng } from './rng.js';

/**
 * `count` points of a Latin hypercube in [0, 1)^dimensions: in every dimension each of the
 * `count` equal strata holds exactly one point, at a random place within it. Draws from
 * `rng` only, in a fixed order, so the same stream gives the same points.
 */
export function latinHypercube(count: number, dimensions: number, rng: Rng): number[][] {
  const points: number[][] = Array.from({ length: count }, () => new Array<number>(dimensions).fill(0));
  const strata = Array.from({ length: count }, (_, i) => i);
  for (let k = 0; k < dimensions; k++) {
    const order = rng.shuffle(strata);
    for (let i = 0; i < count; i++) (points[i] as number[])[k] = ((order[i] as number) + rng.next()) / count;
  }
  return points;
}
