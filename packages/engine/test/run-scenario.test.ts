import fc from 'fast-check';
import { produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { useGeneratedBatchLoops } from '../src/batch-days.js';
import { type AnyScenario, CrisisSimError, defineScenario, resolveParameters, runScenario } from '../src/index.js';
import { describeRunPosition, RUN_POSITION_SLOTS, RUN_STAGE } from '../src/run-position.js';
import type { InvariantDefinition } from '../src/scenario.js';
import { toyScenario } from './fixtures/toy-scenario.js';

const values = (() => {
  const resolved = resolveParameters(toyScenario.parameters, {});
  if (!resolved.ok) throw new Error('toy defaults must resolve');
  return resolved.values;
})();

function faultOf(scenario: AnyScenario, runIndex = 3): CrisisSimError {
  try {
    runScenario(scenario, values as never, { seed: 'fault', runIndex, mode: 'batch', checkInvariants: true });
  } catch (error) {
    expect(error).toBeInstanceOf(CrisisSimError);
    return error as CrisisSimError;
  }
  throw new Error('expected the run to fail');
}

const boom = () => {
  throw new Error('boom');
};

// First in the file: it checks the state immer is in before any run of this file traced.
describe('runScenario and immer patches', () => {
  it('leaves immer untouched on import and in batch mode, and enables patches on the first trace', () => {
    const recipe = (draft: { n: number }) => {
      draft.n++;
    };
    runScenario(toyScenario, values as never, { seed: 1, runIndex: 0, mode: 'batch', checkInvariants: true });
    expect(() => produceWithPatches({ n: 1 }, recipe)).toThrow(/Patches/);
    const traced = runScenario(toyScenario, values as never, { seed: 1, runIndex: 0, mode: 'trace', checkInvariants: true });
    expect(traced.trace?.patches.length).toBe(traced.horizon);
    expect(produceWithPatches({ n: 1 }, recipe)[1]).toEqual([{ op: 'replace', path: ['n'], value: 2 }]);
  });
});

describe('runScenario faults in scenario code', () => {
  it('names scenario, seed, run, day and actor when a rule throws, keeping the error as cause', () => {
    const scenario = defineScenario({
      ...toyScenario,
      actors: toyScenario.actors.map((actor) =>
        actor.id === 'dove'
          ? { ...actor, rule: (_state: unknown, context: { day: number }) => (context.day === 7 ? boom() : undefined) }
          : actor,
      ),
    } as never) as AnyScenario;
    const fault = faultOf(scenario);
    expect(fault.code).toBe('scenario_fault');
    expect(fault.issues[0]?.path).toEqual(['actors', 'dove', 'rule']);
    expect(fault.message).toMatch(/scenario toy-standoff failed in actor dove's rule on day 7 \(seed fault, run 3\): Error: boom/);
    expect(fault.issues[0]?.value).toEqual({
      scenarioId: 'toy-standoff',
      seed: 'fault',
      runIndex: 3,
      day: 7,
      actor: 'dove',
      where: "actor dove's rule",
    });
    expect((fault.cause as Error).message).toBe('boom');
  });

  it('names a draw refused for a NaN probability, with its actor and day', () => {
    const scenario = defineScenario({
      ...toyScenario,
      actors: toyScenario.actors.map((actor) =>
        actor.id === 'hawk'
          ? {
              ...actor,
              rule: (_state: unknown, context: { day: number; rng: { bernoulli(p: number): boolean } }) => {
                context.rng.bernoulli(context.day === 2 ? Number.NaN : 0.5);
                return undefined;
              },
            }
          : actor,
      ),
    } as never) as AnyScenario;
    const fault = faultOf(scenario, 0);
    expect(fault.message).toMatch(/actor hawk's rule on day 2 \(seed fault, run 0\): rng\.bernoulli needs finite numbers, got p = NaN/);
  });

  it.each([
    [
      'reducer',
      { reducers: { ...toyScenario.reducers, 'summit/open': boom } },
      /a reducer applying an action of chair on day 3/,
      ['reducers'],
    ],
    ['dynamics', { dynamics: boom }, /the dynamics on day 0/, ['dynamics']],
    ['initial state', { initialState: boom }, /the initial state \(seed fault/, ['initialState']],
    ['outcome', { outcome: boom }, /the outcome classifier on day 9/, ['outcome']],
    [
      'invariant',
      { invariants: [{ id: 'throws', description: 'Throws.', check: boom }] },
      /invariant throws on day 0/,
      ['invariants', 'throws'],
    ],
    [
      'indicator',
      { indicators: [{ id: 'bad', label: 'Bad', description: 'Throws.', when: boom }] },
      /indicator bad on day 0/,
      ['indicators', 'bad'],
    ],
  ])('names the %s when it throws', (_name, change, message, path) => {
    const scenario = defineScenario({ ...toyScenario, horizonDays: 10, ...change } as never) as AnyScenario;
    const fault = faultOf(scenario);
    expect(fault.code).toBe('scenario_fault');
    expect(fault.message).toMatch(message);
    expect(fault.issues[0]?.path).toEqual(path);
  });

  it('writes where it is into a position probe, readable in words', () => {
    const probe = new Float64Array(RUN_POSITION_SLOTS);
    runScenario(toyScenario, values as never, { seed: 1, runIndex: 12, mode: 'batch', checkInvariants: true, probe });
    expect(probe[0]).toBe(12);
    expect(probe[1]).toBe((values as { horizon: number }).horizon - 1);
    expect(probe[2]).toBe(RUN_STAGE.outcome);
    expect(probe[4]).toBe(1);
    probe.set([5, 17, 1, 0, 2]);
    expect(describeRunPosition(toyScenario, probe)).toEqual({ runIndex: 5, day: 17, actor: 'dove', where: "actor dove's rule" });
  });
});

describe("invariants checked on action days only (checkedOn: 'action-days')", () => {
  type ToyInvariant = InvariantDefinition<{ sanctions: boolean; summitOpen: boolean; war: boolean; tension: number }, unknown>;
  /** Sanctions come from the council or the law, on a day that differs from run to run: each break is a reducer's doing. */
  const watches: ToyInvariant[] = [
    { id: 'no-sanctions', description: 'Broken by a decision.', check: (s) => (s.sanctions ? 'sanctions imposed' : undefined) },
    { id: 'summit-closed', description: 'Broken by the scheduled event.', check: (s) => (s.summitOpen ? 'summit open' : undefined) },
    {
      id: 'day-bound',
      description: 'Reads the day as a bound: broken by a decision, never by a day passing.',
      check: (s, { day }) => (s.war && day >= 0 ? `war by day ${day}` : undefined),
    },
  ];

  /** The run's error (or outcome) with the invariant checked daily or on action days, in the generated or the generic loop. */
  function outcome(invariant: ToyInvariant, checkedOn: 'every-day' | 'action-days', generated: boolean, runIndex: number): unknown {
    const previous = useGeneratedBatchLoops(generated);
    try {
      const scenario = defineScenario({ ...toyScenario, invariants: [{ ...invariant, checkedOn }] } as never) as AnyScenario;
      const run = runScenario(scenario, values as never, { seed: 'watch', runIndex, mode: 'batch', checkInvariants: true });
      return { outcome: run.outcome, indicators: run.indicators };
    } catch (error) {
      if (!(error instanceof CrisisSimError)) throw error;
      return { message: error.message, issues: error.issues };
    } finally {
      useGeneratedBatchLoops(previous);
    }
  }

  it('catches a state broken by a reducer on the same day, with the same message, as daily checks, in both loops', () => {
    const broken = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom(...watches), fc.nat({ max: 10_000 }), fc.boolean(), (invariant, runIndex, generated) => {
        const daily = outcome(invariant, 'every-day', generated, runIndex);
        expect(outcome(invariant, 'action-days', generated, runIndex)).toEqual(daily);
        if ('message' in (daily as object)) broken.add(invariant.id);
      }),
      { numRuns: 60 },
    );
    // The property is not vacuous: each kind of break did happen.
    expect([...broken].sort()).toEqual(['day-bound', 'no-sanctions', 'summit-closed']);
  });

  it('checks day 0 even without actions, so a broken initial state fails on day 0', () => {
    const initial: ToyInvariant = {
      id: 'initial',
      description: 'Broken from the start.',
      check: (s) => (s.tension > 0 ? 'tense' : undefined),
    };
    for (const generated of [true, false]) {
      expect(outcome(initial, 'action-days', generated, 0)).toMatchObject({
        message: expect.stringMatching(/invariant initial broken on day 0 /),
      });
    }
  });

  it('skips the days without actions: an invariant on what the dynamics move must stay every-day', () => {
    // With no rule left, day 3's scheduled summit is the only action; the dynamics alone bring
    // tension below 0.45 later on, which only the daily check sees.
    const quiet = defineScenario({
      ...toyScenario,
      actors: toyScenario.actors.map(({ rule: _rule, ...actor }) => actor),
      invariants: [],
    } as never) as AnyScenario;
    const check = (s: { tension: number }, { day }: { day: number }) => (s.tension < 0.45 ? `tension low on day ${day}` : undefined);
    const run = (checkedOn: 'every-day' | 'action-days') => {
      const scenario = defineScenario({
        ...quiet,
        invariants: [{ id: 'calm', description: 'Tension stays up.', check, checkedOn }],
      } as never);
      try {
        return runScenario(scenario as AnyScenario, values as never, { seed: 'quiet', runIndex: 0, mode: 'batch', checkInvariants: true })
          .outcome;
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(run('every-day')).toMatch(/invariant calm broken on day (\d+)/);
    expect(run('action-days')).toBe('standoff');
  });

  it('is refused with any other value', () => {
    expect(() =>
      defineScenario({ ...toyScenario, invariants: [{ id: 'x', description: 'x', check: () => undefined, checkedOn: 'weekly' }] } as never),
    ).toThrow('scenario definition invariants.0.checkedOn: must be "every-day" or "action-days", got "weekly"');
  });
});
