import { usageError } from './usage-error.js';

/** Longest duration accepted for a seconds option: a day, far beyond any sound run or checkpoint interval. */
const MAX_SECONDS = 86_400;

/**
 * Parses a duration flag given in seconds (`--run-timeout 60`, `--checkpoint-every 0.5`) into
 * milliseconds: a plain decimal number above 0 (or 0 with `allowZero`) and at most a day.
 */
export function parseSeconds(flag: string, text: string, allowZero = false): number {
  const cleaned = text.trim();
  const seconds = /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (!((allowZero ? seconds >= 0 : seconds > 0) && seconds <= MAX_SECONDS)) {
    throw usageError(
      `${flag} must be a number of seconds ${allowZero ? 'from 0' : 'above 0'} to ${MAX_SECONDS}, like 60, got ${JSON.stringify(text)}`,
      text,
    );
  }
  return seconds * 1000;
}
