import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, defineScenario, param, type Rule, reusableDecision, runScenario } from '../src/index.js';

interface Ledger {
  level: number;
  log: { type: string; amount: number }[];
  shocks: number;
}
type LedgerAction = { readonly type: 'nudge'; readonly amount: number } | { readonly type: 'shock'; readonly amount: number };
type LedgerRule = Rule<Ledger, { readonly p: number }, LedgerAction>;

/** The same rule written both ways: a new decision per call, or one reusable decision per type. */
function freshRule(): LedgerRule {
  return (state, { rng, params }) => {
    const amount = rng.next();
    if (rng.next() < params.p) return decide({ type: 'shock', amount }, 'a shock');
    return state.level > 5 ? undefined : decide({ type: 'nudge', amount: amount / 10 }, 'a nudge');
  };
}

function reusingRule(): LedgerRule {
  const shock = reusableDecision({ type: 'shock', amount: 0 }, 'a shock');
  const nudge = reusableDecision({ type: 'nudge', amount: 0 }, 'a nudge');
  return (state, { rng, params }) => {
    const amount = rng.next();
    if (rng.next() < params.p) {
      shock.action.amount = amount;
      return shock;
    }
    if (state.level > 5) return undefined;
    nudge.action.amount = amount / 10;
    return nudge;
  };
}

function ledgerScenario(rule: () => LedgerRule) {
  return defineScenario({
    id: 'ledger',
    title: 'Ledger',
    version: '1.0.0',
    description: 'Two actors nudge a level; shocks are kept in a log in the state.',
    startDate: '2024-01-01',
    horizonDays: 40,
    parameters: {
      p: param.number({ default: 0.1, min: 0, max: 1, unit: 'per day', description: 'Shock chance.', source: { assumption: 'test' } }),
    },
    initialState: (): Ledger => ({ level: 0, log: [], shocks: 0 }),
    actors: ['a', 'b'].map((id) => ({ id, name: id, description: 'test actor', rule: rule() })),
    reducers: {
      nudge: (draft, action) => {
        draft.level += action.amount;
      },
      // Keeps the action object itself in the state: what a reusable decision's copies protect.
      shock: (draft, action) => {
        draft.log.push(action);
        draft.shocks++;
      },
    },
    outcomes: [
      { id: 'calm', label: 'Calm', description: 'Fewer than three shocks.' },
      { id: 'shaken', label: 'Shaken', description: 'Three shocks or more.' },
    ],
    outcome: (state) => (state.shocks >= 3 ? 'shaken' : 'calm'),
    indicators: [{ id: 'first-shock', label: 'First shock', description: 'Day of the first shock.', on: ['shock'] }],
  });
}

const fresh = ledgerScenario(freshRule);
const reusing = ledgerScenario(reusingRule);

describe('reusableDecision', () => {
  it('gives the results of fresh decisions in trace mode, and events and snapshots that stay as they were', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 }), fc.integer({ min: 0, max: 10_000 }), (seed, runIndex) => {
        const options = { seed, runIndex, mode: 'trace', checkInvariants: true } as const;
        const expected = runScenario(fresh, { p: 0.1 }, options);
        const actual = runScenario(reusing, { p: 0.1 }, options);
        // Later runs refill the same decision objects: what this run returned must not change.
        runScenario(reusing, { p: 0.1 }, { ...options, runIndex: runIndex + 1 });
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 40 },
    );
  });

  it('gives the results of fresh decisions in batch mode, with and without the event log', () => {
    for (const recordEvents of [true, false]) {
      for (let runIndex = 0; runIndex < 30; runIndex++) {
        const options = { seed: 'same', runIndex, mode: 'batch', checkInvariants: true, recordEvents } as const;
        const expected = runScenario(fresh, { p: 0.2 }, options);
        const actual = runScenario(reusing, { p: 0.2 }, options);
        expect(actual.outcome).toBe(expected.outcome);
        expect(actual.indicators).toEqual(expected.indicators);
        expect(actual.finalState.level).toBe(expected.finalState.level);
        expect(actual.events).toEqual(expected.events);
      }
    }
  });

  it('logs a copy of the action, so that refilling the decision leaves the log as it was', () => {
    const run = runScenario(reusing, { p: 0.5 }, { seed: 3, runIndex: 0, mode: 'batch', checkInvariants: true });
    const shocks = run.events.filter((event) => event.action.type === 'shock');
    expect(shocks.length).toBeGreaterThan(1);
    expect(new Set(shocks.map((event) => event.action)).size).toBe(shocks.length);
    expect(new Set(shocks.map((event) => event.action.amount)).size).toBe(shocks.length);
  });

  it('is a decision like any other, whose action (the object given) the rule may rewrite', () => {
    const decision = reusableDecision({ type: 'nudge', amount: 0 }, 'a nudge');
    expect(decision).toEqual(decide({ type: 'nudge', amount: 0 }, 'a nudge'));
    expect(Object.keys(decision)).toEqual(['action', 'reason']);
    decision.action.amount = 2;
    decision.reason = 'a bigger nudge';
    expect(decision).toEqual(decide({ type: 'nudge', amount: 2 }, 'a bigger nudge'));
  });
});
