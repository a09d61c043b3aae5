import { DEFAULT_RUN_TIMEOUT_MS } from '@crisis-sim/runner';
import { describe, expect, it } from 'vitest';
import { runTimeoutMsOf } from '../src/run-timeout-option.js';

describe('runTimeoutMsOf', () => {
  it("is the runner's default without --run-timeout, and the seconds given in milliseconds with it", () => {
    expect(runTimeoutMsOf({})).toBe(DEFAULT_RUN_TIMEOUT_MS);
    expect(runTimeoutMsOf({ 'run-timeout': '2.5' })).toBe(2500);
  });

  it('refuses what is not a number of seconds', () => {
    expect(() => runTimeoutMsOf({ 'run-timeout': 'soon' })).toThrow(/--run-timeout/);
  });
});
