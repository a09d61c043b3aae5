import { closestName } from './closest-name.js';
import { CrisisSimError } from './crisis-sim-error.js';
import type { Issue } from './issue.js';
import { describeAllowed, type ParameterDefinition, type ParameterSpec, type ParameterValue, type ParameterValues } from './parameter.js';
import { checkParameterConstraints, type ParameterConstraint } from './parameter-constraint.js';

/** Result of {@link resolveParameters}: the full set of values, or why there is none. */
export type ResolveResult<S extends ParameterSpec> =
  | { readonly ok: true; readonly values: ParameterValues<S> }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Checks one value against its definition. Returns the issues (empty when valid) with
 * `path` set to `[...prefix, key]`.
 */
export function checkParameterValue(
  key: string,
  definition: ParameterDefinition,
  value: unknown,
  prefix: readonly (string | number)[] = ['parameters'],
): Issue[] {
  const path = [...prefix, key];
  const allowed = describeAllowed(definition);
  switch (definition.kind) {
    case 'number': {
      if (typeof value !== 'number') {
        return [{ code: 'invalid_type', path, message: `${key} must be ${allowed}, got ${show(value)}`, value }];
      }
      if (Number.isNaN(value)) return [{ code: 'not_a_number', path, message: `${key} must be ${allowed}, got NaN`, value }];
      if (definition.integer && !Number.isInteger(value)) {
        return [{ code: 'not_integer', path, message: `${key} must be ${allowed}, got ${value}`, value }];
      }
      if (!(value >= definition.min && value <= definition.max)) {
        return [{ code: 'out_of_range', path, message: `${key} must be ${allowed}, got ${value}`, value }];
      }
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? []
        : [{ code: 'invalid_type', path, message: `${key} must be ${allowed}, got ${show(value)}`, value }];
    case 'choice':
      if (typeof value !== 'string')
        return [{ code: 'invalid_type', path, message: `${key} must be ${allowed}, got ${show(value)}`, value }];
      if (!definition.values.includes(value)) {
        const near = closestName(value, definition.values);
        const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
        return [{ code: 'not_allowed', path, message: `${key} must be ${allowed}, got ${show(value)}${hint}`, value }];
      }
      return [];
  }
}

/** Options of {@link resolveParameters}. */
export interface ResolveOptions {
  /** The scenario's declared constraints, checked on the resolved values. */
  readonly constraints?: readonly ParameterConstraint[] | undefined;
  /** Keys drawn per run from their priors: constraints are not checked on their placeholder values. */
  readonly drawn?: Iterable<string> | undefined;
}

/**
 * Validates `overrides` against `spec` and fills in defaults. Every problem is reported,
 * not just the first: unknown keys (with the closest known key suggested), wrong types,
 * NaN, values out of range or outside the allowed set, and, once every value is valid,
 * values that break a declared constraint (`constraint_violated`, naming both parameters).
 */
export function resolveParameters<S extends ParameterSpec>(
  spec: S,
  overrides: Readonly<Record<string, unknown>> = {},
  options: ResolveOptions = {},
): ResolveResult<S> {
  const issues: Issue[] = [];
  const values: Record<string, ParameterValue> = {};
  for (const [key, definition] of Object.entries(spec)) values[key] = definition.default;
  for (const [key, value] of Object.entries(overrides)) {
    const definition = Object.hasOwn(spec, key) ? spec[key] : undefined;
    if (definition === undefined) {
      const near = closestName(key, Object.keys(spec));
      const hint = near === undefined ? '' : `; did you mean ${near}?`;
      issues.push({ code: 'unknown_key', path: ['parameters', key], message: `unknown parameter ${key}${hint}`, value });
      continue;
    }
    const found = checkParameterValue(key, definition, value);
    if (found.length > 0) issues.push(...found);
    else values[key] = value as ParameterValue;
  }
  if (issues.length === 0 && options.constraints !== undefined && options.constraints.length > 0) {
    const free = new Set(options.drawn ?? []);
    issues.push(...checkParameterConstraints(options.constraints, values, { free, blamed: new Set(Object.keys(overrides)) }));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, values: freezeParameterValues(values) as ParameterValues<S> };
}

/** Like {@link resolveParameters} but throws a {@link CrisisSimError} on bad input. */
export function assertParameters<S extends ParameterSpec>(
  spec: S,
  overrides: Readonly<Record<string, unknown>> = {},
  options: ResolveOptions = {},
): ParameterValues<S> {
  const result = resolveParameters(spec, overrides, options);
  if (!result.ok) throw new CrisisSimError(result.issues);
  return result.values;
}

/**
 * Parses the text form of a value (from `--set key=value` or a form field) into the type
 * its definition wants; validation is left to {@link resolveParameters}. Unknown keys and
 * unparsable text come back as the raw string, so the validator names them.
 */
export function parseParameterText(spec: ParameterSpec, key: string, text: string): unknown {
  const definition = Object.hasOwn(spec, key) ? spec[key] : undefined;
  if (definition === undefined) return text;
  const trimmed = text.trim();
  switch (definition.kind) {
    case 'number': {
      if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^NaN$/.test(trimmed)) return text;
      return Number(trimmed);
    }
    case 'boolean':
      if (trimmed === 'true') return true;
      if (trimmed === 'false') return false;
      return text;
    case 'choice':
      return trimmed;
  }
}

/**
 * A frozen copy of a value set that V8 keeps in fast mode. Rules read parameters thousands
 * of times per run; an object built by adding 100+ keys one by one falls back to a hash
 * table (about 5 ns a read, measured), while one built by `Object.fromEntries` keeps
 * fast properties (a plain field load).
 */
export function freezeParameterValues(values: Readonly<Record<string, ParameterValue>>): Readonly<Record<string, ParameterValue>> {
  return Object.freeze(Object.fromEntries(Object.entries(values)));
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
