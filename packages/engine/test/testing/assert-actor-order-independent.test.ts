import { describe, expect, it } from 'vitest';
import { decide, defineScenario, type Reducers, type Rule } from '../../src/index.js';
import { assertActorOrderIndependent } from '../../src/testing/index.js';
import { toyScenario } from '../fixtures/toy-scenario.js';

interface PalaceState {
  president: 'detained' | 'in-office' | 'exiled';
  restored: boolean;
}
type PalaceAction = { readonly type: 'junta/exile' } | { readonly type: 'mediator/restore' };
type PalaceRule = Rule<PalaceState, Record<string, never>, PalaceAction>;

// Both decide on the same start-of-day state: a detained president.
const junta: PalaceRule = (state, { rng }) =>
  state.president === 'detained' && rng.bernoulli(0.2) ? decide({ type: 'junta/exile' }, 'sends him abroad') : undefined;
const mediator: PalaceRule = (state, { rng }) =>
  state.president === 'detained' && rng.bernoulli(0.2) ? decide({ type: 'mediator/restore' }, 'talks succeed') : undefined;

function palace(reducers: Reducers<PalaceState, PalaceAction>, order: 'mediator-first' | 'junta-first') {
  const actors = [
    { id: 'mediator', name: 'Mediator', description: 'Restores the president.', rule: mediator },
    { id: 'junta', name: 'Junta', description: 'Exiles the president.', rule: junta },
  ];
  return defineScenario({
    id: 'palace',
    title: 'Palace',
    version: '1.0.0',
    description: 'Two same-day decisions that conflict.',
    startDate: '2025-01-01',
    horizonDays: 30,
    parameters: {},
    initialState: (): PalaceState => ({ president: 'detained', restored: false }),
    actors: order === 'mediator-first' ? actors : actors.slice().reverse(),
    reducers,
    outcomes: [{ id: 'any', label: 'Any', description: 'Every run.' }],
    outcome: () => 'any',
    invariants: [
      {
        id: 'restored-in-office',
        description: 'A restored president is in office.',
        check: (s) => (s.restored && s.president !== 'in-office' ? `restored but ${s.president}` : undefined),
      },
    ],
  });
}

const naive: Reducers<PalaceState, PalaceAction> = {
  'junta/exile': (draft) => {
    draft.president = 'exiled';
  },
  'mediator/restore': (draft) => {
    draft.president = 'in-office';
    draft.restored = true;
  },
};

const guarded: Reducers<PalaceState, PalaceAction> = {
  'junta/exile': (draft) => {
    if (draft.president !== 'detained') return; // restored earlier today: nothing to exile
    draft.president = 'exiled';
  },
  'mediator/restore': (draft) => {
    if (draft.president !== 'detained') return; // exiled earlier today: nobody to restore
    draft.president = 'in-office';
    draft.restored = true;
  },
};

describe('assertActorOrderIndependent', () => {
  it('catches a reducer that trusts its rule, in the order the run itself does not check', () => {
    // Junta first: the run's own invariant checks pass (an exile, then a restoration)...
    expect(() => assertActorOrderIndependent(palace(naive, 'junta-first'), { numRuns: 100, seed: 1 })).toThrow(
      /invariant restored-in-office broken on day \d+ when that day's decisions are applied in the order mediator, junta: restored but exiled\. Rules decide on the start-of-day state; a reducer must re-check/,
    );
    // ...and in the declared order mediator first, the run fails by itself.
    expect(() => assertActorOrderIndependent(palace(naive, 'mediator-first'), { numRuns: 100, seed: 1 })).toThrow(
      /invariant restored-in-office broken on day \d+ .*seed/,
    );
  });

  it('passes once each reducer re-checks the state it applies to', () => {
    assertActorOrderIndependent(palace(guarded, 'junta-first'), { numRuns: 100 });
    assertActorOrderIndependent(palace(guarded, 'mediator-first'), { numRuns: 100 });
  });

  it('passes on a sound scenario with schedule, dynamics and many actors', () => {
    assertActorOrderIndependent(toyScenario, { numRuns: 60 });
  });
});
