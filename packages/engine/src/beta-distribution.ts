import { invertCdf } from './invert-cdf.js';
import { logGamma } from './log-gamma.js';

/**
 * P(X <= x) for X ~ Beta(alpha, beta): the regularized incomplete beta function, by its
 * continued fraction (Lentz's method), using the symmetry I_x(a, b) = 1 - I_{1-x}(b, a)
 * on the side where the fraction converges fast.
 */
export function betaCdf(x: number, alpha: number, beta: number): number {
  if (!(x > 0)) return 0;
  if (!(x < 1)) return 1;
  const logPrefix = logGamma(alpha + beta) - logGamma(alpha) - logGamma(beta) + alpha * Math.log(x) + beta * Math.log(1 - x);
  if (x < (alpha + 1) / (alpha + beta + 2)) return (Math.exp(logPrefix) * betaFraction(x, alpha, beta)) / alpha;
  return 1 - (Math.exp(logPrefix) * betaFraction(1 - x, beta, alpha)) / beta;
}

/** The p-quantile of Beta(alpha, beta). */
export function betaQuantile(p: number, alpha: number, beta: number): number {
  if (!(p > 0)) return 0;
  if (!(p < 1)) return 1;
  return invertCdf((x) => betaCdf(x, alpha, beta), p, 0, 1);
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}
