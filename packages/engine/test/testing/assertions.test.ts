import { describe, expect, it } from 'vitest';
import { defineScenario } from '../../src/index.js';
import { assertBatchMatchesTrace, assertDeterministic, assertScenarioInvariants } from '../../src/testing/index.js';
import { type ToyState, toyScenario, vandalScenario } from '../fixtures/toy-scenario.js';

describe('the testing kit on a sound scenario', () => {
  it('passes all three assertions', () => {
    assertScenarioInvariants(toyScenario, { numRuns: 100 });
    assertDeterministic(toyScenario, { numRuns: 50 });
    assertBatchMatchesTrace(toyScenario, { numRuns: 50 });
  });

  it('runs the extra check on every result', () => {
    let calls = 0;
    assertScenarioInvariants(toyScenario, {
      numRuns: 20,
      check: () => {
        calls++;
      },
    });
    expect(calls).toBeGreaterThanOrEqual(20);
  });
});

describe('the testing kit on broken scenarios', () => {
  it('reports an invariant that breaks in part of the parameter space, with a replayable case', () => {
    const fragile = defineScenario({
      ...toyScenario,
      invariants: [
        {
          id: 'no-consensus-sanctions',
          description: 'x',
          check: (s, { params }) => (s.sanctions && params['council.rule'] === 'consensus' ? 'sanctions under consensus' : undefined),
        },
      ],
    });
    expect(() => assertScenarioInvariants(fragile, { numRuns: 300, seed: 3 })).toThrow(
      /no-consensus-sanctions[\s\S]*seed .*run \d+.*parameters \{.*"council.rule":"consensus"/,
    );
  });

  it('reports a failed extra check with the case that replays it', () => {
    expect(() =>
      assertScenarioInvariants(toyScenario, {
        numRuns: 200,
        seed: 5,
        check: (result) => {
          if (result.outcome === 'war') throw new Error('war happened');
        },
      }),
    ).toThrow(/war happened; scenario toy-standoff 1.0.0, seed/);
  });

  it('reports NaN in the final state', () => {
    const nan = defineScenario({
      ...toyScenario,
      dynamics: (draft) => {
        draft.talks = Number.NaN;
      },
    });
    expect(() => assertScenarioInvariants(nan, { numRuns: 5 })).toThrow(/finalState.talks is NaN/);
  });

  it('catches an initial state shared between runs', () => {
    const shared: ToyState = { tension: 0.5, talks: 0, summitOpen: false, sanctions: false, war: false, deal: false, votes: {} };
    const leaky = defineScenario({ ...toyScenario, initialState: () => shared });
    expect(() => assertDeterministic(leaky, { numRuns: 20 })).toThrow(/not deterministic/);
  });

  it('catches a rule that mutates what it observes', () => {
    expect(() => assertBatchMatchesTrace(vandalScenario, { numRuns: 5 })).toThrow(/trace mode failed/);
  });
});
