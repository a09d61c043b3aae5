import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawParameters } from '../src/draw-parameters.js';
import {
  CrisisSimError,
  defineScenario,
  deriveRunSeed,
  drawnParameterKeys,
  type ParameterConstraint,
  resolveParameters,
  runMonteCarlo,
  simulate,
} from '../src/index.js';
import { checkParameterConstraints, constraintsHold, repairOrder } from '../src/parameter-constraint.js';
import { planMonteCarlo } from '../src/plan-monte-carlo.js';
import { runParameters } from '../src/run-batch-range.js';
import { timetableParameters, timetableScenario } from './fixtures/timetable-scenario.js';

const order: ParameterConstraint = { id: 'order', ordered: ['a', 'b', 'c'], description: 'a <= b <= c' };

describe('checkParameterConstraints', () => {
  it('names both parameters and both values of each pair out of order', () => {
    const issues = checkParameterConstraints([order], { a: 5, b: 3, c: 4 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'constraint_violated', path: ['parameters', 'a'], value: { a: 5, b: 3 } });
    expect(issues[0]?.message).toBe('a must not exceed b (constraint order: a <= b <= c), got a = 5 and b = 3');
    expect(checkParameterConstraints([order], { a: 1, b: 1, c: 4 })).toEqual([]);
  });

  it('blames the key the caller set and skips pairs with a drawn key', () => {
    expect(checkParameterConstraints([order], { a: 1, b: 9, c: 4 }, { blamed: new Set(['c']) })[0]?.path).toEqual(['parameters', 'c']);
    expect(checkParameterConstraints([order], { a: 1, b: 9, c: 4 }, { free: new Set(['b']) })).toEqual([]);
  });
});

describe('repairOrder', () => {
  it('puts movable values in order without moving the others or leaving the hull of the values', () => {
    const value = fc.integer({ min: -50, max: 50 });
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (xs, moves) => {
        const keys = xs.map((_, i) => `k${i}`);
        const movable = new Set(keys.filter((_, i) => moves[i]));
        // The held values must be in order among themselves, as resolveParameters guarantees.
        const heldSorted = xs.filter((_, i) => !moves[i]).sort((a, b) => a - b);
        let h = 0;
        const values: Record<string, number> = {};
        keys.forEach((key, i) => {
          values[key] = movable.has(key) ? (xs[i] as number) : (heldSorted[h++] as number);
        });
        const before = { ...values };
        const constraint = { id: 'c', ordered: keys, description: 'ordered' };
        repairOrder(constraint, values, movable);
        expect(constraintsHold([constraint], values)).toBe(true);
        for (const key of keys) {
          if (!movable.has(key)) expect(values[key]).toBe(before[key]);
          expect(values[key]).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(values[key]).toBeLessThanOrEqual(Math.max(...xs));
        }
      }),
    );
  });
});

