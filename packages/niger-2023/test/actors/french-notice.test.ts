import { dailyHazardFromMedianDays, idle, runScenario } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { frenchNoticeReducers, frenchNoticeRule, withOrderChance } from '../../src/actors/french-notice.js';
import { type NigerState, niger2023 } from '../../src/index.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

const params = parametersWith({ 'junta.orderTroopsOutMedianDays': 1 });

function orderShare(state: NigerState, day: number, runs = 4000): number {
  let orders = 0;
  for (let seed = 1; seed <= runs; seed++) {
    const result = frenchNoticeRule(state, contextFor('french-notice', day, params, seed));
    if (result !== undefined && result !== idle) orders++;
  }
  return orders / runs;
}

describe('frenchNoticeRule', () => {
  it('waits for the 30-day notice of 2023-08-04 to lapse (day 26)', () => {
    expect(params['france.noticeLapseDay']).toBe(26);
    expect(
      orderShare(
        stateWith((s) => (s.hardline = 1)),
        25,
      ),
    ).toBe(0);
    expect(
      orderShare(
        stateWith((s) => (s.hardline = 1)),
        26,
      ),
    ).toBeGreaterThan(0);
  });

  it('orders the troops out with a daily hazard scaled by the hardline stance', () => {
    // Median 1 day at full pressure: a daily chance of 1/2; at hardline 0.5, 1 - 2^-0.5.
    expect(
      orderShare(
        stateWith((s) => (s.hardline = 1)),
        30,
      ),
    ).toBeCloseTo(0.5, 1);
    expect(
      orderShare(
        stateWith((s) => (s.hardline = 0.5)),
        30,
      ),
    ).toBeCloseTo(1 - 2 ** -0.5, 1);
    expect(
      orderShare(
        stateWith((s) => (s.hardline = 0)),
        30,
      ),
    ).toBe(0);
  });

  it('orders nothing once ordered, once France is leaving, or once the junta has fallen', () => {
    const cases: ((s: NigerState) => void)[] = [
      (s) => (s.frenchTroopsOrderedOutDay = 27),
      (s) => (s.frenchTroops = 'withdrawal-announced'),
      (s) => (s.juntaFellDay = 20),
      (s) => (s.intervention = 'succeeded'),
      (s) => (s.bazoum = 'restored'),
    ];
    for (const change of cases)
      expect(
        orderShare(
          stateWith((s) => {
            s.hardline = 1;
            change(s);
          }),
          30,
          200,
        ),
      ).toBe(0);
  });

  it('records the day of the order', () => {
    const state = stateWith();
    frenchNoticeReducers['junta/order-french-troops-out'](state, { type: 'junta/order-french-troops-out' }, {
      day: 27,
      actor: 'french-notice',
    } as never);
    expect(state.frenchTroopsOrderedOutDay).toBe(27);
  });
});

describe('withOrderChance', () => {
  it("adds the order's hazard to France's own as an independent risk", () => {
    const order = dailyHazardFromMedianDays(10);
    expect(withOrderChance(0, order)).toBeCloseTo(order, 12);
    expect(withOrderChance(0.1, order)).toBeCloseTo(1 - 0.9 * (1 - order), 12);
    expect(withOrderChance(0.1, order)).toBeGreaterThan(0.1);
    expect(withOrderChance(0.1, 0)).toBeCloseTo(0.1, 15);
  });

  it('takes its default median from the class of foreign forces told to leave by Sahel juntas', () => {
    expect(params['france.orderedOutMedianDays']).toBe(parametersWith()['us.withdrawalMedianDays']);
  });
});

describe('the notice in whole runs', () => {
  it('orders the troops out only after the lapse, before any French withdrawal, and drives the withdrawal', () => {
    const params = parametersWith();
    let ordered = 0;
    let withdrawnAfterOrder = 0;
    for (let run = 0; run < 300; run++) {
      const { indicators } = runScenario(niger2023, params, { seed: 7, runIndex: run, mode: 'batch', checkInvariants: true });
      const order = indicators['french-troops-ordered-out'] ?? null;
      const announced = indicators['french-withdrawal-announced'] ?? null;
      if (order === null) continue;
      ordered++;
      expect(order).toBeGreaterThanOrEqual(params['france.noticeLapseDay']);
      if (announced !== null) {
        expect(announced).toBeGreaterThan(order);
        withdrawnAfterOrder++;
      }
    }
    expect(ordered).toBeGreaterThan(200);
    expect(withdrawnAfterOrder / ordered).toBeGreaterThan(0.9);
  });
});
