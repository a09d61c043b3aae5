import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashParameters } from '../src/hash-parameters.js';

describe('hashParameters', () => {
  it('ignores key order and tells different values apart', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.double({ noNaN: true }), fc.boolean(), fc.string())),
        (values) => {
          const reversed = Object.fromEntries(Object.entries(values).reverse());
          expect(hashParameters(reversed)).toBe(hashParameters(values));
          expect(hashParameters({ ...values, extra: 1 })).not.toBe(hashParameters({ ...values, extra: 2 }));
        },
      ),
    );
  });

  it('depends on which keys are drawn', () => {
    expect(hashParameters({ a: 1 }, ['a'])).not.toBe(hashParameters({ a: 1 }));
    expect(hashParameters({ a: 1 })).toMatch(/^[0-9a-f]{14}$/);
  });
});
