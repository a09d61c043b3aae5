import { createHash } from 'node:crypto';
import { CrisisSimError, type RunRecord, type Summary } from '@crisis-sim/engine';
import { type ComparisonCounts, type MonteCarloPlan, parseSummary, type Shard } from '@crisis-sim/engine/internal';
import { type FaultStep, faultPoint } from './fault-point.js';
import { readJsonFile } from './read-json-file.js';
import { unwritable } from './unwritable.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * One counted block of a set of plans: the plan's position, its run range, its summary and
 * (when asked for) its records, or, for a comparison, the block's paired counts (every arm
 * on the block's run indices, paired in the worker: `runComparison`). Read back from a file, the summary lacks its manifest
 * ({@link SavedSummary}): that is the plan's, with the block's range, and restored from the
 * plans by `restorePart` (when resumed).
 */
export interface PlanPart<S extends SavedSummary = Summary> {
  readonly plan: number;
  readonly start: number;
  readonly end: number;
  readonly summary: S;
  readonly records?: readonly RunRecord[];
  /** A comparison's block: its pairs counted (of the base's summary's run range), checked against the plan when resumed. */
  readonly pairs?: ComparisonCounts;
}

/**
 * A block's summary as saved: without its manifest, which is the plan's with the block's run
 * range. Saving a design's manifest once per block would multiply the file by ten (a
 * niger-2023 manifest lists 150 parameters).
 */
export type SavedSummary = Omit<Summary, 'manifest'>;

/**
 * The counted blocks of a set of plans (or of one shard of them), as saved in a checkpoint of
 * `runPlans` and in a shard file of `runPlanShard`: what they were counted for (the plans'
 * fingerprint and the shard) and the blocks, in block order.
 */
export interface PlansCheckpoint<S extends SavedSummary = Summary> {
  /** A hash of the plans (scenario, versions, seeds, parameters, runs of every point): different work, different fingerprint. */
  readonly fingerprint: string;
  /** The shard the blocks belong to; absent for all of them. */
  readonly shard?: Shard;
  /** Blocks planned in all (every shard), so that a merge knows when it has them all. */
  readonly blocks: number;
  /** Every selected block is counted: nothing is left to run. */
  readonly complete: boolean;
  readonly parts: readonly PlanPart<S>[];
}

/** What a plans checkpoint file starts with, to tell it from other JSON. */
export const PLANS_CHECKPOINT_KIND = 'crisis-sim-plans-checkpoint';

/** A fingerprint of a list of plans: equal for the same work, whoever plans it. */
export function plansFingerprint(plans: readonly MonteCarloPlan[]): string {
  return createHash('sha256').update(JSON.stringify(plans)).digest('hex').slice(0, 32);
}

/** Saves a plans checkpoint atomically (crash-safe: the old one or the new one, never a part). */
export async function writePlansCheckpoint(path: string, checkpoint: PlansCheckpoint<SavedSummary>, fault?: FaultStep): Promise<void> {
  try {
    await writeFileAtomic(path, plansCheckpointJson(checkpoint), fault);
  } catch (error) {
    throw unwritable(path, error);
  }
  if (fault !== undefined) faultPoint(checkpoint.complete ? 'complete-checkpoint-saved' : 'checkpoint-saved');
}

/** The JSON text of a plans checkpoint or shard file (one line), block summaries without their manifests; `header` fields go first. */
export function plansCheckpointJson(checkpoint: PlansCheckpoint<SavedSummary>, header: Readonly<Record<string, unknown>> = {}): string {
  const parts = checkpoint.parts.map((part) => ({ ...part, summary: savedSummary(part.summary) }));
  return `${JSON.stringify({ kind: PLANS_CHECKPOINT_KIND, ...header, ...checkpoint, parts })}\n`;
}

function savedSummary(summary: SavedSummary): SavedSummary {
  const { format, runs, outcomes, indicators } = summary;
  return { format, runs, outcomes, indicators };
}

/**
 * A saved block with its summary made whole again: the manifest is the plan's with the
 * block's run range (as `runBatchRange` makes it), and the result is checked as a summary.
 * Throws `incompatible` naming `path` when the saved block does not fit the plan.
 */
