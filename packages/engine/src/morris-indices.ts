import { CrisisSimError } from './crisis-sim-error.js';
import type { MorrisDesign } from './morris-design.js';

/** Morris statistics of one factor, from its elementary effects (one per trajectory). */
export interface MorrisRow {
  /** Index of the factor (its column in the design). */
  readonly factor: number;
  /** Mean elementary effect: signed, so effects of opposite signs cancel. */
  readonly mu: number;
  /** Mean absolute elementary effect: the importance ranking (Campolongo et al. 2007). */
  readonly muStar: number;
  /** Standard deviation of the effects: large when the effect depends on the other factors (interactions) or is non-linear. */
  readonly sigma: number;
  /** Standard error of mu* across trajectories: sd(|EE|) / sqrt(r). */
  readonly muStarError: number;
}

/**
 * Elementary effects of a Morris design: EE = (f(after) - f(before)) / (step in unit-cube
 * units), one per factor per trajectory, so an effect of 0.2 means the output moves by 0.2
 * across the factor's whole range. `values[i]` is the model's output at `design.points[i]`.
 * Rows come in factor order.
 */
export function morrisIndices(design: MorrisDesign, values: readonly number[]): MorrisRow[] {
  if (values.length !== design.points.length || values.some((value) => !Number.isFinite(value))) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['values'],
        message: `need one finite output per design point (${design.points.length}), got ${values.length}`,
        value: values.length,
      },
    ]);
  }
  const effects: number[][] = Array.from({ length: design.dimensions }, () => []);
  let offset = 0;
  for (const trajectory of design.trajectories) {
    trajectory.changed.forEach((factor, j) => {
      const step = (trajectory.points[j + 1]?.[factor] as number) - (trajectory.points[j]?.[factor] as number);
      const change = (values[offset + j + 1] as number) - (values[offset + j] as number);
      (effects[factor] as number[]).push(change / step);
    });
    offset += trajectory.points.length;
  }
  return effects.map((list, factor) => {
    const r = list.length;
    const mu = list.reduce((sum, e) => sum + e, 0) / r;
    const absolute = list.map(Math.abs);
    const muStar = absolute.reduce((sum, e) => sum + e, 0) / r;
    const sigma = Math.sqrt(list.reduce((sum, e) => sum + (e - mu) ** 2, 0) / (r - 1));
    const absSd = Math.sqrt(absolute.reduce((sum, e) => sum + (e - muStar) ** 2, 0) / (r - 1));
    return { factor, mu, muStar, sigma, muStarError: absSd / Math.sqrt(r) };
  });
}
