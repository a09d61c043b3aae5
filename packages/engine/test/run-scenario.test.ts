import { produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { type AnyScenario, CrisisSimError, defineScenario, resolveParameters, runScenario } from '../src/index.js';
import { describeRunPosition, RUN_POSITION_SLOTS, RUN_STAGE } from '../src/run-position.js';
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
