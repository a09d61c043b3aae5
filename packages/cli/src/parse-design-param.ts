import type { AnyScenario, DesignFactor, ParameterValue } from '@crisis-sim/engine';
import { usageError } from './usage-error.js';

/**
 * One `--param` of `ensemble` as a design factor: `KEY` (a choice or switch: all its values;
 * a number: the range of its prior), `KEY=MIN:MAX:STEPS` (a stepped range, for grids),
 * `KEY=MIN:MAX` (a range, for samplers) or `KEY=V1,V2,...` (listed values). The engine then
 * checks keys, ranges and values against the scenario and names what is allowed.
 */
export function parseDesignParam(scenario: AnyScenario, text: string): DesignFactor {
  const equals = text.indexOf('=');
  const key = (equals < 0 ? text : text.slice(0, equals)).trim();
  if (key === '')
    throw usageError(`--param needs a parameter key: KEY, KEY=MIN:MAX:STEPS, KEY=MIN:MAX or KEY=V1,V2; got ${JSON.stringify(text)}`, text);
  if (equals < 0) return { key };
  const rest = text.slice(equals + 1).trim();
  if (rest.includes(':')) {
    const parts = rest.split(':');
    const numbers = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
    if (!(parts.length === 2 || parts.length === 3) || numbers.some((n) => !Number.isFinite(n))) {
      throw usageError(`--param ${key} takes MIN:MAX or MIN:MAX:STEPS with numbers, got ${JSON.stringify(rest)}`, text);
    }
    const [min, max, steps] = numbers as [number, number, number | undefined];
    if (!(min < max)) throw usageError(`--param ${key}: MIN must be below MAX, got ${JSON.stringify(rest)}`, text);
    return steps === undefined ? { key, min, max } : { key, min, max, steps };
  }
  const kind = scenario.parameters[key]?.kind;
  const values: ParameterValue[] = rest.split(',').map((word) => {
    const value = word.trim();
    if (kind === 'number') return value === '' ? Number.NaN : Number(value);
    if (kind === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
    return value;
  });
  return { key, values };
}
