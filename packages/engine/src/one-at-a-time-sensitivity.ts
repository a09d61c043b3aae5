import { compareArms } from './compare-arms.js';
import { CrisisSimError } from './crisis-sim-error.js';
import type { DifferenceInterval } from './paired-difference-interval.js';
import type { ParameterValue } from './parameter.js';
import { resolveParameters } from './resolve-parameters.js';
import type { AnyScenario } from './scenario.js';
import type { Seed } from './seed.js';

/** What a sensitivity analysis measures: an outcome's probability, or an indicator's by the horizon. */
export type SensitivityTarget = { readonly outcome: string } | { readonly indicator: string };

/** Options of {@link oneAtATimeSensitivity}. */
export interface SensitivityOptions {
  readonly target: SensitivityTarget;
  readonly runs: number;
  readonly seed: Seed;
  /** Parameters to vary (default: every number and boolean parameter). */
  readonly keys?: readonly string[];
  /** Where the others are held (default: their defaults). */
  readonly parameters?: Readonly<Record<string, unknown>>;
}

/** The effect of moving one parameter from the low to the high end of its range. */
export interface SensitivityRow {
  readonly key: string;
  readonly low: ParameterValue;
  readonly high: ParameterValue;
  readonly lowProbability: number;
  readonly highProbability: number;
  /** p(high) - p(low) with its paired 95% interval. */
  readonly effect: DifferenceInterval;
}

/**
 * One-at-a-time sensitivity ("tornado"): for each parameter, the target's probability with
 * the parameter at the bottom and at the top of its range (false and true for a switch),
 * every other parameter held, on common random numbers. Rows come largest effect first.
 * It shows local, one-dimensional effects only: interactions need a sweep or priors.
 */
export function oneAtATimeSensitivity(scenario: AnyScenario, options: SensitivityOptions): SensitivityRow[] {
  const held = resolveParameters(scenario.parameters, options.parameters ?? {}, { constraints: scenario.constraints });
  if (!held.ok) throw new CrisisSimError(held.issues);
  const isOutcome = 'outcome' in options.target;
  const targetId = 'outcome' in options.target ? options.target.outcome : options.target.indicator;
  const known = isOutcome
    ? scenario.outcomes.map((outcome: { id: string }) => outcome.id)
    : (scenario.indicators ?? []).map((indicator: { id: string }) => indicator.id);
  if (!known.includes(targetId)) {
    throw new CrisisSimError([
      {
        code: 'unknown_key',
        path: ['target', isOutcome ? 'outcome' : 'indicator'],
        message: `unknown ${isOutcome ? 'outcome' : 'indicator'} ${targetId}; known: ${known.join(', ')}`,
        value: targetId,
      },
    ]);
  }
  const keys = options.keys ?? Object.keys(scenario.parameters);
  const rows: SensitivityRow[] = [];
  for (const key of keys) {
    const definition = scenario.parameters[key];
    if (definition === undefined) {
      throw new CrisisSimError([{ code: 'unknown_key', path: ['keys', key], message: `unknown parameter ${key}`, value: key }]);
    }
    if (definition.kind === 'choice') continue;
    const [low, high] = definition.kind === 'number' ? [definition.min, definition.max] : [false, true];
    if (low === high) continue;
    const comparison = compareArms(scenario, {
      seed: options.seed,
      runs: options.runs,
      base: { ...held.values, [key]: low },
      alternative: { ...held.values, [key]: high },
    });
    const row = (isOutcome ? comparison.outcomes : comparison.indicators).find((entry) => entry.id === targetId);
    if (row === undefined) continue;
    rows.push({
      key,
      low,
      high,
      lowProbability: row.base.probability,
      highProbability: row.alternative.probability,
      effect: row.difference,
    });
  }
  return rows.sort((a, b) => Math.abs(b.effect.estimate) - Math.abs(a.effect.estimate) || a.key.localeCompare(b.key));
}
