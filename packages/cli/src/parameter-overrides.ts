import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type AnyScenario, parseParameterText } from '@crisis-sim/engine';
import { unreadable } from '@crisis-sim/runner';
import { usageError } from './usage-error.js';

/**
 * The parameter overrides of a command: the `--params` JSON file first, then each
 * `--set key=value` (later ones win). Values are typed by the scenario's parameter
 * definitions; validation (unknown keys, ranges) is the engine's. Malformed `--set` and
 * unreadable or non-object files throw one-line errors.
 */
export async function parameterOverrides(
  scenario: AnyScenario,
  sets: readonly string[],
  paramsFile: string | undefined,
  cwd: string,
): Promise<Record<string, unknown>> {
  const overrides: Record<string, unknown> = {};
  if (paramsFile !== undefined) {
    const path = resolve(cwd, paramsFile);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw unreadable(paramsFile, error);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw usageError(`--params ${paramsFile} is not valid JSON: ${(error as Error).message}`, paramsFile);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw usageError(`--params ${paramsFile} must hold a JSON object of parameter values, like {"key": 0.5}`, paramsFile);
    }
    Object.assign(overrides, json);
  }
  for (const set of sets) {
    const at = set.indexOf('=');
    const key = at < 0 ? '' : set.slice(0, at).trim();
    if (at < 0 || key === '') {
      const example = Object.keys(scenario.parameters)[0] ?? 'key';
      throw usageError(
        `--set needs key=value, got ${JSON.stringify(set)}; for example --set ${example}=${String(scenario.parameters[example]?.default ?? 'value')}`,
        set,
      );
    }
    overrides[key] = parseParameterText(scenario.parameters, key, set.slice(at + 1));
  }
  return overrides;
}
