import fc from 'fast-check';
import type { Action } from '../action.js';
import type { ParameterSpec, ParameterValue, ParameterValues } from '../parameter.js';
import type { AnyScenario, Scenario } from '../scenario.js';
import type { Seed } from '../seed.js';
import { parameterArbitrary } from './parameter-arbitrary.js';
import { seedArbitrary } from './seed-arbitrary.js';

/**
 * Everything that identifies one run: replay it with `simulate(scenario, runCase)`. `V` is
 * the scenario's parameter values type, so a check reads `runCase.parameters['a.key']` typed.
 */
export interface RunCase<V = Readonly<Record<string, ParameterValue>>> {
  readonly seed: Seed;
  readonly runIndex: number;
  readonly parameters: V;
}

/**
 * Run cases over a scenario's whole parameter space (or the part left free by `fixed`),
 * keeping the scenario's declared parameter constraints.
 */
export function runCaseArbitrary<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  scenario: Scenario<S, P, A, O, D>,
  options: { readonly fixed?: Readonly<Partial<ParameterValues<P>>> | undefined } = {},
): fc.Arbitrary<RunCase<ParameterValues<P>>> {
  return fc.record({
    seed: seedArbitrary(),
    runIndex: fc.nat(100_000),
    parameters: parameterArbitrary(scenario.parameters, { fixed: options.fixed, constraints: scenario.constraints }),
  });
}

/** The line that replays a failing case, printed with every kit failure. */
export function describeRunCase(scenario: AnyScenario, runCase: RunCase<unknown>): string {
  return (
    `scenario ${scenario.id} ${scenario.version}, seed ${JSON.stringify(runCase.seed)}, run ${runCase.runIndex}, ` +
    `parameters ${JSON.stringify(runCase.parameters)}; replay with simulate(scenario, ${JSON.stringify(runCase)})`
  );
}
