import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellCommand } from '../src/shell-command.js';

describe('shellCommand', () => {
  it('leaves plain words alone and quotes the rest', () => {
    expect(shellCommand(['crisis-sim', 'run', 'niger-2023', '--set', 'a.b=0.5', '--seed', 'two words', "it's"])).toBe(
      `crisis-sim run niger-2023 --set a.b=0.5 --seed 'two words' 'it'\\''s'`,
    );
  });

  it('gives a POSIX shell back the words it was given', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1 }).filter((word) => !word.includes('\0')),
          { minLength: 1, maxLength: 4 },
        ),
        (words) => {
          const echoed = execFileSync('sh', ['-c', `printf '%s\\0' ${shellCommand(words)}`], { encoding: 'utf8' });
          expect(echoed.split('\0').slice(0, -1)).toEqual(words);
        },
      ),
      { numRuns: 40 },
    );
  });
});
