import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, deriveRunSeed, deriveStreamSeed } from '../src/index.js';
import { checkSeed, runSeedOf, seedText, validateSeed } from '../src/seed.js';

const masterSeeds = fc.oneof(
  fc.nat(),
  fc.string({ minLength: 1 }).filter((seed) => validateSeed(seed).length === 0),
);

describe('seed derivation', () => {
  it('treats 42 and "42" as the same seed', () => {
    expect(deriveRunSeed(42, 3)).toBe(deriveRunSeed('42', 3));
    expect(seedText(42)).toBe('42');
  });

  it('gives different runs different streams', () => {
    fc.assert(
      fc.property(masterSeeds, fc.nat(1_000_000), fc.nat(1_000_000), (seed, i, j) => {
        fc.pre(i !== j);
        expect(deriveRunSeed(seed, i)).not.toBe(deriveRunSeed(seed, j));
      }),
    );
  });

  it("leaves a stream's draws unchanged when other streams are added or created first", () => {
    fc.assert(
      fc.property(
        masterSeeds,
        fc.nat(1_000),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        (seed, run, names) => {
          const runSeed = deriveRunSeed(seed, run);
          const [target] = names as [string];
          const alone = createRng(deriveStreamSeed(runSeed, target));
          const expected = Array.from({ length: 5 }, () => alone.next());
          // Create and draw from the other streams first, in reverse order.
          for (const name of [...names].reverse()) createRng(deriveStreamSeed(runSeed, name)).next();
          const again = createRng(deriveStreamSeed(runSeed, target));
          expect(Array.from({ length: 5 }, () => again.next())).toEqual(expected);
        },
      ),
    );
  });

  it('derives from a seed checked once the same run seeds as from the seed itself, for numbers and words', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat(), fc.constantFrom('backtest', 'Niger 2023', '20230808')),
        fc.nat({ max: 1_000_000 }),
        (seed, runIndex) => {
          const master = checkSeed(seed);
          expect(master.text).toBe(seedText(seed));
          expect(runSeedOf(master, runIndex)).toBe(deriveRunSeed(seed, runIndex));
        },
      ),
    );
    expect(runSeedOf(checkSeed(7), 1)).not.toBe(runSeedOf(checkSeed(8), 1));
  });

  it('refuses an unusable seed when it is checked, as when it is used', () => {
    for (const bad of ['', ' 1', '01', -1, 1.5]) {
      expect(() => checkSeed(bad)).toThrow(/seed/);
      expect(() => deriveRunSeed(bad, 0)).toThrow(/seed/);
    }
  });

  it('rejects unusable seeds with an issue naming the field', () => {
    for (const bad of [-1, 1.5, Number.NaN, '', null, undefined, 2 ** 60]) {
      const [issue] = validateSeed(bad);
      expect(issue?.code).toBe('invalid_seed');
      expect(issue?.path).toEqual(['seed']);
    }
    expect(validateSeed('niger')).toEqual([]);
    expect(() => seedText(-3)).toThrow(/seed must be/);
  });

  it('accepts a number written only in its one canonical form, so no two texts give one number two batches', () => {
    for (const good of ['0', '1', '42', '9007199254740991', 'niger', 'run-01', 'Infinity', '1 2']) {
      expect(validateSeed(good), good).toEqual([]);
      expect(seedText(good)).toBe(good);
    }
    const refusals: [string, RegExp][] = [
      ['01', /seed "01" is a number written another way; write it as 1/],
      ['1.0', /write it as 1 /],
      ['1e0', /write it as 1 /],
      ['+1', /write it as 1 /],
      ['1_000', /write it as 1000 /],
      ['0x10', /write it as 16 /],
      ['-1', /seed "-1" is a number written another way \(a seed is a whole number/],
      ['1.5', /is a number written another way \(/],
      [' 1', /starts or ends with white space/],
      ['niger ', /starts or ends with white space/],
      ['9007199254740992', /larger than 9007199254740991/],
    ];
    for (const [bad, message] of refusals) {
      const [issue] = validateSeed(bad);
      expect(issue?.code, bad).toBe('invalid_seed');
      expect(issue?.message, bad).toMatch(message);
      expect(() => seedText(bad), bad).toThrow(message);
    }
  });
});
