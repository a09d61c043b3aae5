import type { AnyScenario, ParameterValue } from '@crisis-sim/engine';

/** The horizon in days for a set of parameter values (a scenario may make it a parameter). */
export function horizonOf(scenario: AnyScenario, values: Readonly<Record<string, ParameterValue>>): number {
  return typeof scenario.horizonDays === 'number' ? scenario.horizonDays : scenario.horizonDays(values as never);
}
