import { isCentred, type NumberParameter, type ParameterSpec, type Prior, priorMedian } from '@crisis-sim/engine';

/** Half-width of the symmetric triangular prior given to shares and probabilities. */
const SHARE_PRIOR_HALF_WIDTH = 0.15;
/** Standard deviation of the logarithm for the log-normal prior given to days, counts and multipliers. */
const SCALE_PRIOR_SIGMA = 0.35;

/**
 * Gives every number parameter a prior whose median is its default, unless it already has one
 * (a reference class's posterior, or a prior written for it that is centred). Why: with priors
 * that disagree with defaults, the "defaults" and "priors" forecasts answer different questions
 * (v1's US determination: 57% by the horizon under defaults, 35% under priors). The stated
 * assumption: shares and probabilities (range [0, 1]) get a symmetric triangular
 * prior of half-width 0.15, narrowed to stay in range; days, counts and multipliers get a
 * log-normal prior (rates included) with the default as median and σ = 0.35 (about -30%/+40% for the central
 * half), clamped to the range; a default on the edge of its range is held (`fixed`).
 */
export function withCentredPriors<S extends ParameterSpec>(spec: S): S {
  const out: Record<string, ParameterSpec[string]> = {};
  for (const [key, definition] of Object.entries(spec)) {
    out[key] = definition.kind === 'number' ? centre(definition) : definition;
  }
  return out as S;
}

function centre(definition: NumberParameter): NumberParameter {
  const { prior, min, max, integer } = definition;
  const value = definition.default;
  if (prior !== undefined && isCentred(priorMedian(prior, min, max, value), value, integer)) return definition;
  return { ...definition, prior: centredPrior(value, min, max) };
}

/** The prior {@link withCentredPriors} gives a parameter with this default and range. */
export function centredPrior(value: number, min: number, max: number): Prior {
  if (min === 0 && max === 1) {
    const half = Math.min(SHARE_PRIOR_HALF_WIDTH, value, 1 - value);
    // The bounds are clamped so that rounding cannot put an end a hair outside [0, 1].
    return half > 1e-9
      ? { kind: 'triangular', min: Math.max(0, value - half), mode: value, max: Math.min(1, value + half) }
      : { kind: 'fixed' };
  }
  return value > min && value > 0 && value < max ? { kind: 'logNormal', median: value, sigma: SCALE_PRIOR_SIGMA } : { kind: 'fixed' };
}
