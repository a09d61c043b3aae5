import { betaQuantile } from './beta-distribution.js';
import { gammaQuantile } from './gamma-distribution.js';
import { invertCdf } from './invert-cdf.js';
import { normalCdf, type Prior } from './prior.js';

/**
 * The p-quantile of the values {@link samplePrior} draws from `prior` for a parameter on
 * [min, max] (so clamped and truncated priors are read as drawn). A `fixed` prior is the
 * point `fallback`. Used to check that a prior is centred on its default and to show prior
 * intervals; never on the simulation's hot path.
 */
export function priorQuantile(prior: Prior, min: number, max: number, p: number, fallback: number): number {
  const clamp = (value: number) => (Number.isNaN(value) ? max : Math.min(max, Math.max(min, value)));
  switch (prior.kind) {
    case 'fixed':
      return fallback;
    case 'uniform':
      return prior.min + p * (prior.max - prior.min);
    case 'triangular': {
      const { min: a, mode: c, max: b } = prior;
      if (b === a) return a;
      const split = (c - a) / (b - a);
      return p < split ? a + Math.sqrt(p * (b - a) * (c - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - c));
    }
    case 'beta':
      return min + (max - min) * betaQuantile(p, prior.alpha, prior.beta);
    case 'truncatedNormal': {
      const low = normalCdf((min - prior.mean) / prior.sd);
      const high = normalCdf((max - prior.mean) / prior.sd);
      return clamp(prior.mean + prior.sd * standardNormalQuantile(low + p * (high - low)));
    }
    case 'gamma':
      return clamp(gammaQuantile(p, prior.shape, prior.rate));
    case 'gammaMedianDays':
      // ln 2 / λ falls as λ rises: its p-quantile is read at λ's (1 - p)-quantile.
      return clamp(Math.LN2 / gammaQuantile(1 - p, prior.shape, prior.rate));
    case 'logNormal':
      return clamp(prior.median * Math.exp(prior.sigma * standardNormalQuantile(p)));
  }
}

/** The median of the values drawn from `prior` on [min, max]; see {@link priorQuantile}. */
export function priorMedian(prior: Prior, min: number, max: number, fallback: number): number {
  return priorQuantile(prior, min, max, 0.5, fallback);
}

function standardNormalQuantile(p: number): number {
  if (p === 0.5) return 0;
  return invertCdf(normalCdf, p, -40, 40);
}
