import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quorumMet, VOTING_RULES, votePasses } from '../src/index.js';

const tallies = fc.integer({ min: 0, max: 11 }).chain((present) => fc.tuple(fc.constant(present), fc.integer({ min: 0, max: present })));

describe('votePasses', () => {
  it('never passes with nobody present or no yes vote', () => {
    for (const rule of VOTING_RULES) {
      expect(votePasses(rule, 0, 0, 11)).toBe(false);
      for (let present = 1; present <= 11; present++) expect(votePasses(rule, present, 0, 11)).toBe(false);
    }
  });

  it('is monotone: one more yes among the same members present never turns a pass into a fail', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VOTING_RULES), tallies, (rule, [present, yes]) => {
        if (yes < present && votePasses(rule, present, yes, 11)) expect(votePasses(rule, present, yes + 1, 11)).toBe(true);
      }),
    );
  });

  it('orders the rules: consensus implies two-thirds implies simple majority', () => {
    fc.assert(
      fc.property(tallies, ([present, yes]) => {
        if (votePasses('consensus', present, yes, 11)) expect(votePasses('two-thirds', present, yes, 11)).toBe(true);
        if (votePasses('two-thirds', present, yes, 11)) expect(votePasses('simple-majority', present, yes, 11)).toBe(true);
      }),
    );
  });

  it('applies the thresholds to members present, not to all eleven', () => {
    expect(votePasses('two-thirds', 9, 6, 11)).toBe(true);
    expect(votePasses('two-thirds', 9, 5, 11)).toBe(false);
    expect(votePasses('simple-majority', 10, 5, 11)).toBe(false);
    expect(votePasses('simple-majority', 9, 5, 11)).toBe(true);
    expect(votePasses('consensus', 10, 9, 11)).toBe(false);
  });

  it('needs a quorum of two-thirds of the voting members: 8 of 11, whatever the rule and the votes', () => {
    expect(quorumMet(7, 11)).toBe(false);
    expect(quorumMet(8, 11)).toBe(true);
    expect(quorumMet(6, 9)).toBe(true);
    expect(quorumMet(5, 9)).toBe(false);
    for (const rule of VOTING_RULES) {
      expect(votePasses(rule, 7, 7, 11)).toBe(false);
      expect(votePasses(rule, 8, 8, 11)).toBe(true);
    }
  });

  it('never counts more members present than there are voters', () => {
    for (const rule of VOTING_RULES) expect(votePasses(rule, 12, 12, 11)).toBe(false);
  });
});
