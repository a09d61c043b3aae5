import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivedValues } from '../src/derived-values.js';
import { CrisisSimError, decide, defineScenario, type ParameterValues, param, runScenario, simulate } from '../src/index.js';

const parameters = {
  'rate.yearly': param.number({
    default: 0.5,
    min: 0,
    max: 5,
    unit: 'events per year',
    description: 'Yearly rate of a clash.',
    source: { assumption: 'test fixture' },
  }),
  'clash.weight': param.number({
    default: 2,
    min: 0,
    max: 10,
    unit: 'tension per clash',
    description: 'Tension a clash adds.',
    source: { assumption: 'test fixture' },
  }),
};
type Params = ParameterValues<typeof parameters>;

interface State {
  tension: number;
  clashes: number;
}
type Clash = { readonly type: 'clash'; readonly size: number };
type Outcome = 'calm' | 'tense';

/** What the scenario derives: the daily hazard and the weight per clash, as a model would. */
interface Derived {
  readonly dailyHazard: number;
  readonly weight: number;
}
const derive = (params: Params): Derived => ({
  dailyHazard: 1 - Math.exp(-params['rate.yearly'] / 365),
  weight: params['clash.weight'] / 10,
});

/**
 * `withDerive` reads `context.derived` in its rule, reducer, dynamics and invariant;
 * `withoutDerive` is a scenario that declares no `derive`.
 */
function scenarios(onDerive: () => void = () => {}) {
  const common = {
    id: 'derived-toy',
    title: 'Derived toy',
    version: '1.0.0',
    description: 'Two sides that clash at a yearly rate.',
    startDate: '2024-01-01',
    horizonDays: 90,
    parameters,
    initialState: (): State => ({ tension: 0, clashes: 0 }),
    outcomes: [
      { id: 'calm' as const, label: 'Calm', description: 'Tension stayed below 1.' },
      { id: 'tense' as const, label: 'Tense', description: 'Tension reached 1.' },
    ],
    outcome: (state: { readonly tension: number }): Outcome => (state.tension >= 1 ? 'tense' : 'calm'),
  };
  const withDerive = defineScenario<State, typeof parameters, Clash, Outcome, Derived>({
    ...common,
    // Annotated, so that its result type is inferred before the rules that read it.
    derive: (params: Params): Derived => {
      onDerive();
      return derive(params);
    },
    actors: ['a', 'b'].map((id) => ({
      id,
      name: id,
      description: 'a side',
      rule: (_state, { rng, derived }) =>
        rng.next() < derived.dailyHazard * 20 ? decide({ type: 'clash', size: rng.next() }, 'a clash') : undefined,
    })),
    reducers: {
      clash: (draft, action, { derived }) => {
        draft.tension += action.size * derived.weight;
        draft.clashes++;
      },
    },
    dynamics: (draft, { derived }) => {
      draft.tension *= 1 - derived.dailyHazard;
    },
    invariants: [
      {
        id: 'tension-bounded',
        description: 'Tension never exceeds the clashes times their weight.',
        check: (state, { derived }) => (state.tension <= state.clashes * derived.weight + 1e-12 ? undefined : 'tension too high'),
      },
    ],
  });
  const withoutDerive = defineScenario<State, typeof parameters, Clash, Outcome>({
    ...common,
    actors: ['a', 'b'].map((id) => ({
      id,
      name: id,
      description: 'a side',
      rule: (_state, { rng, params }) =>
        rng.next() < derive(params).dailyHazard * 20 ? decide({ type: 'clash', size: rng.next() }, 'a clash') : undefined,
    })),
    reducers: {
      clash: (draft, action) => {
        draft.tension += action.size;
        draft.clashes++;
      },
    },
  });
  return { withDerive, withoutDerive };
}

const parameterSets = fc.record({
  'rate.yearly': fc.double({ min: 0, max: 5, noNaN: true }),
  'clash.weight': fc.double({ min: 0, max: 10, noNaN: true }),
});

