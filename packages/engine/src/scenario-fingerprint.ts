import { hashString } from './hash.js';
import type { AnyScenario } from './scenario.js';

const fingerprints = new WeakMap<object, string>();

/**
 * A stable 14-hex-digit hash of a scenario's definition: its data (parameters, actors,
 * outcomes, schedule, sources...) and the text of its code (`Function.prototype.toString` of
 * every rule, reducer, dynamics, invariant check, indicator test, initial state, horizon and
 * outcome function). Every manifest and checkpoint carries it, so results of changed code
 * never merge with or resume from results of the old code, even under the same id and
 * version. Pure and deterministic: the same loaded code gives the same value in every thread
 * and process. It sees the code as loaded (compiled JavaScript), so the same source compiled
 * by another tool counts as different code; and it does not see helper functions that the
 * definition's functions call by name: changing those still calls for a new `version`.
 */
export function scenarioFingerprint(scenario: AnyScenario): string {
  const cached = fingerprints.get(scenario);
  if (cached !== undefined) return cached;
  const { outcomeIndex: _index, ...definition } = scenario;
  const text = canonical(definition, new Set());
  const value = `${hashString(text).toString(16).padStart(14, '0')}`;
  fingerprints.set(scenario, value);
  return value;
}

function canonical(value: unknown, path: Set<object>): string {
  if (typeof value === 'function') return `f${JSON.stringify(Function.prototype.toString.call(value))}`;
  if (typeof value !== 'object' || value === null) {
    // JSON.stringify has no text for undefined, NaN or bigint; String keeps them apart.
    return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? JSON.stringify(value) : String(value);
  }
  if (path.has(value)) return '"<cycle>"';
  path.add(value);
  let text: string;
  if (Array.isArray(value)) text = `[${value.map((item) => canonical(item, path)).join(',')}]`;
  else if (value instanceof Map) text = `m${canonical([...value.entries()], path)}`;
  else if (value instanceof Set) text = `s${canonical([...value.values()], path)}`;
  else {
    const keys = Object.keys(value).sort();
    text = `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key], path)}`).join(',')}}`;
  }
  path.delete(value);
  return text;
}
