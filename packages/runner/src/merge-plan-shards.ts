import { CrisisSimError, type IssueCode } from '@crisis-sim/engine';
import type { PlanPart, PlansCheckpoint, SavedSummary } from './plans-checkpoint.js';

/**
 * Joins the shards of one piece of `runPlans` work (as `runPlanShard` returns them, or read
 * back with `parsePlansCheckpoint`) into the complete set of counted blocks, in block order:
 * saved as a checkpoint, `runPlans` resumes it without running anything and returns what it
 * would have computed on one machine. Refuses, with one line naming the files
 * ({@link CrisisSimError}, code `incompatible` or `missing_runs`): shards of different work
 * (fingerprints) or splits, a shard given twice, a shard that is incomplete, and a missing
 * shard. `labels` name the shards (their files) in errors.
 */
export function mergePlanShards<S extends SavedSummary>(
  shards: readonly PlansCheckpoint<S>[],
  labels: readonly string[],
): PlansCheckpoint<S> {
  const fail = (code: IssueCode, message: string): never => {
    throw new CrisisSimError([{ code, path: ['files'], message, value: labels }]);
  };
  const first = shards[0];
  if (first === undefined) return fail('invalid_option', 'no shards to merge');
  const name = (i: number) => labels[i] ?? `shard file ${i + 1}`;
  const seen = new Map<number, number>();
  shards.forEach((shard, i) => {
    if (shard.shard === undefined) fail('incompatible', `${name(i)} is not a shard (it holds all the work): nothing to merge it with`);
    if (shard.fingerprint !== first.fingerprint || shard.blocks !== first.blocks)
      fail(
        'incompatible',
        `${name(i)} and ${name(0)} are shards of different work (scenario, versions, seed, parameters, design or runs differ); merge the shards of one command`,
      );
    const { index, count } = shard.shard as NonNullable<PlansCheckpoint<S>['shard']>;
    if (count !== first.shard?.count)
      fail(
        'incompatible',
        `${name(i)} is shard ${index}/${count} but ${name(0)} is ${first.shard?.index}/${first.shard?.count}: give the shards of one split`,
      );
    const twin = seen.get(index);
    if (twin !== undefined) fail('incompatible', `${name(twin)} and ${name(i)} are both shard ${index}/${count}: give each shard once`);
    seen.set(index, i);
    if (!shard.complete)
      fail('incompatible', `${name(i)} (shard ${index}/${count}) is incomplete: finish it (rerun its command) before merging`);
  });
  const count = first.shard?.count ?? 1;
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((index) => !seen.has(index));
  if (missing.length > 0)
    fail(
      'missing_runs',
      `missing shard${missing.length === 1 ? '' : 's'} ${missing.map((index) => `${index}/${count}`).join(', ')}: merge all ${count} shards`,
    );
  const parts: PlanPart<S>[] = shards.flatMap((shard) => shard.parts);
  parts.sort((a, b) => a.plan - b.plan || a.start - b.start);
  if (parts.length !== first.blocks)
    fail('missing_runs', `the shards hold ${parts.length} of ${first.blocks} blocks: a shard file is damaged`);
  return { fingerprint: first.fingerprint, blocks: first.blocks, complete: true, parts };
}
