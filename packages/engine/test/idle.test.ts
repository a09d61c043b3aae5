import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useGeneratedBatchLoops } from '../src/batch-days.js';
import { isIdle } from '../src/idle.js';
import { type AnyScenario, decide, defineScenario, idle, type Rule, resolveParameters, runScenario } from '../src/index.js';
import { assertBatchMatchesTrace } from '../src/testing/index.js';
import { type ToyState, toyScenario } from './fixtures/toy-scenario.js';

type Definition = Parameters<typeof defineScenario>[0];

const values = (() => {
  const resolved = resolveParameters(toyScenario.parameters, {});
  if (!resolved.ok) throw new Error('toy defaults must resolve');
  return resolved.values;
})();

/**
 * The toy scenario with a watcher that reacts to sanctions (which only reducers impose) and
 * counts its calls: idle, truthfully, until sanctions come; then it draws once and reports.
 */
function withWatcher(answer: (state: ToyState, day: number) => 'idle' | 'undefined' = () => 'idle') {
  const calls = { count: 0 };
  const watcher: Rule<ToyState, unknown, { type: 'watcher/report'; readonly strong: boolean }> = (state, { rng, day }) => {
    calls.count++;
    if (!state.sanctions || state.votes.watcher !== undefined) return answer(state, day) === 'idle' ? idle : undefined;
    return decide({ type: 'watcher/report', strong: rng.bernoulli(0.5) }, 'sanctions are in force');
  };
  const definition = {
    ...toyScenario,
    actors: [...toyScenario.actors, { id: 'watcher', name: 'Watcher', description: 'Reports on sanctions.', rule: watcher }],
    reducers: {
      ...toyScenario.reducers,
      'watcher/report': (draft: ToyState, action: { strong: boolean }) => {
        draft.votes.watcher = action.strong;
      },
    },
  } as unknown as Definition;
  return { definition, calls };
}

/** One run of `definition` in batch mode, on the generated or the generic loop, with the watcher's call count. */
function batchRun(make: () => ReturnType<typeof withWatcher>, generated: boolean, runIndex: number) {
  const { definition, calls } = make();
  const previous = useGeneratedBatchLoops(generated);
  try {
    const scenario = defineScenario(definition) as AnyScenario;
    const run = runScenario(scenario, values as never, {
      seed: 'idle',
      runIndex,
      mode: 'batch',
      checkInvariants: true,
      recordEvents: true,
    });
    return { run, calls: calls.count };
  } finally {
    useGeneratedBatchLoops(previous);
  }
}

describe('idle', () => {
  it('spares an idle rule its calls until a reducer runs, with the results of calling it every day', () => {
    let spared = 0;
    fc.assert(
      fc.property(fc.nat({ max: 5_000 }), (runIndex) => {
        const generated = batchRun(() => withWatcher(), true, runIndex);
        const generic = batchRun(() => withWatcher(), false, runIndex);
        expect(generated.run).toEqual(generic.run);
        // The generic loop calls every rule every day; the generated one skips the idle watcher.
        expect(generic.calls).toBe(generic.run.horizon);
        expect(generated.calls).toBeLessThanOrEqual(generic.calls);
        spared += generic.calls - generated.calls;
      }),
      { numRuns: 40 },
    );
    expect(spared).toBeGreaterThan(0);
  });

  it('is called again the day after any reducer ran, scheduled events included', () => {
    // Every rule but the watcher removed: the only reducer of the run is day 3's scheduled summit.
    const quiet = () => {
      const made = withWatcher();
      const definition = {
        ...made.definition,
        actors: (made.definition.actors as readonly { id: string }[]).map((actor) =>
          actor.id === 'watcher' ? actor : { ...actor, rule: undefined },
        ),
      } as unknown as Definition;
      return { definition, calls: made.calls };
    };
    // Days 0 (first call) and 3 (after the scheduled summit): two calls in all.
    expect(batchRun(quiet, true, 0).calls).toBe(2);
    expect(batchRun(quiet, false, 0).calls).toBe((values as { horizon: number }).horizon);
  });

  it('is read as no decision by trace mode, which calls every rule every day', () => {
    const { definition } = withWatcher();
    assertBatchMatchesTrace(defineScenario(definition) as AnyScenario, { numRuns: 20 });
  });

  it('returned where the answer changes with the day makes batch and trace differ, which assertBatchMatchesTrace catches', () => {
    // A false claim: idle before day 20, but from day 20 on the same state gets another answer.
    const { definition } = withWatcher();
    const lying = {
      ...definition,
      id: 'toy-lying',
      actors: [
        ...toyScenario.actors,
        {
          id: 'watcher',
          name: 'Watcher',
          description: 'Claims idle, then acts on the day alone.',
          rule: (state: ToyState, { day }: { day: number }) =>
            day < 20 ? idle : state.votes.watcher === undefined ? decide({ type: 'watcher/report', strong: true }, 'day 20') : undefined,
        },
      ],
    } as unknown as Definition;
    expect(() => assertBatchMatchesTrace(defineScenario(lying) as AnyScenario, { numRuns: 10 })).toThrow(/batch and trace modes differ/);
  });

  it("understands another copy of the engine's idle as no decision, in both loops", () => {
    const foreign = Object.freeze({ [Symbol.for('crisis-sim.idle-rule')]: true });
    expect(isIdle(foreign)).toBe(true);
    expect(isIdle(idle)).toBe(true);
    expect(isIdle({ action: { type: 'x' }, reason: 'x' })).toBe(false);
    const make = () => withWatcher();
    const withForeign = () => {
      const made = make();
      const actors = (made.definition.actors as readonly { id: string; rule?: unknown }[]).map((actor) =>
        actor.id === 'watcher' ? { ...actor, rule: (state: ToyState) => (state.sanctions ? undefined : foreign) } : actor,
      );
      return { definition: { ...made.definition, actors } as unknown as Definition, calls: made.calls };
    };
    const expected = batchRun(
      () => {
        const made = make();
        const actors = (made.definition.actors as readonly { id: string; rule?: unknown }[]).map((actor) =>
          actor.id === 'watcher' ? { ...actor, rule: () => undefined } : actor,
        );
        return { definition: { ...made.definition, actors } as unknown as Definition, calls: made.calls };
      },
      true,
      7,
    ).run;
    for (const generated of [true, false]) expect(batchRun(withForeign, generated, 7).run).toEqual(expected);
  });
});
