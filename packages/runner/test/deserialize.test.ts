import { CrisisSimError } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { deserialize } from '../src/deserialize.js';

describe('deserialize', () => {
  it('rebuilds a CrisisSimError with its issues, and any other error with its name, message and stack', () => {
    const issue = { code: 'run_timeout', path: ['runTimeoutMs'], message: 'run 7 did not finish', value: 7 };
    const typed = deserialize({ name: 'CrisisSimError', message: 'x', issues: [issue] });
    expect(typed).toBeInstanceOf(CrisisSimError);
    expect((typed as CrisisSimError).issues).toEqual([issue]);
    const plain = deserialize({ name: 'RangeError', message: 'too deep', stack: 'RangeError: too deep\n    at rule' });
    expect(plain).not.toBeInstanceOf(CrisisSimError);
    expect([plain.name, plain.message, plain.stack]).toEqual(['RangeError', 'too deep', 'RangeError: too deep\n    at rule']);
  });
});
