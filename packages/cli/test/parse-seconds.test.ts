import { describe, expect, it } from 'vitest';
import { parseSeconds } from '../src/parse-seconds.js';

describe('parseSeconds', () => {
  it('reads plain decimal seconds as milliseconds', () => {
    expect(parseSeconds('--run-timeout', '60')).toBe(60_000);
    expect(parseSeconds('--run-timeout', ' 0.25 ')).toBe(250);
    expect(parseSeconds('--checkpoint-every', '0', true)).toBe(0);
  });

  it.each(['0', '-1', '1e3', 'soon', '', 'Infinity', '86401'])('refuses %j for a time limit, on one line', (text) => {
    expect(() => parseSeconds('--run-timeout', text)).toThrow(/^--run-timeout must be a number of seconds above 0 to 86400, like 60, got /);
  });
});
