import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VOTING_RULES, votePasses } from '../src/index.js';

const tallies = fc.integer({ min: 0, max: 11 }).chain((present) => fc.tuple(fc.constant(present), fc.integer({ min: 0, max: present })));

describe('votePasses', () => {
  it('never passes with nobody present or no yes vote', () => {
    for (const rule of VOTING_RULES) {
      expect(votePasses(rule, 0, 0)).toBe(false);
      for (let present = 1; present <= 11; present++) expect(votePasses(rule, present, 0)).toBe(false);
    }
  });

  it('is monotone: one more yes among the same members present never turns a pass into a fail', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VOTING_RULES), tallies, (rule, [present, yes]) => {
        if (yes < present && votePasses(rule, present, yes)) expect(votePasses(rule, present, yes + 1)).toBe(true);
      }),
    );
  });

  it('orders the rules: consensus implies two-thirds implies simple majority', () => {
    fc.assert(
      fc.property(tallies, ([present, yes]) => {
        if (votePasses('consensus', present, yes)) expect(votePasses('two-thirds', present, yes)).toBe(true);
        if (votePasses('two-thirds', present, yes)) expect(votePasses('simple-majority', present, yes)).toBe(true);
      }),
    );
  });

  it('applies the thresholds to members present, not to all eleven', () => {
    expect(votePasses('two-thirds', 9, 6)).toBe(true);
    expect(votePasses('two-thirds', 9, 5)).toBe(false);
    expect(votePasses('simple-majority', 10, 5)).toBe(false);
    expect(votePasses('simple-majority', 9, 5)).toBe(true);
    expect(votePasses('consensus', 10, 9)).toBe(false);
  });
});