describe('derive', () => {
  it('is computed once per parameter set on a thread, whatever the number of runs', () => {
    fc.assert(
      fc.property(fc.array(parameterSets, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 6 }), (sets, runs) => {
        let calls = 0;
        const { withDerive } = scenarios(() => calls++);
        for (let run = 0; run < runs; run++) {
          // A fresh, unfrozen object per run: the cache must go by the values, not the object.
          for (const set of sets) runScenario(withDerive, { ...set }, { seed: 1, runIndex: run, mode: 'batch', checkInvariants: true });
        }
        const distinct = new Set(sets.map((set) => JSON.stringify([set['rate.yearly'], set['clash.weight']]))).size;
        expect(calls).toBe(distinct);
      }),
      { numRuns: 30 },
    );
  });

  it('is computed once per frozen parameter object, as the batch drivers pass one to every run of a set', () => {
    fc.assert(
      fc.property(fc.array(parameterSets, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 6 }), (sets, runs) => {
        let calls = 0;
        const { withDerive } = scenarios(() => calls++);
        const frozen = sets.map((set) => Object.freeze({ ...set }));
        for (let run = 0; run < runs; run++) {
          for (const set of frozen) runScenario(withDerive, set, { seed: 1, runIndex: run, mode: 'batch', checkInvariants: true });
        }
        expect(calls).toBe(frozen.length);
      }),
      { numRuns: 30 },
    );
  });

  it('gives results identical to computing the same values from the parameters in place', () => {
    const { withDerive } = scenarios();
    // The reference: the same rule, reducer, dynamics and invariant, written on params.
    const { derive: _unused, ...withoutDeriveFunction } = withDerive;
    const reference = defineScenario<State, typeof parameters, Clash, Outcome>({
      ...withoutDeriveFunction,
      actors: withDerive.actors.map((actor) => ({
        ...actor,
        rule: (state, context) => actor.rule?.(state, { ...context, derived: derive(context.params) }),
      })),
      reducers: {
        clash: (draft, action, event) => withDerive.reducers.clash(draft, action, { ...event, derived: derive(referenceParams) }),
      },
      dynamics: (draft, context) => withDerive.dynamics?.(draft, { ...context, derived: derive(context.params) }),
      invariants: [],
    });
    let referenceParams: Params = { 'rate.yearly': 0, 'clash.weight': 0 };
    fc.assert(
      fc.property(
        parameterSets,
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('batch' as const, 'trace' as const),
        (set, runIndex, mode) => {
          referenceParams = set;
          const derived = simulate(withDerive, { seed: 7, runIndex, parameters: set, mode, checkInvariants: true });
          const computed = simulate(reference, { seed: 7, runIndex, parameters: set, mode, checkInvariants: false });
          expect(JSON.stringify(derived)).toBe(JSON.stringify(computed));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('hands the same derived object to rules, reducers, dynamics and invariants', () => {
    const seen = new Set<unknown>();
    const scenario = defineScenario<State, typeof parameters, Clash, Outcome, Derived>({
      ...scenarios().withDerive,
      actors: [
        {
          id: 'a',
          name: 'a',
          description: 'a side',
          rule: (_s, { derived }) => {
            seen.add(derived);
            return decide({ type: 'clash', size: 0.1 }, 'always');
          },
        },
      ],
      reducers: { clash: (_draft, _action, { derived }) => void seen.add(derived) },
      dynamics: (_draft, { derived }) => void seen.add(derived),
      invariants: [{ id: 'seen', description: 'records the derived object', check: (_s, { derived }) => void seen.add(derived) }],
    });
    simulate(scenario, { seed: 1, parameters: { 'rate.yearly': 1, 'clash.weight': 3 }, mode: 'trace', checkInvariants: true });
    expect([...seen]).toEqual([derive({ 'rate.yearly': 1, 'clash.weight': 3 })]);
  });

  it('is undefined for a scenario without derive', () => {
    const { withoutDerive } = scenarios();
    expect(derivedValues(withoutDerive, { 'rate.yearly': 1, 'clash.weight': 1 })).toBeUndefined();
  });

  it('reports a derive that throws as a scenario fault naming derive', () => {
    const scenario = defineScenario<State, typeof parameters, Clash, Outcome, Derived>({
      ...scenarios().withDerive,
      derive: () => {
        throw new Error('no table for this rate');
      },
    });
    try {
      runScenario(scenario, { 'rate.yearly': 1, 'clash.weight': 1 }, { seed: 1, runIndex: 2, mode: 'batch', checkInvariants: false });
      expect.unreachable('derive threw');
    } catch (error) {
      expect(error).toBeInstanceOf(CrisisSimError);
      expect((error as CrisisSimError).issues[0]).toMatchObject({ code: 'scenario_fault', path: ['derive'] });
      expect((error as CrisisSimError).message).toContain('failed in derive (seed 1, run 2): Error: no table for this rate');
    }
  });

  it('refuses a derive that is not a function', () => {
    expect(() => defineScenario({ ...scenarios().withDerive, derive: 3 as never })).toThrow(/derive: must be a function|derive/);
  });
});
