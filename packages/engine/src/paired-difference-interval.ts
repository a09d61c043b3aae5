import { wilsonInterval } from './wilson-interval.js';

/** An estimate of a difference of two proportions with its 95% interval. */
export interface DifferenceInterval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The 95% interval for p(alternative) - p(base) when both were measured on the same runs
 * (common random numbers). Newcombe's hybrid score interval for paired data (Newcombe 1998,
 * Statistics in Medicine 17:2635, method 10): Wilson intervals of each arm, combined with
 * the correlation of the pairs, so it stays within [-1, 1] and behaves near 0 and 1.
 *
 * @param both - runs where the event happened in both arms
 * @param alternativeOnly - runs where it happened in the alternative arm only
 * @param baseOnly - runs where it happened in the base arm only
 * @param neither - runs where it happened in neither
 */
export function pairedDifferenceInterval(both: number, alternativeOnly: number, baseOnly: number, neither: number): DifferenceInterval {
  const n = both + alternativeOnly + baseOnly + neither;
  if (n === 0) return { estimate: 0, low: -1, high: 1 };
  const alternativeHits = both + alternativeOnly;
  const baseHits = both + baseOnly;
  const p1 = alternativeHits / n;
  const p2 = baseHits / n;
  const w1 = wilsonInterval(alternativeHits, n);
  const w2 = wilsonInterval(baseHits, n);
  const product = (both + alternativeOnly) * (baseOnly + neither) * (both + baseOnly) * (alternativeOnly + neither);
  const phi = product === 0 ? 0 : (both * neither - alternativeOnly * baseOnly) / Math.sqrt(product);
  const estimate = p1 - p2;
  const lowSpread = (p1 - w1.low) ** 2 - 2 * phi * (p1 - w1.low) * (w2.high - p2) + (w2.high - p2) ** 2;
  const highSpread = (w1.high - p1) ** 2 - 2 * phi * (w1.high - p1) * (p2 - w2.low) + (p2 - w2.low) ** 2;
  return {
    estimate,
    low: Math.max(-1, estimate - Math.sqrt(Math.max(0, lowSpread))),
    high: Math.min(1, estimate + Math.sqrt(Math.max(0, highSpread))),
  };
}
