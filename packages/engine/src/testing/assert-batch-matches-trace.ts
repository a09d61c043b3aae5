import fc from 'fast-check';
import type { Action } from '../action.js';
import type { ParameterSpec, ParameterValues } from '../parameter.js';
import type { Scenario } from '../scenario.js';
import { simulate } from '../simulate.js';
import { firstDifference } from './first-difference.js';
import { checkParameters, type PropertyOptions } from './property-options.js';
import { describeRunCase, runCaseArbitrary } from './run-case-arbitrary.js';

/**
 * Property: batch mode (recipes on a mutable working copy) and trace mode (the same
 * recipes under immer, state frozen) give identical results. A rule that mutates the state
 * it observes fails here too, because trace mode freezes it.
 */
export function assertBatchMatchesTrace<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  scenario: Scenario<S, P, A, O, D>,
  options: PropertyOptions<ParameterValues<P>> = {},
): void {
  fc.assert(
    fc.property(runCaseArbitrary(scenario, { fixed: options.fixed }), (runCase) => {
      const batch = simulate(scenario, { ...runCase, mode: 'batch' });
      let traced: ReturnType<typeof simulate>;
      try {
        traced = simulate(scenario, { ...runCase, mode: 'trace' });
      } catch (error) {
        throw new Error(`trace mode failed (${String(error)}); ${describeRunCase(scenario, runCase)}`);
      }
      const { trace, ...withoutTrace } = traced;
      const difference = firstDifference(batch, withoutTrace) ?? firstDifference(batch.finalState, trace?.snapshots.at(-1));
      if (difference !== undefined) {
        throw new Error(`batch and trace modes differ at ${difference}; ${describeRunCase(scenario, runCase)}`);
      }
    }),
    checkParameters(options),
  );
}
