import { describe, expect, it } from 'vitest';
import { europeanUnionAidDynamics, europeanUnionReducers, europeanUnionRule } from '../../src/actors/european-union.js';
import type { NigerState } from '../../src/index.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

const params = parametersWith({ 'eu.sanctionsMedianDays': 1 });
const typeOf = (result: ReturnType<typeof europeanUnionRule>) =>
  result !== undefined && !Array.isArray(result) && 'action' in result ? result.action.type : undefined;

function share(state: NigerState, type: string, runs = 4000): number {
  let hits = 0;
  for (let seed = 1; seed <= runs; seed++)
    if (typeOf(europeanUnionRule(state, contextFor('european-union', 5, params, seed))) === type) hits++;
  return hits / runs;
}

describe('europeanUnionRule', () => {
  it('starts with its aid suspended and a derived sanctions hazard', () => {
    expect(stateWith().euAidSuspended).toBe(true);
    expect(parametersWith()['eu.sanctionsMedianDays']).toBeGreaterThan(180);
  });

  it('adopts a framework of its own with a daily hazard while the full sanctions last', () => {
    expect(share(stateWith(), 'eu/adopt-sanctions-framework')).toBeCloseTo(0.5, 1);
    expect(
      share(
        stateWith((s) => (s.sanctionsLevel = 1)),
        'eu/adopt-sanctions-framework',
        200,
      ),
    ).toBe(0);
    expect(
      share(
        stateWith((s) => (s.euSanctionsDay = 3)),
        'eu/adopt-sanctions-framework',
        200,
      ),
    ).toBe(0);
    expect(
      share(
        stateWith((s) => (s.juntaFellDay = 3)),
        'eu/adopt-sanctions-framework',
        200,
      ),
    ).toBe(0);
  });

  it('resumes its aid only once an elected government has taken office', () => {
    expect(
      share(
        stateWith((s) => (s.sanctionsLevel = 1)),
        'eu/resume-aid',
        200,
      ),
    ).toBe(0);
    expect(
      share(
        stateWith((s) => (s.electedGovernmentDay = 40)),
        'eu/resume-aid',
        200,
      ),
    ).toBe(1);
  });
});

describe('europeanUnionReducers', () => {
  it("cuts the sanctions' leakage by its share", () => {
    const state = stateWith((s) => (s.sanctionsLeak = 0.3));
    europeanUnionReducers['eu/adopt-sanctions-framework'](state, { type: 'eu/adopt-sanctions-framework', leakCut: 0.2 }, {
      day: 50,
    } as never);
    expect(state.sanctionsLeak).toBeCloseTo(0.24, 12);
    expect(state.euSanctionsDay).toBe(50);
  });

  it('records the resumption', () => {
    const state = stateWith();
    europeanUnionReducers['eu/resume-aid'](state, { type: 'eu/resume-aid' }, { day: 61 } as never);
    expect(state.euAidSuspended).toBe(false);
    expect(state.euAidResumedDay).toBe(61);
  });
});

describe('europeanUnionAidDynamics', () => {
  it('raises economic pain by the lag share of the aid pain while aid is suspended, never above 1', () => {
    const state = stateWith((s) => (s.economicPain = 0.4));
    europeanUnionAidDynamics(state, 0.005);
    expect(state.economicPain).toBeCloseTo(0.405, 12);
    state.euAidSuspended = false;
    europeanUnionAidDynamics(state, 0.005);
    expect(state.economicPain).toBeCloseTo(0.405, 12);
    state.euAidSuspended = true;
    state.economicPain = 0.999;
    europeanUnionAidDynamics(state, 0.5);
    expect(state.economicPain).toBe(1);
  });
});
