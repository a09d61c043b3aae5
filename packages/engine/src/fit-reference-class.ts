import { betaQuantile } from './beta-distribution.js';
import { dateToDay } from './day-to-date.js';
import { gammaQuantile } from './gamma-distribution.js';
import type { ReferenceClass } from './reference-class.js';

/** What a reference class says about its parameter: counts and the conjugate posterior. */
export type ReferenceClassFit =
  | {
      readonly method: 'waiting-time';
      /** Number of precedents. */
      readonly cases: number;
      /** Precedents in which the event happened. */
      readonly events: number;
      /** Precedents observed without the event (right-censored). */
      readonly censored: number;
      /** Days observed over all precedents, censored ones included. */
      readonly exposureDays: number;
      /** Posterior of the daily hazard λ: Gamma(shape, rate). */
      readonly posterior: { readonly shape: number; readonly rate: number };
      /** Posterior median of λ, events per day. */
      readonly medianRate: number;
    }
  | {
      readonly method: 'proportion';
      readonly cases: number;
      readonly successes: number;
      readonly trials: number;
      /** Posterior of the probability: Beta(alpha, beta). */
      readonly posterior: { readonly alpha: number; readonly beta: number };
      readonly medianProbability: number;
    };

/**
 * Fits a reference class by its conjugate posterior. Waiting times: λ ~ Gamma(a0 + events,
 * b0 + exposure days), the exact posterior of a constant daily hazard under right-censoring
 * (each case contributes its observed days to the exposure and an event only if it happened).
 * Proportions: p ~ Beta(s0 + successes, f0 + failures). The weak prior's pseudo-counts
 * (a0, b0) or (s0, f0) do the shrinkage. Observation dates are taken as given; their
 * validity and leakage are checked by the scenario check (`parameterEvidenceIssues`, run by `defineScenario`).
 */
export function fitReferenceClass(referenceClass: ReferenceClass): ReferenceClassFit {
  if (referenceClass.method === 'waiting-time') {
    let events = 0;
    let exposureDays = 0;
    for (const observation of referenceClass.observations) {
      exposureDays += Math.max(0, dateToDay(observation.from, observation.to));
      if (!observation.censored) events += 1;
    }
    const shape = referenceClass.weakPrior.events + events;
    const rate = referenceClass.weakPrior.exposureDays + exposureDays;
    return {
      method: 'waiting-time',
      cases: referenceClass.observations.length,
      events,
      censored: referenceClass.observations.length - events,
      exposureDays,
      posterior: { shape, rate },
      medianRate: gammaQuantile(0.5, shape, rate),
    };
  }
  let successes = 0;
  let trials = 0;
  for (const observation of referenceClass.observations) {
    successes += observation.successes;
    trials += observation.trials;
  }
  const alpha = referenceClass.weakPrior.successes + successes;
  const beta = referenceClass.weakPrior.failures + trials - successes;
  return {
    method: 'proportion',
    cases: referenceClass.observations.length,
    successes,
    trials,
    posterior: { alpha, beta },
    medianProbability: betaQuantile(0.5, alpha, beta),
  };
}
