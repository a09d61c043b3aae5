import { describe, expect, it } from 'vitest';
import { type SummitTally, TallyDecision } from '../../src/actors/tally-decision.js';

const tally: SummitTally = {
  question: 'launch',
  yes: 6,
  present: 7,
  members: 11,
  rule: 'simple-majority',
  quorum: false,
  troops: 4500,
  threshold: 5000,
  senateApproved: false,
  troopsShort: true,
  breakthrough: true,
  settled: false,
};

describe('TallyDecision', () => {
  it('formats the count, the missing quorum and every obstacle to a launch', () => {
    const closing = new TallyDecision({ type: 'ecowas/close-summit', question: 'launch', present: 7, yes: 6, passed: true }, tally);
    expect(closing.reason).toBe(
      'summit on "launch": 6 of 7 present in favour (simple-majority); no quorum (7 of 11 present, two-thirds needed); passed, but no launch: ' +
        "troops pledged 4,500 below the 5,000 threshold (Nigeria's troops count only with its Senate's approval); talks have reached a breakthrough",
    );
    // Read twice, the same text: it depends only on values fixed when the decision was made.
    expect(closing.reason).toBe(closing.reason);
  });

  it("quotes each decision's own fields", () => {
    const clear: SummitTally = { ...tally, question: 'deal', quorum: true, troopsShort: false, breakthrough: false };
    expect(new TallyDecision({ type: 'ecowas/agree-transition', months: 18 }, clear).reason).toBe(
      'transition of 18 months accepted: 6 of 7 present in favour (simple-majority)',
    );
    expect(new TallyDecision({ type: 'ecowas/tighten-sanctions' }, { ...clear, question: 'activate' }).reason).toBe(
      'no mandate for force, but pressure is kept up: 6 of 7 present in favour (simple-majority)',
    );
    expect(new TallyDecision({ type: 'ecowas/tighten-sanctions' }, { ...clear, question: 'tighten' }).reason).toBe(
      'sanctions tightened: 6 of 7 present in favour (simple-majority)',
    );
  });
});
