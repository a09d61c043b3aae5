/**
 * The kit carries a scenario's own types into its callbacks: `check` sees the final state,
 * outcome and parameters as the scenario declares them. Checked by `tsc` (the type tests) and
 * run by vitest (the values).
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { assertDeterministic, assertScenarioInvariants, parameterArbitrary, runCaseArbitrary } from '../../src/testing/index.js';
import { type ToyState, toyParameters, toyScenario } from '../fixtures/toy-scenario.js';

describe('typed testing kit', () => {
  it("types check's final state, outcome and parameters by the scenario", () => {
    let checked = 0;
    assertScenarioInvariants(toyScenario, {
      numRuns: 10,
      fixed: { 'council.rule': 'consensus' },
      check: (result, runCase) => {
        expectTypeOf(result.finalState.tension).toEqualTypeOf<number>();
        expectTypeOf(result.finalState).toMatchTypeOf<Readonly<ToyState>>();
        expectTypeOf(result.outcome).toEqualTypeOf<'war' | 'deal' | 'standoff'>();
        expectTypeOf(runCase.parameters['hawk.aggression']).toEqualTypeOf<number>();
        expectTypeOf(runCase.parameters['council.rule']).toEqualTypeOf<'consensus' | 'majority'>();
        expect(runCase.parameters['council.rule']).toBe('consensus');
        expect(typeof result.finalState.tension).toBe('number');
        checked++;
      },
    });
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('types fixed values by the parameters and refuses unknown keys and wrong types', () => {
    // Never called: only compiled, so that tsc proves these calls are refused.
    const refused = () => {
      // @ts-expect-error: no such parameter
      assertDeterministic(toyScenario, { numRuns: 1, fixed: { 'hawk.agression': 0.5 } });
      // @ts-expect-error: a number parameter takes a number
      assertDeterministic(toyScenario, { numRuns: 1, fixed: { 'hawk.aggression': 'high' } });
    };
    expect(typeof refused).toBe('function');
    assertDeterministic(toyScenario, { numRuns: 1, fixed: { 'hawk.aggression': 0.5 } });
  });

  it('types arbitraries by the scenario', () => {
    const [values] = fc.sample(parameterArbitrary(toyParameters), { numRuns: 1, seed: 1 });
    const [runCase] = fc.sample(runCaseArbitrary(toyScenario), { numRuns: 1, seed: 1 });
    expectTypeOf(values?.['dove.patience']).toEqualTypeOf<number | undefined>();
    expectTypeOf(runCase?.parameters['council.rule']).toEqualTypeOf<'consensus' | 'majority' | undefined>();
    expect(['consensus', 'majority']).toContain(runCase?.parameters['council.rule']);
  });
});
