import { type AnyScenario, parseParameterText } from '@crisis-sim/engine';
import { closestName } from '@crisis-sim/engine/internal';
import { usageError } from './usage-error.js';

/** The most values one sweep visits: each is a whole batch, and more would not fit a table. */
export const MAX_SWEEP_POINTS = 1_000;

/**
 * The values a sweep visits: `--values a,b,c` as written (typed by the parameter's
 * definition), or `--steps n` evenly spaced points from the range's minimum to its maximum
 * (whole numbers for integer parameters, duplicates dropped); a switch takes false and true,
 * a choice all of its values.
 */
export function sweepValues(scenario: AnyScenario, key: string, values: string | undefined, steps: number | undefined): unknown[] {
  const definition = Object.hasOwn(scenario.parameters, key) ? scenario.parameters[key] : undefined;
  if (definition === undefined) {
    const near = closestName(key, Object.keys(scenario.parameters));
    throw usageError(`unknown parameter ${key}${near === undefined ? '' : `; did you mean ${near}?`}`, key, 'unknown_key');
  }
  if (values !== undefined) {
    const texts = values.split(',').map((text) => text.trim());
    if (texts.some((text) => text === ''))
      throw usageError(`--values needs a comma-separated list like 0.1,0.5,0.9, got ${JSON.stringify(values)}`, values);
    if (texts.length > MAX_SWEEP_POINTS)
      throw usageError(`--values may list at most ${MAX_SWEEP_POINTS.toLocaleString('en-US')} values, got ${texts.length}`, texts.length);
    return texts.map((text) => parseParameterText(scenario.parameters, key, text));
  }
  if (definition.kind === 'boolean') return [false, true];
  if (definition.kind === 'choice') return [...definition.values];
  const count = steps ?? 5;
  if (count < 2) throw usageError(`--steps must be at least 2, got ${count}`, count);
  const points = Array.from({ length: count }, (_, i) => definition.min + ((definition.max - definition.min) * i) / (count - 1));
  const settled = points.map((point) => (definition.integer ? Math.round(point) : Number(point.toPrecision(12))));
  return [...new Set(settled)];
}
