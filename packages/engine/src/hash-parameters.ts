import { hashString } from './hash.js';
import type { ParameterValue } from './parameter.js';

/**
 * A stable 14-hex-digit hash of a run configuration's parameters: the values (by key, in
 * sorted order, so key order never matters) and which keys are drawn from priors. Equal
 * hashes mean summaries may be merged; it is not a security hash.
 */
export function hashParameters(values: Readonly<Record<string, ParameterValue>>, drawn: readonly string[] = []): string {
  const keys = Object.keys(values).sort();
  const canonical = JSON.stringify({ values: keys.map((key) => [key, values[key]]), drawn: [...drawn].sort() });
  return hashString(canonical).toString(16).padStart(14, '0');
}
