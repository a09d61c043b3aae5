import fc from 'fast-check';
import { type Seed, validateSeed } from '../seed.js';

/** Master seeds as users write them: whole numbers and short strings (those the engine accepts). */
export function seedArbitrary(): fc.Arbitrary<Seed> {
  return fc.oneof(
    fc.nat(),
    fc.string({ minLength: 1, maxLength: 12 }).filter((seed) => validateSeed(seed).length === 0),
  );
}
