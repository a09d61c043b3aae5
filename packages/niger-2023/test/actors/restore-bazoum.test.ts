import { describe, expect, it } from 'vitest';
import { restoreBazoum } from '../../src/actors/restore-bazoum.js';
import { stateWith } from '../fixtures.js';

describe('restoreBazoum', () => {
  it('puts a detained Bazoum back in office with an elected government that day', () => {
    const state = stateWith();
    restoreBazoum(state, 12);
    expect([state.bazoum, state.bazoumRestoredDay, state.electedGovernmentDay]).toEqual(['restored', 12, 12]);
  });

  it('leaves a harmed or an already restored Bazoum as he is', () => {
    const harmed = stateWith((s) => {
      s.bazoum = 'harmed';
    });
    restoreBazoum(harmed, 12);
    expect([harmed.bazoum, harmed.bazoumRestoredDay]).toEqual(['harmed', -1]);
    const restored = stateWith((s) => {
      s.bazoum = 'restored';
      s.bazoumRestoredDay = 5;
    });
    restoreBazoum(restored, 12);
    expect(restored.bazoumRestoredDay).toBe(5);
  });

  it('keeps the day of an earlier elected government (elections before a restoration)', () => {
    const elected = stateWith((s) => {
      s.electedGovernmentDay = 271;
    });
    restoreBazoum(elected, 282);
    expect([elected.bazoumRestoredDay, elected.electedGovernmentDay]).toEqual([282, 271]);
  });
});
