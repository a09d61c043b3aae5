import { describe, expect, it, vi } from 'vitest';
import { type BatchSupport, compileBatchDays, useGeneratedBatchLoops } from '../src/batch-days.js';
import { type AnyScenario, CrisisSimError, defineScenario, resolveParameters, reusableDecision, runScenario } from '../src/index.js';
import { RUN_POSITION_SLOTS } from '../src/run-position.js';
import { toyScenario } from './fixtures/toy-scenario.js';

type Definition = Parameters<typeof defineScenario>[0];

/** The same scenario twice: once with its generated batch loop, once forced onto the generic loop. */
function bothLoops(definition: Definition): { generated: AnyScenario; generic: AnyScenario } {
  const generated = defineScenario(definition) as AnyScenario;
  const generic = defineScenario(definition) as AnyScenario;
  const values = defaults(generated);
  // Scenarios are compiled on their first run (which may fail: these scenarios may be faulty),
  // so each is run once under the setting it is to keep.
  const compile = (scenario: AnyScenario) =>
    outcomeOf(() => runScenario(scenario, values as never, { seed: 0, runIndex: 0, mode: 'batch', checkInvariants: false }));
  compile(generated);
  const previous = useGeneratedBatchLoops(false);
  try {
    compile(generic);
  } finally {
    useGeneratedBatchLoops(previous);
  }
  return { generated, generic };
}

function defaults(scenario: AnyScenario, overrides: Record<string, unknown> = {}) {
  const resolved = resolveParameters(scenario.parameters, overrides);
  if (!resolved.ok) throw new Error('parameters must resolve');
  return resolved.values;
}

/** The toy scenario plus an actor acting every day through a reusable decision, which the event log must copy. */
const drifter = {
  ...toyScenario,
  actors: [
    ...toyScenario.actors,
    {
      id: 'drifter',
      name: 'Drifter',
      description: 'Nudges tension every day.',
      rule: (() => {
        const nudge = reusableDecision({ type: 'drifter/nudge', amount: 0 }, 'daily nudge');
        return (_state: unknown, { rng }: { rng: { uniform(min: number, max: number): number } }) => {
          nudge.action.amount = rng.uniform(-0.01, 0.01);
          return nudge;
        };
      })(),
    },
  ],
  reducers: {
    ...toyScenario.reducers,
    'drifter/nudge': (draft: { tension: number }, action: { amount: number }) => {
      draft.tension = Math.min(1, Math.max(0, draft.tension + action.amount));
    },
  },
} as unknown as Definition;

const { 'dove/talk': _talk, ...withoutTalk } = toyScenario.reducers as Record<string, unknown>;

function outcomeOf(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof CrisisSimError)) throw error;
    return { code: error.code, issues: error.issues, cause: String((error as { cause?: unknown }).cause) };
  }
}

describe('compileBatchDays', () => {
  it('gives the generic loop’s results, event logs and position probes, run for run', () => {
    const { generated, generic } = bothLoops(drifter);
    for (const overrides of [{}, { 'council.rule': 'consensus', 'hawk.aggression': 0.3 }]) {
      const values = defaults(generated, overrides);
      for (let runIndex = 0; runIndex < 60; runIndex++) {
        for (const recordEvents of [false, true]) {
          const options = { seed: 'loops', runIndex, mode: 'batch', checkInvariants: true, recordEvents } as const;
          const probes = [new Float64Array(RUN_POSITION_SLOTS), new Float64Array(RUN_POSITION_SLOTS)] as const;
          const fast = runScenario(generated, values as never, { ...options, probe: probes[0] });
          const slow = runScenario(generic, values as never, { ...options, probe: probes[1] });
          expect(fast).toEqual(slow);
          expect([...probes[0]]).toEqual([...probes[1]]);
        }
      }
    }
  });

  it.each([
    ['a rule', { actors: toyScenario.actors.map((a) => (a.id === 'dove' ? { ...a, rule: boomOn(7) } : a)) }],
    ['a reducer', { reducers: { ...toyScenario.reducers, 'summit/open': boomOn(-1) } }],
    ['the dynamics', { dynamics: boomOn(-1) }],
    ['an invariant', { invariants: [{ id: 'throws', description: 'Throws.', check: boomOn(-1) }] }],
    ['a broken invariant', { invariants: [{ id: 'broken', description: 'Always broken.', check: () => 'never holds' }] }],
    ['an indicator', { indicators: [{ id: 'bad', label: 'Bad', description: 'Throws.', when: boomOn(-1) }] }],
    ['an unknown action type', { reducers: withoutTalk }],
  ])('fails in %s with the generic loop’s error, position and probe', (_name, change) => {
    const { generated, generic } = bothLoops({ ...toyScenario, horizonDays: 12, ...change } as unknown as Definition);
    const values = defaults(generated);
    for (const runIndex of [0, 1, 2, 3]) {
      const probes = [new Float64Array(RUN_POSITION_SLOTS), new Float64Array(RUN_POSITION_SLOTS)] as const;
      const options = { seed: 'fault', runIndex, mode: 'batch', checkInvariants: true } as const;
      const fast = outcomeOf(() => runScenario(generated, values as never, { ...options, probe: probes[0] }));
      const slow = outcomeOf(() => runScenario(generic, values as never, { ...options, probe: probes[1] }));
      expect(fast).toEqual(slow);
      expect([...probes[0]]).toEqual([...probes[1]]);
    }
  });

  it('writes a loop for an ordinary scenario and leaves one with too many call sites to the generic loop', () => {
    const support = {} as BatchSupport;
    const code = (rules: number) => ({
      rules: Array.from({ length: rules }, () => () => undefined),
      reducers: [],
      dynamics: undefined,
      invariants: [],
      stateIndicators: [],
      whens: [],
    });
    expect(compileBatchDays(code(30), support)).toBeTypeOf('function');
    expect(compileBatchDays(code(401), support)).toBeUndefined();
  });

  it('leaves the scenario to the generic loop where the host forbids generating code', () => {
    const code = { rules: [], reducers: [], dynamics: undefined, invariants: [], stateIndicators: [], whens: [] };
    // What `node --disallow-code-generation-from-strings` or a content security policy does.
    vi.stubGlobal('Function', function refused() {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    try {
      expect(compileBatchDays(code, {} as BatchSupport)).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(compileBatchDays(code, {} as BatchSupport)).toBeTypeOf('function');
  });
});

/** A function that throws from the given day on (or always, for -1), reading the day from its second argument if it has one. */
function boomOn(day: number) {
  return (_first: unknown, second?: unknown) => {
    const today = (second as { day?: number } | undefined)?.day ?? 0;
    if (day < 0 || today >= day) throw new Error(`boom on day ${today}`);
    return undefined;
  };
}
