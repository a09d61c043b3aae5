import fc from 'fast-check';
import type { Action } from '../action.js';
import type { ParameterSpec, ParameterValues } from '../parameter.js';
import type { Scenario } from '../scenario.js';
import { simulate } from '../simulate.js';
import { firstDifference } from './first-difference.js';
import { checkParameters, type PropertyOptions } from './property-options.js';
import { describeRunCase, runCaseArbitrary } from './run-case-arbitrary.js';

/**
 * Property: a run depends on nothing but its scenario, parameters, seed and run index.
 * Each case runs, then an unrelated run, then the first again; the two results must be
 * deep-equal. This also catches an `initialState` that hands out shared objects and
 * rules that keep state between runs.
 */
export function assertDeterministic<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  scenario: Scenario<S, P, A, O, D>,
  options: PropertyOptions<ParameterValues<P>> = {},
): void {
  const cases = runCaseArbitrary(scenario, { fixed: options.fixed });
  fc.assert(
    fc.property(cases, cases, (runCase, other) => {
      const first = simulate(scenario, runCase);
      simulate(scenario, other);
      const again = simulate(scenario, runCase);
      const difference = firstDifference(first, again);
      if (difference !== undefined) {
        throw new Error(`not deterministic: results differ at ${difference}; ${describeRunCase(scenario, runCase)}`);
      }
    }),
    checkParameters(options),
  );
}
