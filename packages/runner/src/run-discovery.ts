import { type DiscoverOptions, type DiscoveryResult, discoverFromRecords, type RunRecord } from '@crisis-sim/engine';
import { planMonteCarlo } from '@crisis-sim/engine/internal';
import { type RunPlansOptions, runPlans } from './run-plans.js';

/**
 * `discoverScenarios` of `@crisis-sim/engine` on this machine's worker threads: the batch
 * with every prior drawn runs in blocks over the pool (see {@link runPlans}), its run records
 * come back, and PRIM runs on them here. Same result as the engine's, for any number of workers.
 */
export async function runDiscovery(options: DiscoverOptions, how: RunPlansOptions): Promise<DiscoveryResult> {
  const plan = planMonteCarlo(how.scenario, {
    runs: options.runs,
    seed: options.seed,
    uncertainty: 'priors',
    ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
  });
  const records: RunRecord[] = [];
  await runPlans([plan], {
    ...how,
    onRecords: (_, block) => {
      for (const record of block) records.push(record);
    },
  });
  // discoverFromRecords sorts by run index, so the order blocks came back in does not matter.
  return discoverFromRecords(how.scenario, records, options);
}
