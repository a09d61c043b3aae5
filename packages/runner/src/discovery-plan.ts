import type { AnyScenario, DiscoverOptions } from '@crisis-sim/engine';
import { type MonteCarloPlan, planMonteCarlo } from '@crisis-sim/engine/internal';

/** The batch {@link runDiscovery} runs: `options.runs` runs with every parameter that has a prior drawn (those in `options.parameters` held). */
export function discoveryPlan(scenario: AnyScenario, options: DiscoverOptions): MonteCarloPlan {
  return planMonteCarlo(scenario, {
    runs: options.runs,
    seed: options.seed,
    uncertainty: 'priors',
    ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
  });
}
