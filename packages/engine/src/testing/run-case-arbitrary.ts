import fc from 'fast-check';
import type { ParameterValue } from '../parameter.js';
import type { AnyScenario } from '../scenario.js';
import type { Seed } from '../seed.js';
import { type ParameterArbitraryOptions, parameterArbitrary } from './parameter-arbitrary.js';
import { seedArbitrary } from './seed-arbitrary.js';

/** Everything that identifies one run: replay it with `simulate(scenario, runCase)`. */
export interface RunCase {
  readonly seed: Seed;
  readonly runIndex: number;
  readonly parameters: Readonly<Record<string, ParameterValue>>;
}

/** Run cases over a scenario's whole parameter space (or the part left free by `fixed`). */
export function runCaseArbitrary(scenario: AnyScenario, options: ParameterArbitraryOptions = {}): fc.Arbitrary<RunCase> {
  return fc.record({
    seed: seedArbitrary(),
    runIndex: fc.nat(100_000),
    parameters: parameterArbitrary(scenario.parameters, options),
  });
}

/** The line that replays a failing case, printed with every kit failure. */
export function describeRunCase(scenario: AnyScenario, runCase: RunCase): string {
  return (
    `scenario ${scenario.id} ${scenario.version}, seed ${JSON.stringify(runCase.seed)}, run ${runCase.runIndex}, ` +
    `parameters ${JSON.stringify(runCase.parameters)}; replay with simulate(scenario, ${JSON.stringify(runCase)})`
  );
}
