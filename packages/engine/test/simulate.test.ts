import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { CrisisSimError, decide, defineScenario, simulate } from '../src/index.js';
import { validateSeed } from '../src/seed.js';
import { type ToyState, toyParameters, toyScenario, vandalScenario } from './fixtures/toy-scenario.js';

const seeds = fc.oneof(
  fc.nat(),
  fc.string({ minLength: 1, maxLength: 10 }).filter((seed) => validateSeed(seed).length === 0),
);
const overrides = fc.record({
  'hawk.aggression': fc.double({ min: 0, max: 1, noNaN: true }),
  'hawk.attackThreshold': fc.double({ min: 0.1, max: 1, noNaN: true }),
  'dove.patience': fc.integer({ min: 1, max: 60 }),
  'council.rule': fc.constantFrom('majority', 'consensus'),
  'law.enabled': fc.boolean(),
  horizon: fc.integer({ min: 5, max: 120 }),
});

describe('simulate', () => {
  it('is deterministic: same seed, run and parameters give deep-equal results', () => {
    fc.assert(
      fc.property(seeds, fc.nat(1000), overrides, (seed, runIndex, parameters) => {
        expect(simulate(toyScenario, { seed, runIndex, parameters })).toEqual(simulate(toyScenario, { seed, runIndex, parameters }));
      }),
      { numRuns: 100 },
    );
  });

  it('gives batch and trace modes identical results', () => {
    fc.assert(
      fc.property(seeds, fc.nat(1000), overrides, (seed, runIndex, parameters) => {
        const batch = simulate(toyScenario, { seed, runIndex, parameters, mode: 'batch' });
        const { trace, ...traced } = simulate(toyScenario, { seed, runIndex, parameters, mode: 'trace' });
        expect(traced).toEqual(batch);
        expect(trace?.snapshots.at(-1)).toEqual(batch.finalState);
      }),
      { numRuns: 100 },
    );
  });

  it('varies across run indices', () => {
    const outcomes = new Set<string>();
    const days = new Set<number | null>();
    for (let runIndex = 0; runIndex < 60; runIndex++) {
      const result = simulate(toyScenario, { seed: 1, runIndex, parameters: { 'hawk.aggression': 0.1 } });
      outcomes.add(result.outcome);
      days.add(result.indicators.attack ?? null);
    }
    expect(outcomes.size).toBeGreaterThan(1);
    expect(days.size).toBeGreaterThan(3);
  });

  it('records trace snapshots whose patches replay each day', () => {
    const result = simulate(toyScenario, { seed: 'trace', mode: 'trace', parameters: { horizon: 30 } });
    const trace = result.trace;
    expect(trace?.snapshots).toHaveLength(31);
    expect(trace?.patches).toHaveLength(30);
    trace?.patches.forEach((patches, day) => {
      expect(applyPatches(trace.snapshots[day] as ToyState, patches as never)).toEqual(trace.snapshots[day + 1]);
    });
    expect(Object.isFrozen(result.finalState)).toBe(true);
  });

  it('logs events with day, actor, action and reason, and marks indicators on their first day', () => {
    const result = simulate(toyScenario, { seed: 5, parameters: { 'hawk.aggression': 1, 'hawk.attackThreshold': 0.6 } });
    const summit = result.events.find((event) => event.action.type === 'summit/open');
    expect(summit).toMatchObject({ day: 3, actor: 'chair', reason: 'announced summit' });
    const attack = result.events.find((event) => event.action.type === 'hawk/attack');
    expect(result.indicators.attack).toBe(attack?.day ?? null);
    const sanctions = result.events.find(
      (event) => event.action.type === 'council/impose-sanctions' || event.action.type === 'law/trigger-sanctions',
    );
    expect(result.indicators.sanctions).toBe(sanctions?.day ?? null);
    for (const event of result.events) expect(event.reason.length).toBeGreaterThan(0);
    expect(result.seed).toBe('5');
  });

  it('catches a rule that mutates the state it observes, in trace mode', () => {
    try {
      simulate(vandalScenario, { seed: 1, mode: 'trace' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CrisisSimError);
      expect((error as CrisisSimError).code).toBe('scenario_fault');
      expect((error as Error).cause).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/actor vandal's rule on day 0 \(seed 1, run 0\)/);
    }
  });

  it('stops with an error naming the invariant, day, seed and run when one breaks', () => {
    const broken = defineScenario({
      ...toyScenario,
      invariants: [{ id: 'never-summit', description: 'test', check: (state) => (state.summitOpen ? 'the summit opened' : undefined) }],
    });
    let caught: unknown;
    try {
      simulate(broken, { seed: 9, runIndex: 4 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CrisisSimError);
    const issue = (caught as CrisisSimError).issues[0];
    expect(issue?.code).toBe('invariant_violated');
    expect(issue?.path).toEqual(['invariants', 'never-summit']);
    expect(issue?.message).toMatch(/day 3 .*seed 9, run 4/);
  });

  it('refuses an outcome label the scenario did not declare', () => {
    const wrong = defineScenario({ ...toyScenario, outcome: () => 'peace' as 'war' });
    expect(() => simulate(wrong, { seed: 1 })).toThrow(/not one of war, deal, standoff/);
  });

  it('refuses an action type without a reducer', () => {
    const stray = defineScenario({
      ...toyScenario,
      actors: [{ id: 'stray', name: 'Stray', description: 'x', rule: () => decide({ type: 'hawk/vanish' } as never, 'x') }],
    });
    expect(() => simulate(stray, { seed: 1 })).toThrow(/hawk\/vanish.*no reducer/);
  });

  it('rejects bad options with issues naming each field', () => {
    let caught: unknown;
    try {
      simulate(toyScenario, { seed: -1, runIndex: -2, parameters: { 'hawk.aggression': 2, bogus: 1 } });
    } catch (error) {
      caught = error;
    }
    expect((caught as CrisisSimError).issues.map((issue) => issue.path.join('.'))).toEqual([
      'seed',
      'runIndex',
      'parameters.hawk.aggression',
      'parameters.bogus',
    ]);
  });

  it('uses the parameter-dependent horizon', () => {
    const result = simulate(toyScenario, { seed: 1, parameters: { horizon: 12 } });
    expect(result.horizon).toBe(12);
    for (const event of result.events) expect(event.day).toBeLessThan(12);
    expect(Object.keys(toyParameters)).toContain('horizon');
  });
});