describe('a scenario with declared constraints', () => {
  it('is refused when a constraint names an unknown or non-numeric key, or its defaults break it', () => {
    const define = (constraints: ParameterConstraint<keyof typeof timetableParameters & string>[]) =>
      defineScenario({ ...timetableScenario, constraints });
    expect(() => define([{ id: 'x', ordered: ['talks.maxDays', 'talks.minDays'], description: 'reversed' }])).toThrow(
      /constraints\.0: the defaults break it: talks.maxDays must not exceed talks.minDays .* got talks.maxDays = 40 and talks.minDays = 10/,
    );
    expect(() => define([{ id: 'y', ordered: ['talks.minDays', 'talks.unknown' as 'talks.minDays'], description: 'typo' }])).toThrow(
      /constraint y orders talks.unknown, which is not a numeric parameter/,
    );
    expect(() => define([{ id: 'z', ordered: ['talks.minDays'], description: 'one key' }])).toThrow(/at least two parameters/);
  });

  it('refuses overrides that break a constraint, with a typed issue naming both parameters', () => {
    const resolved = resolveParameters(timetableParameters, { 'talks.maxDays': 15 }, { constraints: timetableScenario.constraints });
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    expect(resolved.issues).toEqual([
      {
        code: 'constraint_violated',
        path: ['parameters', 'talks.maxDays'],
        message:
          'talks.modeDays must not exceed talks.maxDays (constraint talks-order: a triangle needs min <= mode <= max), got talks.modeDays = 20 and talks.maxDays = 15',
        value: { 'talks.modeDays': 20, 'talks.maxDays': 15 },
      },
    ]);
    expect(() => simulate(timetableScenario, { seed: 1, parameters: { 'talks.minDays': 30 } })).toThrow(CrisisSimError);
    expect(() => planMonteCarlo(timetableScenario, { runs: 10, seed: 1, parameters: { 'talks.minDays': 30 } })).toThrow(
      /talks.minDays must not exceed talks.modeDays/,
    );
    // Valid overrides in order still resolve.
    expect(simulate(timetableScenario, { seed: 1, parameters: { 'talks.minDays': 20, 'talks.maxDays': 20 } }).outcome).toBe('concluded');
  });

  it('under priors checks only the held keys, and every run draws values in order', () => {
    // Held min 30 is above the default mode 20, but the mode is drawn: no refusal.
    const plan = planMonteCarlo(timetableScenario, { runs: 10, seed: 1, uncertainty: 'priors', parameters: { 'talks.minDays': 30 } });
    expect(plan.manifest.drawnParameters).toEqual(['talks.modeDays', 'talks.maxDays', 'talks.noise']);
    for (let run = 0; run < 200; run++) {
      const values = runParameters(timetableScenario, plan, run) as Record<string, number>;
      expect(values['talks.minDays']).toBe(30);
      expect(values['talks.minDays']).toBeLessThanOrEqual(values['talks.modeDays'] as number);
      expect(values['talks.modeDays']).toBeLessThanOrEqual(values['talks.maxDays'] as number);
    }
    // The fixture's initial state throws on a bad triangle: a whole batch runs without one.
    const summary = runMonteCarlo(timetableScenario, { runs: 2000, seed: 4, uncertainty: 'priors' });
    expect(summary.runs).toBe(2000);
  });

  it('keeps every draw that already held and redraws deterministically', () => {
    const keys = drawnParameterKeys(timetableParameters, []);
    let redrawn = 0;
    for (let run = 0; run < 500; run++) {
      const seed = deriveRunSeed(9, run);
      const free = drawParameters(timetableParameters, keys, seed);
      const kept = drawParameters(timetableParameters, keys, seed, { constraints: timetableScenario.constraints });
      expect(drawParameters(timetableParameters, keys, seed, { constraints: timetableScenario.constraints })).toEqual(kept);
      expect(constraintsHold(timetableScenario.constraints ?? [], kept)).toBe(true);
      expect(kept['talks.noise']).toBe(free['talks.noise']);
      if (constraintsHold(timetableScenario.constraints ?? [], free)) expect(kept).toEqual(free);
      else redrawn++;
    }
    // Independent uniform draws are out of order often; the test must have exercised redraws.
    expect(redrawn).toBeGreaterThan(50);
  });

  it('moves draws into order when the priors cannot agree with a held value', () => {
    // max held at 1: draws of min and mode both at 1 are too rare for 100 rounds of redraws,
    // so the fallback moves them down to the held maximum.
    const plan = planMonteCarlo(timetableScenario, { runs: 5, seed: 2, uncertainty: 'priors', parameters: { 'talks.maxDays': 1 } });
    for (let run = 0; run < 5; run++) {
      const values = runParameters(timetableScenario, plan, run) as Record<string, number>;
      expect([values['talks.minDays'], values['talks.modeDays'], values['talks.maxDays']]).toEqual([1, 1, 1]);
    }
  });
});
