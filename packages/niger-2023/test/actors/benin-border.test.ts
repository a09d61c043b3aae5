import { idle } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { beninBorderReducers, beninBorderRule } from '../../src/actors/benin-border.js';
import type { NigerState } from '../../src/index.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

function reopenShare(state: NigerState, overrides: Readonly<Record<string, unknown>>, runs = 4000): number {
  const params = parametersWith(overrides);
  let hits = 0;
  for (let seed = 1; seed <= runs; seed++) {
    const result = beninBorderRule(state, contextFor('benin-border', 5, params, seed));
    if (result !== undefined && result !== idle) hits++;
  }
  return hits / runs;
}

describe('beninBorderRule', () => {
  it("reopens with a hazard driven by Niger's pain and the pipeline's stake", () => {
    const state = stateWith((s) => (s.economicPain = 0.5));
    // Median 1 day at full pressure; pressure 0.5 x 2 = 1: a daily chance of 1/2.
    expect(reopenShare(state, { 'benin.reopenMedianDays': 1, 'benin.pipelineFactor': 2 })).toBeCloseTo(0.5, 1);
    expect(reopenShare(state, { 'benin.reopenMedianDays': 1, 'benin.pipelineFactor': 1 })).toBeCloseTo(1 - 2 ** -0.5, 1);
    expect(
      reopenShare(
        stateWith((s) => (s.economicPain = 0)),
        { 'benin.reopenMedianDays': 1 },
        200,
      ),
    ).toBe(0);
  });

  it('stays shut to nothing once sanctions are eased, the junta has fallen or the border is open', () => {
    const overrides = { 'benin.reopenMedianDays': 1 };
    for (const change of [
      (s: NigerState) => (s.sanctionsLevel = 1),
      (s: NigerState) => (s.juntaFellDay = 3),
      (s: NigerState) => (s.beninBorderReopenedDay = 3),
    ])
      expect(
        reopenShare(
          stateWith((s) => {
            s.economicPain = 0.8;
            change(s);
          }),
          overrides,
          200,
        ),
      ).toBe(0);
  });
});

describe('beninBorderReducers', () => {
  it("takes the corridor's share of the remaining bite", () => {
    const state = stateWith((s) => (s.sanctionsLeak = 0.2));
    beninBorderReducers['benin/reopen-border'](state, { type: 'benin/reopen-border', share: 0.5 }, { day: 40 } as never);
    expect(state.sanctionsLeak).toBeCloseTo(0.6, 12);
    expect(state.beninBorderReopenedDay).toBe(40);
  });
});