export function restorePart(part: PlanPart<SavedSummary>, plan: MonteCarloPlan, path: string): PlanPart {
  const saved = part.summary;
  const whole = {
    format: saved.format,
    manifest: { ...plan.manifest, ranges: [[part.start, part.end]] },
    runs: saved.runs,
    outcomes: saved.outcomes,
    indicators: saved.indicators,
  };
  let summary: Summary;
  try {
    summary = parseSummary(whole);
  } catch (error) {
    if (!(error instanceof CrisisSimError)) throw error;
    throw new CrisisSimError([
      {
        code: 'incompatible',
        path: ['checkpoint'],
        message: `${path} has a damaged block (plan ${part.plan}, runs ${part.start}-${part.end - 1}: ${error.issues[0]?.message}); delete it to start over`,
        value: path,
      },
    ]);
  }
  if (summary.runs !== part.end - part.start)
    throw new CrisisSimError([
      {
        code: 'incompatible',
        path: ['checkpoint'],
        message: `${path} has a damaged block (plan ${part.plan}: ${summary.runs} runs counted in runs ${part.start}-${part.end - 1}); delete it to start over`,
        value: path,
      },
    ]);
  return { ...part, summary };
}

/** Reads a plans checkpoint (or shard file); refused with one line naming the file if it is not one. */
export async function readPlansCheckpoint(path: string, what = 'checkpoint'): Promise<PlansCheckpoint<SavedSummary>> {
  const json = await readJsonFile(path, [what], () => `${what} ${path} is not valid JSON; delete it to start over`);
  return parsePlansCheckpoint(json, path, what);
}

/** Checks the shape of a plans checkpoint read from JSON, naming `path` when it is not one (its summaries are checked by `restorePart` (when resumed)). */
export function parsePlansCheckpoint(json: unknown, path: string, what = 'checkpoint'): PlansCheckpoint<SavedSummary> {
  const fail = (why: string): never => {
    throw new CrisisSimError([{ code: 'invalid_summary', path: [what], message: `${what} ${path} ${why}`, value: path }]);
  };
  const doc = json as Partial<Record<keyof PlansCheckpoint | 'kind', unknown>> | null;
  if (typeof doc !== 'object' || doc === null || doc.kind !== PLANS_CHECKPOINT_KIND)
    return fail('is not an analysis checkpoint or shard file (of ensemble, sweep, compare, sensitivity, discover or backtest)');
  if (typeof doc.fingerprint !== 'string' || !Number.isSafeInteger(doc.blocks) || !Array.isArray(doc.parts))
    return fail('is damaged (no fingerprint, block count or parts); delete it to start over');
  const shard = doc.shard as Shard | undefined;
  if (shard !== undefined && !(Number.isSafeInteger(shard.index) && Number.isSafeInteger(shard.count))) return fail('has a damaged shard');
  const parts = (doc.parts as unknown[]).map((entry, i): PlanPart<SavedSummary> => {
    const part = entry as Partial<Record<keyof PlanPart, unknown>> | null;
    if (
      typeof part !== 'object' ||
      part === null ||
      !Number.isSafeInteger(part.plan) ||
      !Number.isSafeInteger(part.start) ||
      !Number.isSafeInteger(part.end) ||
      typeof part.summary !== 'object' ||
      part.summary === null
    )
      return fail(`has a damaged block (entry ${i}); delete it to start over`);
    const summary = part.summary as SavedSummary;
    const records = Array.isArray(part.records) ? (part.records as RunRecord[]) : undefined;
    const pairs = typeof part.pairs === 'object' && part.pairs !== null ? (part.pairs as ComparisonCounts) : undefined;
    return {
      plan: part.plan as number,
      start: part.start as number,
      end: part.end as number,
      summary,
      ...(records === undefined ? {} : { records }),
      ...(pairs === undefined ? {} : { pairs }),
    };
  });
  return {
    fingerprint: doc.fingerprint,
    ...(shard === undefined ? {} : { shard: { index: shard.index, count: shard.count } }),
    blocks: doc.blocks as number,
    complete: doc.complete === true,
    parts,
  };
}
