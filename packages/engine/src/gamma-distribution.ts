import { invertCdf } from './invert-cdf.js';
import { logGamma } from './log-gamma.js';

/**
 * P(X <= x) for X ~ Gamma(shape, rate): the regularized lower incomplete gamma function
 * P(shape, rate x), by its series below shape + 1 and its continued fraction above
 * (the classical split, where each converges fast).
 */
export function gammaCdf(x: number, shape: number, rate: number): number {
  if (!(x > 0)) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  const y = rate * x;
  const logPrefix = shape * Math.log(y) - y - logGamma(shape);
  if (y < shape + 1) {
    let term = 1 / shape;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= y / (shape + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return Math.min(1, sum * Math.exp(logPrefix));
  }
  // Lentz's method for the continued fraction of the upper function Q.
  const tiny = 1e-300;
  let b = y + 1 - shape;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 1000; n++) {
    const an = -n * (n - shape);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefix) * h);
}

/** The p-quantile of Gamma(shape, rate) (rate: events per unit, so the mean is shape / rate). */
export function gammaQuantile(p: number, shape: number, rate: number): number {
  if (!(p > 0)) return 0;
  if (!(p < 1)) return Number.POSITIVE_INFINITY;
  return invertCdf((x) => gammaCdf(x, shape, rate), p, 0, Math.max(1, shape) / rate);
}
