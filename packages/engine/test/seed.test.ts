import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, deriveRunSeed, deriveStreamSeed, seedText, validateSeed } from '../src/index.js';

const masterSeeds = fc.oneof(fc.nat(), fc.string({ minLength: 1 }));

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

  it('rejects unusable seeds with an issue naming the field', () => {
    for (const bad of [-1, 1.5, Number.NaN, '', null, undefined, 2 ** 60]) {
      const [issue] = validateSeed(bad);
      expect(issue?.code).toBe('invalid_seed');
      expect(issue?.path).toEqual(['seed']);
    }
    expect(validateSeed('niger')).toEqual([]);
    expect(() => seedText(-3)).toThrow(/seed must be/);
  });
});
