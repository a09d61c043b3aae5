import { describe, expect, it } from 'vitest';
import { CrisisSimError } from '../src/crisis-sim-error.js';

const issue = { code: 'invalid_option', path: ['runs'], message: 'runs must be > 0', value: 0 } as const;

describe('CrisisSimError', () => {
  it('is recognised when another copy of the engine made it (a scenario module with its own install)', async () => {
    // A second evaluation of the module stands for a second copy of the engine: its class is another object.
    const other = (await import('../src/crisis-sim-error.js?another-copy' as string)) as typeof import('../src/crisis-sim-error.js');
    expect(other.CrisisSimError).not.toBe(CrisisSimError);
    const error = new other.CrisisSimError([issue]);
    expect(error instanceof CrisisSimError).toBe(true);
    expect(new CrisisSimError([issue]) instanceof other.CrisisSimError).toBe(true);
  });

  it('does not take other errors for one', () => {
    const lookalike = Object.assign(new Error('runs must be > 0'), { name: 'CrisisSimError', issues: [issue] });
    expect(lookalike instanceof CrisisSimError).toBe(false);
    expect((null as unknown) instanceof CrisisSimError).toBe(false);
  });

  it('keeps ordinary instanceof for subclasses', () => {
    class FileError extends CrisisSimError {}
    expect(new FileError([issue]) instanceof FileError).toBe(true);
    expect(new CrisisSimError([issue]) instanceof FileError).toBe(false);
    expect(new FileError([issue]) instanceof CrisisSimError).toBe(true);
  });
});
