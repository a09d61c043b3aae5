import { CrisisSimError } from './crisis-sim-error.js';
import { SOBOL_MAX_DIMENSIONS, sobolSequence } from './sobol-sequence.js';

/**
 * Saltelli's sampling scheme for Sobol indices: N base rows of two independent matrices A
 * and B (the first and last d columns of a 2d-dimensional Sobol sequence) and, for each
 * factor i, the matrix AB_i (A with column i taken from B). `points` lists, for each base
 * row j in turn, A_j, B_j, AB_j^1 .. AB_j^d: N (d + 2) model evaluations.
 */
export interface SaltelliDesign {
  readonly dimensions: number;
  readonly samples: number;
  readonly points: readonly (readonly number[])[];
}

/** Most factors a Saltelli design takes: A and B need two Sobol dimensions per factor. */
export const SALTELLI_MAX_DIMENSIONS = Math.floor(SOBOL_MAX_DIMENSIONS / 2);

/**
 * A Saltelli design with `samples` base rows over `dimensions` factors (Saltelli et al. 2010,
 * Computer Physics Communications 181:259). Rows are Sobol points from index `first`
 * (default 1: the origin, the sequence's first point, is skipped), so base row j is computed
 * alone and a design can be split by rows. Powers of two give the best balance.
 */
export function saltelliDesign(options: {
  readonly dimensions: number;
  readonly samples: number;
  readonly first?: number;
}): SaltelliDesign {
  const { dimensions, samples } = options;
  const first = options.first ?? 1;
  if (!(Number.isSafeInteger(dimensions) && dimensions >= 1 && dimensions <= SALTELLI_MAX_DIMENSIONS)) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['dimensions'],
        message: `a Saltelli design takes 1 to ${SALTELLI_MAX_DIMENSIONS} factors, got ${String(dimensions)}`,
        value: dimensions,
      },
    ]);
  }
  if (!(Number.isSafeInteger(samples) && samples >= 2)) {
    throw new CrisisSimError([
      { code: 'invalid_option', path: ['samples'], message: `samples must be a whole number >= 2, got ${String(samples)}`, value: samples },
    ]);
  }
  const base = sobolSequence(samples, 2 * dimensions, first);
  const points: number[][] = [];
  for (const row of base) {
    const a = row.slice(0, dimensions);
    const b = row.slice(dimensions);
    points.push(a, b);
    for (let i = 0; i < dimensions; i++) {
      const ab = a.slice();
      ab[i] = b[i] as number;
      points.push(ab);
    }
  }
  return { dimensions, samples, points };
}
