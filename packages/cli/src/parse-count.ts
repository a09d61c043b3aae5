import { usageError } from './usage-error.js';

/** Parses a whole-number flag (`--runs 10000`, `--runs 1e5`, `--runs 10_000`), at least `min`; one-line error otherwise. */
export function parseCount(flag: string, text: string | number, min = 1): number {
  const cleaned = String(text).trim().replaceAll('_', '');
  const value = /^[+]?\d+(\.\d+)?(e\+?\d+)?$/i.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (!(Number.isSafeInteger(value) && value >= min)) {
    throw usageError(`${flag} must be a whole number >= ${min}, got ${JSON.stringify(String(text))}`, text);
  }
  return value;
}
