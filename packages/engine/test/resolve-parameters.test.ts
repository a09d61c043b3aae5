import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertParameters, CrisisSimError, parseParameterText, resolveParameters } from '../src/index.js';
import { toyParameters } from './fixtures/toy-scenario.js';

describe('resolveParameters', () => {
  it('fills in defaults when nothing is overridden', () => {
    const result = resolveParameters(toyParameters);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values['hawk.aggression']).toBe(0.3);
  });

  it('accepts any value within range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('majority', 'consensus'),
        (a, p, rule) => {
          const result = resolveParameters(toyParameters, { 'hawk.aggression': a, 'dove.patience': p, 'council.rule': rule });
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.values['dove.patience']).toBe(p);
        },
      ),
    );
  });

  it('rejects any number outside its range, naming the key', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ max: -Number.MIN_VALUE, noNaN: true }), fc.double({ min: 1.0000001, noNaN: true })), (value) => {
        const result = resolveParameters(toyParameters, { 'hawk.aggression': value });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.issues[0]?.code).toBe('out_of_range');
          expect(result.issues[0]?.path).toEqual(['parameters', 'hawk.aggression']);
          expect(result.issues[0]?.message).toContain('hawk.aggression');
          expect(result.issues[0]?.message).toContain('from 0 to 1');
        }
      }),
    );
  });

  it('rejects values of the wrong type', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.object()), (value) => {
        const result = resolveParameters(toyParameters, { 'hawk.aggression': value });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues[0]?.code).toBe('invalid_type');
      }),
    );
  });

  it('rejects NaN, fractions for integers and values outside an allowed set', () => {
    const result = resolveParameters(toyParameters, {
      'hawk.aggression': Number.NaN,
      'dove.patience': 2.5,
      'council.rule': 'majorty',
      'law.enabled': 'yes',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.code)).toEqual(['not_a_number', 'not_integer', 'not_allowed', 'invalid_type']);
    expect(result.issues[2]?.message).toContain('did you mean majority?');
  });

  it('suggests the closest key for an unknown one', () => {
    const result = resolveParameters(toyParameters, { 'hawk.agression': 0.5 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({ code: 'unknown_key', path: ['parameters', 'hawk.agression'] });
      expect(result.issues[0]?.message).toContain('did you mean hawk.aggression?');
    }
  });

  it('throws a CrisisSimError from assertParameters', () => {
    expect(() => assertParameters(toyParameters, { horizon: 0 })).toThrow(CrisisSimError);
    expect(() => assertParameters(toyParameters, { horizon: 0 })).toThrow(/horizon must be a whole number from 5 to 365, got 0/);
  });
});

describe('parseParameterText', () => {
  it('parses text into the type the definition wants', () => {
    expect(parseParameterText(toyParameters, 'hawk.aggression', '0.25')).toBe(0.25);
    expect(parseParameterText(toyParameters, 'law.enabled', 'false')).toBe(false);
    expect(parseParameterText(toyParameters, 'council.rule', 'consensus')).toBe('consensus');
    expect(parseParameterText(toyParameters, 'hawk.aggression', 'high')).toBe('high');
    expect(parseParameterText(toyParameters, 'nope', '1')).toBe('1');
  });
});
