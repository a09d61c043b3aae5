import type { ParameterDefinition, ParameterSpec, ParameterValue } from './parameter.js';
import { samplePrior } from './prior.js';
import { createRng } from './rng.js';
import { deriveStreamSeed } from './seed.js';

/**
 * The keys whose values are drawn under `uncertainty: 'priors'`: every parameter with a
 * prior other than `fixed`, except those the user set (a value the user chose is held).
 * In spec order, so that every machine agrees on it.
 */
export function drawnParameterKeys(spec: ParameterSpec, overridden: Iterable<string>): string[] {
  const held = new Set(overridden);
  return Object.entries(spec).flatMap(([key, definition]) =>
    definition.prior !== undefined && definition.prior.kind !== 'fixed' && !held.has(key) ? [key] : [],
  );
}

/**
 * Draws the values of `keys` for one run. Each key has its own stream, `prior:<key>`,
 * derived from the run seed, so a run's draw of one parameter does not change when other
 * parameters gain or lose priors. Returns only the drawn values.
 */
export function drawParameters(spec: ParameterSpec, keys: readonly string[], runSeed: number): Record<string, ParameterValue> {
  const drawn: Record<string, ParameterValue> = {};
  for (const key of keys) {
    const definition = spec[key];
    if (definition === undefined) continue;
    drawn[key] = drawOne(definition, createRng(deriveStreamSeed(runSeed, `prior:${key}`)));
  }
  return drawn;
}

function drawOne(definition: ParameterDefinition, rng: ReturnType<typeof createRng>): ParameterValue {
  switch (definition.kind) {
    case 'number': {
      const prior = definition.prior ?? { kind: 'fixed' };
      const value = samplePrior(prior, rng, definition.min, definition.max, definition.default);
      // Integer parameters (days, troops) take the nearest whole number, kept within range.
      const settled = definition.integer ? Math.round(value) : value;
      return Math.min(definition.max, Math.max(definition.min, settled));
    }
    case 'boolean':
      return definition.prior?.kind === 'bernoulli' ? rng.bernoulli(definition.prior.p) : definition.default;
    case 'choice': {
      const prior = definition.prior;
      if (prior?.kind !== 'categorical') return definition.default;
      const weights = definition.values.map((value) => (prior.weights as Record<string, number>)[value] ?? 0);
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let target = rng.next() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i] as number;
        if (target < 0) return definition.values[i] as string;
      }
      // Rounding can leave target at a hair above zero: the last value with weight gets it.
      for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return definition.values[i] as string;
      return definition.default;
    }
  }
}
