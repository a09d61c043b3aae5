import { idle } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { law7008Rule } from '../../src/actors/law-7008.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

const typeOf = (result: ReturnType<typeof law7008Rule>) =>
  result !== undefined && !Array.isArray(result) && 'action' in result ? result.action.type : undefined;

describe('law7008Rule', () => {
  it('does nothing before a determination', () => {
    expect(law7008Rule(stateWith(), contextFor('law-7008', 5, parametersWith()))).toBe(idle);
  });

  it('cuts assistance after a determination, whatever the executive wants', () => {
    const state = stateWith((s) => {
      s.usDeterminationDay = 4;
    });
    expect(typeOf(law7008Rule(state, contextFor('law-7008', 5, parametersWith())))).toBe('law7008/cut-assistance');
  });

  it('restores assistance only once a democratically elected government has taken office', () => {
    const cut = stateWith((s) => {
      s.usDeterminationDay = 4;
      s.usAid = 'cut';
      s.usAidCutDay = 5;
    });
    expect(law7008Rule(cut, contextFor('law-7008', 9, parametersWith()))).toBe(idle);
    cut.electedGovernmentDay = 8;
    expect(typeOf(law7008Rule(cut, contextFor('law-7008', 9, parametersWith())))).toBe('law7008/restore-assistance');
    expect(law7008Rule(cut, contextFor('law-7008', 9, parametersWith({ 'law7008.restorationCountsAsElected': false })))).toBe(idle);
    cut.electionsHeld = true;
    expect(typeOf(law7008Rule(cut, contextFor('law-7008', 9, parametersWith({ 'law7008.restorationCountsAsElected': false }))))).toBe(
      'law7008/restore-assistance',
    );
  });
});
