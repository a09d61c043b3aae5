import { CrisisSimError } from './crisis-sim-error.js';
import { SOBOL_DIRECTION_NUMBERS } from './sobol-direction-numbers.js';

/** Most dimensions {@link sobolSequence} supports: one more than the direction numbers tabulated. */
export const SOBOL_MAX_DIMENSIONS = SOBOL_DIRECTION_NUMBERS.length + 1;

const BITS = 32;
const SCALE = 2 ** -BITS;
const directionCache: Uint32Array[] = [];

/**
 * The first `count` points (from index `first`) of the unscrambled Sobol low-discrepancy
 * sequence in `dimensions` dimensions, in Gray-code order, with Joe-Kuo direction numbers:
 * each row is a point of [0, 1)^dimensions. Point i depends only on i and the dimension, so
 * any slice of the sequence is computed alone (a worker can take indices [a, b) without
 * the points before them). The first point is the origin; the first 2^m points of every
 * dimension split [0, 1) into 2^m equal cells, one point each.
 */
export function sobolSequence(count: number, dimensions: number, first = 0): number[][] {
  const issues = [];
  if (!(Number.isSafeInteger(dimensions) && dimensions >= 1 && dimensions <= SOBOL_MAX_DIMENSIONS)) {
    issues.push({
      code: 'invalid_option' as const,
      path: ['dimensions'],
      message: `Sobol dimensions must be a whole number from 1 to ${SOBOL_MAX_DIMENSIONS}, got ${String(dimensions)}`,
      value: dimensions,
    });
  }
  if (!(Number.isSafeInteger(count) && count >= 0 && Number.isSafeInteger(first) && first >= 0 && first + count <= 2 ** BITS)) {
    issues.push({
      code: 'invalid_option' as const,
      path: ['count'],
      message: `Sobol points must be whole numbers with first + count <= 2^32, got first ${String(first)}, count ${String(count)}`,
      value: count,
    });
  }
  if (issues.length > 0) throw new CrisisSimError(issues);
  const directions = Array.from({ length: dimensions }, (_, k) => directionIntegers(k));
  const points: number[][] = [];
  for (let index = first; index < first + count; index++) {
    // Gray code of the index: consecutive points differ in one direction integer.
    const gray = index ^ Math.floor(index / 2);
    const point: number[] = new Array(dimensions);
    for (let k = 0; k < dimensions; k++) {
      const v = directions[k] as Uint32Array;
      let x = 0;
      let bits = gray;
      for (let j = 0; bits > 0; j++, bits = Math.floor(bits / 2)) if (bits % 2 === 1) x ^= v[j] as number;
      point[k] = (x >>> 0) * SCALE;
    }
    points.push(point);
  }
  return points;
}

/** The 32 direction integers of dimension k (0-based), left-aligned in 32 bits. */
function directionIntegers(k: number): Uint32Array {
  const cached = directionCache[k];
  if (cached !== undefined) return cached;
  const v = new Uint32Array(BITS);
  if (k === 0) {
    for (let j = 0; j < BITS; j++) v[j] = 2 ** (BITS - 1 - j);
  } else {
    const [polynomial, ...m] = SOBOL_DIRECTION_NUMBERS[k - 1] as readonly number[];
    const degree = m.length;
    for (let j = 0; j < degree; j++) v[j] = ((m[j] as number) * 2 ** (BITS - 1 - j)) >>> 0;
    for (let j = degree; j < BITS; j++) {
      // Recurrence of Bratley and Fox (1988): v_j = v_{j-s} >> s xor the terms the polynomial selects.
      let value = (v[j - degree] as number) ^ ((v[j - degree] as number) >>> degree);
      for (let i = 1; i < degree; i++) {
        if (((polynomial as number) >>> (degree - i)) & 1) value ^= v[j - i] as number;
      }
      v[j] = value >>> 0;
    }
  }
  directionCache[k] = v;
  return v;
}
