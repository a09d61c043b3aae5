import type { ParameterDefinition, ParameterSpec, ParameterValue } from './parameter.js';
import { constraintsHold, type ParameterConstraint, repairOrder } from './parameter-constraint.js';
import { samplePrior } from './prior.js';
import { createRng, type Rng } from './rng.js';
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

/** Options of {@link drawParameters}. */
export interface DrawOptions {
  /** The scenario's declared constraints; draws that break one are redrawn. */
  readonly constraints?: readonly ParameterConstraint[] | undefined;
  /** Values of the keys not drawn (the run's held values); defaults when absent. */
  readonly values?: Readonly<Record<string, ParameterValue>> | undefined;
}

/** Rounds of joint redraws before draws that still break a constraint are moved into order. */
const MAX_CONSTRAINT_REDRAWS = 100;

/**
 * Draws the values of `keys` for one run. Each key has its own stream, `prior:<key>`,
 * derived from the run seed, so a run's draw of one parameter does not change when other
 * parameters gain or lose priors. Returns only the drawn values.
 *
 * With constraints: when the draws break one, every drawn key of that constraint is drawn
 * again from its own stream, continuing it, until all hold, which samples the priors
 * conditioned on the constraints and keeps every draw that already held unchanged. After
 * {@link MAX_CONSTRAINT_REDRAWS} rounds (priors that rarely agree), the drawn values are moved
 * into order next to the held ones (see {@link repairOrder}). Deterministic either way.
 */
export function drawParameters(
  spec: ParameterSpec,
  keys: readonly string[],
  runSeed: number,
  options: DrawOptions = {},
): Record<string, ParameterValue> {
  const drawn: Record<string, ParameterValue> = {};
  const constraints = options.constraints;
  if (constraints === undefined || constraints.length === 0) {
    for (const key of keys) {
      const definition = spec[key];
      if (definition === undefined) continue;
      drawn[key] = drawOne(definition, createRng(deriveStreamSeed(runSeed, `prior:${key}`)));
    }
    return drawn;
  }
  const streams = new Map<string, Rng>();
  for (const key of keys) {
    const definition = spec[key];
    if (definition === undefined) continue;
    const rng = createRng(deriveStreamSeed(runSeed, `prior:${key}`));
    streams.set(key, rng);
    drawn[key] = drawOne(definition, rng);
  }
  const relevant = constraints.filter((constraint) => constraint.ordered.some((key) => streams.has(key)));
  if (relevant.length === 0) return drawn;
  const held = options.values ?? Object.fromEntries(Object.entries(spec).map(([key, definition]) => [key, definition.default]));
  const merged: Record<string, ParameterValue> = { ...held, ...drawn };
  for (let round = 0; round < MAX_CONSTRAINT_REDRAWS && !constraintsHold(relevant, merged); round++) {
    for (const constraint of relevant) {
      if (constraintsHold([constraint], merged)) continue;
      for (const key of constraint.ordered) {
        const rng = streams.get(key);
        if (rng !== undefined) merged[key] = drawOne(spec[key] as ParameterDefinition, rng);
      }
    }
  }
  if (!constraintsHold(relevant, merged)) {
    const movable = new Set(streams.keys());
    for (const constraint of relevant) repairOrder(constraint, merged, movable);
  }
  for (const key of streams.keys()) drawn[key] = merged[key] as ParameterValue;
  return drawn;
}

function drawOne(definition: ParameterDefinition, rng: Rng): ParameterValue {
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
