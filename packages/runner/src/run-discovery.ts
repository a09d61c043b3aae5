import { type DiscoverOptions, type DiscoveryResult, discoverFromRecords, type RunRecord } from '@crisis-sim/engine';
import { discoveryPlan } from './discovery-plan.js';
import { type RunPlansOptions, runPlans } from './run-plans.js';

/**
 * `discoverScenarios` of `@crisis-sim/engine` on this machine's worker threads: the batch
 * with every prior drawn runs in blocks over the pool (see {@link runPlans}), its run records
 * come back, and PRIM runs on them here. Same result as the engine's, for any number of workers.
 */
export async function runDiscovery(options: DiscoverOptions, how: RunPlansOptions): Promise<DiscoveryResult> {
  const plan = discoveryPlan(how.scenario, options);
  const records: RunRecord[] = [];
  await runPlans([plan], {
    ...how,
    onRecords: (_, block) => {
      for (const record of block) records.push(record);
    },
  });
  return discoverFromRecords(how.scenario, records, options);
}
