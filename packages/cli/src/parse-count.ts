import { usageError } from './usage-error.js';

/** The largest batch (and run index bound) the engine plans: beyond it a batch would never finish. */
export const MAX_COUNT = 1e12;

/**
 * Parses a whole-number flag (`--runs 10000`, `--runs 1e5`, `--runs 10_000`) from `min` to
 * `max`; a one-line error otherwise. Every size-like option has a bound, so that a slip of the
 * keyboard (`--steps 1e9`) is refused with a message instead of exhausting memory. `why`
 * follows the bound in the message (` (four times the 2 cores here)`).
 */
export function parseCount(flag: string, text: string | number, min = 1, max = MAX_COUNT, why = ''): number {
  const cleaned = String(text).trim().replaceAll('_', '');
  const value = /^[+]?\d+(\.\d+)?(e\+?\d+)?$/i.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (!(Number.isSafeInteger(value) && value >= min)) {
    throw usageError(`${flag} must be a whole number >= ${min}, got ${JSON.stringify(String(text))}`, text);
  }
  if (value > max) {
    throw usageError(`${flag} must be at most ${max.toLocaleString('en-US')}${why}, got ${JSON.stringify(String(text))}`, text);
  }
  return value;
}
