import type { Rng } from './rng.js';

/**
 * A prior distribution over a numeric parameter, used when runs draw their parameter
 * values (`uncertainty: 'priors'`). Every prior stays within the parameter's range:
 * `beta` is scaled onto [min, max]; `truncatedNormal` is redrawn until it falls inside;
 * `gamma`, `gammaMedianDays` and `logNormal` are clamped to the range, which keeps their
 * median (the parameter's default, when the prior is centred on it) where it is.
 *
 * `gamma` is a daily rate λ ~ Gamma(shape, rate), the conjugate posterior of a waiting-time
 * reference class; `gammaMedianDays` is the same posterior read as the median waiting time
 * ln 2 / λ in days; `logNormal` has the given median and standard deviation of its logarithm.
 */
export type Prior =
  | { readonly kind: 'fixed' }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly kind: 'beta'; readonly alpha: number; readonly beta: number }
  | { readonly kind: 'truncatedNormal'; readonly mean: number; readonly sd: number }
  | { readonly kind: 'gamma'; readonly shape: number; readonly rate: number }
  | { readonly kind: 'gammaMedianDays'; readonly shape: number; readonly rate: number }
  | { readonly kind: 'logNormal'; readonly median: number; readonly sigma: number };

/**
 * Draws one value from `prior` for a parameter whose range is [min, max]. A `fixed` prior
 * returns `fallback` (the parameter's value) without drawing.
 */
export function samplePrior(prior: Prior, rng: Rng, min: number, max: number, fallback: number): number {
  switch (prior.kind) {
    case 'fixed':
      return fallback;
    case 'uniform':
      return rng.uniform(prior.min, prior.max);
    case 'triangular':
      return rng.triangular(prior.min, prior.mode, prior.max);
    case 'beta':
      return min + (max - min) * rng.beta(prior.alpha, prior.beta);
    case 'truncatedNormal': {
      // Rejection keeps the shape exact; a prior whose mass lies mostly outside the range is
      // refused when the scenario is defined (validatePrior), so this loop ends quickly.
      for (;;) {
        const value = rng.normal(prior.mean, prior.sd);
        if (value >= min && value <= max) return value;
      }
    }
    case 'gamma':
      return clamp(rng.gamma(prior.shape) / prior.rate, min, max);
    case 'gammaMedianDays':
      return clamp((Math.LN2 * prior.rate) / rng.gamma(prior.shape), min, max);
    case 'logNormal':
      return clamp(prior.median * Math.exp(prior.sigma * rng.normal()), min, max);
  }
}

function clamp(value: number, min: number, max: number): number {
  // A NaN or infinite draw (a rate of exactly 0) lands on the bound it tends to.
  if (Number.isNaN(value)) return max;
  return Math.min(max, Math.max(min, value));
}

/** Problems with a prior for a parameter on [min, max], as messages; empty when it is usable. */
export function validatePrior(prior: Prior, min: number, max: number): string[] {
  const problems: string[] = [];
  const inRange = (value: number) => Number.isFinite(value) && value >= min && value <= max;
  switch (prior.kind) {
    case 'fixed':
      break;
    case 'uniform':
      if (!(inRange(prior.min) && inRange(prior.max) && prior.min <= prior.max)) {
        problems.push(`uniform prior [${prior.min}, ${prior.max}] must lie within [${min}, ${max}]`);
      }
      break;
    case 'triangular':
      if (!(inRange(prior.min) && inRange(prior.max) && prior.min <= prior.mode && prior.mode <= prior.max)) {
        problems.push(`triangular prior (${prior.min}, ${prior.mode}, ${prior.max}) must be ordered and lie within [${min}, ${max}]`);
      }
      break;
    case 'beta':
      if (!(prior.alpha > 0 && prior.beta > 0 && Number.isFinite(prior.alpha) && Number.isFinite(prior.beta))) {
        problems.push(`beta prior needs alpha > 0 and beta > 0, got (${prior.alpha}, ${prior.beta})`);
      }
      break;
    case 'truncatedNormal': {
      if (!(Number.isFinite(prior.mean) && prior.sd > 0 && Number.isFinite(prior.sd))) {
        problems.push(`truncated normal prior needs a finite mean and sd > 0, got (${prior.mean}, ${prior.sd})`);
        break;
      }
      const mass = normalCdf((max - prior.mean) / prior.sd) - normalCdf((min - prior.mean) / prior.sd);
      if (mass < 0.05) {
        problems.push(`truncated normal prior (mean ${prior.mean}, sd ${prior.sd}) puts under 5% of its mass in [${min}, ${max}]`);
      }
      break;
    }
    case 'gamma':
    case 'gammaMedianDays':
      if (!(prior.shape > 0 && prior.rate > 0 && Number.isFinite(prior.shape) && Number.isFinite(prior.rate))) {
        problems.push(`${prior.kind} prior needs shape > 0 and rate > 0, got (${prior.shape}, ${prior.rate})`);
      }
      break;
    case 'logNormal':
      if (!(inRange(prior.median) && prior.sigma > 0 && Number.isFinite(prior.sigma))) {
        problems.push(`logNormal prior needs a median within [${min}, ${max}] and sigma > 0, got (${prior.median}, ${prior.sigma})`);
      }
      break;
  }
  return problems;
}

/** The standard normal distribution function. */
export function normalCdf(z: number): number {
  // Abramowitz and Stegun 7.1.26; accurate to 1.5e-7, ample for a mass check.
  const t = 1 / (1 + 0.3275911 * Math.abs(z / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
