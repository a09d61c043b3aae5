import { CrisisSimError } from './crisis-sim-error.js';
import type { ParameterValue } from './parameter.js';
import type { AnyScenario } from './scenario.js';

/**
 * The horizon in days for a set of parameter values: the scenario's `horizonDays`, or what
 * its function of the parameters returns. Throws an `invalid_scenario` {@link CrisisSimError}
 * unless it is a whole number of days >= 1.
 */
export function horizonOf(scenario: AnyScenario, values: Readonly<Record<string, ParameterValue>>): number {
  const horizon = typeof scenario.horizonDays === 'number' ? scenario.horizonDays : scenario.horizonDays(values as never);
  if (!(Number.isInteger(horizon) && horizon >= 1)) {
    throw new CrisisSimError([
      {
        code: 'invalid_scenario',
        path: ['horizonDays'],
        message: `horizon must be a whole number of days >= 1, got ${horizon}`,
        value: horizon,
      },
    ]);
  }
  return horizon;
}
