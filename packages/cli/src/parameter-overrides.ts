import { type AnyScenario, parseParameterText } from '@crisis-sim/engine';
import { readJsonFile } from '@crisis-sim/runner';
import { usageError } from './usage-error.js';

/**
 * Keys that JavaScript objects treat specially: assigning them changes the object instead of
 * adding a value, so an override named so would vanish silently. Refused wherever a key is read.
 */
const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * The parameter overrides of a command: the `--params` JSON file first, then each
 * `--set key=value` (`flag` names the option in messages: compare's `--alt` uses this too).
 * A `--set` wins over the file; the same key twice in `--set` is refused, as is a reserved
 * key (`__proto__`, `constructor`, `prototype`), so no value is ever dropped silently. Values
 * are typed by the scenario's parameter definitions; validation (unknown keys, ranges) is the
 * engine's. Malformed `--set` and unreadable or non-object files throw one-line errors.
 */
export async function parameterOverrides(
  scenario: AnyScenario,
  sets: readonly string[],
  paramsFile: string | undefined,
  cwd: string,
  flag = '--set',
): Promise<Record<string, unknown>> {
  const overrides: Record<string, unknown> = {};
  if (paramsFile !== undefined) {
    const json = await readJsonFile(paramsFile, [], (reason) => `--params ${paramsFile} is not valid JSON: ${reason}`, {
      cwd,
      code: 'invalid_argument',
    });
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw usageError(`--params ${paramsFile} must hold a JSON object of parameter values, like {"key": 0.5}`, paramsFile);
    }
    // JSON.parse makes `__proto__` an own key; refuse it before any assignment could drop it.
    for (const key of Object.keys(json)) {
      if (RESERVED_KEYS.includes(key))
        throw usageError(
          `--params ${paramsFile} has key ${key}, which is not a parameter name (see crisis-sim describe)`,
          key,
          'unknown_key',
        );
      overrides[key] = (json as Record<string, unknown>)[key];
    }
  }
  const given = new Set<string>();
  for (const set of sets) {
    const at = set.indexOf('=');
    const key = at < 0 ? '' : set.slice(0, at).trim();
    if (at < 0 || key === '') {
      const example = Object.keys(scenario.parameters)[0] ?? 'key';
      throw usageError(
        `${flag} needs key=value, got ${JSON.stringify(set)}; for example ${flag} ${example}=${String(scenario.parameters[example]?.default ?? 'value')}`,
        set,
      );
    }
    if (RESERVED_KEYS.includes(key))
      throw usageError(`${flag} ${set}: ${key} is not a parameter name (see crisis-sim describe)`, key, 'unknown_key');
    if (given.has(key)) throw usageError(`${flag} ${key} was given more than once; give each parameter once`, key);
    given.add(key);
    overrides[key] = parseParameterText(scenario.parameters, key, set.slice(at + 1));
  }
  return overrides;
}
