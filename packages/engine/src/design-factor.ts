import { closestName } from './closest-name.js';
import { CrisisSimError } from './crisis-sim-error.js';
import type { Issue } from './issue.js';
import type { ParameterDefinition, ParameterSpec, ParameterValue } from './parameter.js';
import { checkParameterValue } from './resolve-parameters.js';

/**
 * One parameter a design varies. Give `values` to list them; for a number parameter give
 * `min`/`max` (default: the range of its prior, else its whole range) and, for a grid,
 * `steps` (evenly spaced values, both ends included). A choice or boolean parameter with
 * no `values` takes all its values.
 */
export interface DesignFactor {
  readonly key: string;
  readonly values?: readonly ParameterValue[];
  readonly min?: number;
  readonly max?: number;
  readonly steps?: number;
}

/**
 * A factor checked against its scenario: either a list of levels (`levels`, for listed
 * values, choices, switches and stepped ranges) or a continuous range `[min, max]`.
 */
export interface ResolvedFactor {
  readonly key: string;
  /** The values a grid takes, and the cells a sampler picks from; absent for a continuous range. */
  readonly levels?: readonly ParameterValue[];
  readonly min: number;
  readonly max: number;
  /** Whole numbers only: sampled values are rounded. */
  readonly integer: boolean;
}

/**
 * The range a parameter's prior covers: `[min, max]` of a uniform or triangular prior, and
 * the parameter's whole range for a beta or truncated normal prior (they are defined on
 * it) or for a parameter with no prior.
 */
export function priorRange(definition: ParameterDefinition): readonly [number, number] {
  if (definition.kind !== 'number') return [0, 1];
  const prior = definition.prior;
  if (prior?.kind === 'uniform' || prior?.kind === 'triangular') return [prior.min, prior.max];
  return [definition.min, definition.max];
}

/**
 * Checks factors against a scenario's parameters and settles their levels and ranges.
 * Throws one {@link CrisisSimError} listing every problem: unknown or repeated keys (with
 * the closest name), values a parameter does not allow, ranges outside its bounds, steps
 * below 2 or not whole, a range on a choice or switch.
 */
export function resolveDesignFactors(spec: ParameterSpec, factors: readonly DesignFactor[]): ResolvedFactor[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const resolved: ResolvedFactor[] = [];
  if (factors.length === 0) {
    issues.push({ code: 'invalid_option', path: ['factors'], message: 'a design needs at least one parameter to vary', value: factors });
  }
  factors.forEach((factor, i) => {
    const path = ['factors', i];
    const definition = spec[factor.key];
    if (definition === undefined) {
      const near = closestName(factor.key, Object.keys(spec));
      issues.push({
        code: 'unknown_key',
        path: [...path, 'key'],
        message: `unknown parameter ${factor.key}${near === undefined ? '' : `; did you mean ${near}?`}`,
        value: factor.key,
      });
      return;
    }
    if (seen.has(factor.key)) {
      issues.push({
        code: 'invalid_option',
        path: [...path, 'key'],
        message: `parameter ${factor.key} is varied twice`,
        value: factor.key,
      });
      return;
    }
    seen.add(factor.key);
    const integer = definition.kind === 'number' && definition.integer;
    if (factor.values !== undefined) {
      if (factor.values.length === 0) {
        issues.push({
          code: 'invalid_option',
          path: [...path, 'values'],
          message: `${factor.key} needs at least one value`,
          value: factor.values,
        });
        return;
      }
      const before = issues.length;
      factor.values.forEach((value, j) => {
        for (const problem of checkParameterValue(factor.key, definition, value)) issues.push({ ...problem, path: [...path, 'values', j] });
      });
      if (issues.length === before) resolved.push({ key: factor.key, levels: [...factor.values], min: 0, max: 1, integer });
      return;
    }
    if (definition.kind !== 'number') {
      if (factor.min !== undefined || factor.max !== undefined || factor.steps !== undefined) {
        issues.push({
          code: 'invalid_option',
          path,
          message: `${factor.key} is a ${definition.kind === 'choice' ? 'choice' : 'switch'}: give values, or nothing for all of them, not a range`,
          value: factor,
        });
        return;
      }
      const levels = definition.kind === 'choice' ? [...definition.values] : [false, true];
      resolved.push({ key: factor.key, levels, min: 0, max: 1, integer: false });
      return;
    }
    const [priorMin, priorMax] = priorRange(definition);
    const min = factor.min ?? priorMin;
    const max = factor.max ?? priorMax;
    if (!(Number.isFinite(min) && Number.isFinite(max) && definition.min <= min && min <= max && max <= definition.max)) {
      issues.push({
        code: 'out_of_range',
        path,
        message: `range of ${factor.key} must satisfy ${definition.min} <= min <= max <= ${definition.max}, got [${min}, ${max}]`,
        value: [min, max],
      });
      return;
    }
    if (factor.steps === undefined) {
      resolved.push({ key: factor.key, min, max, integer });
      return;
    }
    if (!(Number.isSafeInteger(factor.steps) && factor.steps >= 2)) {
      issues.push({
        code: 'invalid_option',
        path: [...path, 'steps'],
        message: `steps of ${factor.key} must be a whole number >= 2 (both ends are included), got ${String(factor.steps)}`,
        value: factor.steps,
      });
      return;
    }
    const levels = steppedValues(min, max, factor.steps, integer);
    resolved.push({ key: factor.key, levels, min, max, integer });
  });
  if (issues.length > 0) throw new CrisisSimError(issues);
  return resolved;
}

/** `steps` evenly spaced values from min to max, both included, rounded to 12 significant digits (and to whole numbers for integer parameters, duplicates dropped). */
function steppedValues(min: number, max: number, steps: number, integer: boolean): number[] {
  const values: number[] = [];
  for (let i = 0; i < steps; i++) {
    // Rounding removes binary noise (0.30000000000000004) that would otherwise reach reports and point hashes.
    const raw = i === steps - 1 ? max : min + ((max - min) * i) / (steps - 1);
    const value = integer ? Math.round(raw) : Number(raw.toPrecision(12));
    if (!values.includes(value)) values.push(value);
  }
  return values;
}
