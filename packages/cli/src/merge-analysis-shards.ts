import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  mergePlanShards,
  PLANS_CHECKPOINT_KIND,
  type PlansCheckpoint,
  parsePlansCheckpoint,
  type SavedSummary,
  unreadable,
  writePlansCheckpoint,
} from '@crisis-sim/runner';
import type { CommandContext } from './command-spec.js';
import { usageError } from './usage-error.js';
import type { AnalysisShardHeader } from './write-analysis-shard.js';

/** Merge's own options that apply to analysis shards. */
export interface MergeAnalysisOptions {
  readonly out: string | undefined;
  readonly format: string | undefined;
  readonly quiet: boolean;
  readonly allowPartial: boolean;
}

/**
 * Joins the shard files of one analysis command (written with --shard k/n) into the output
 * the command gives unsharded, byte for byte: the shards' counted blocks are checked (same
 * command and work, each shard once, none missing: see `mergePlanShards`) and saved as a
 * complete checkpoint, and the command is run again on it, which counts them without
 * running anything and writes its output as usual. Returns false, having done nothing, when
 * the first file is not an analysis shard (a run summary, for `mergeSummaryFiles`).
 */
export async function mergeAnalysisShards(
  files: readonly string[],
  options: MergeAnalysisOptions,
  context: CommandContext,
): Promise<boolean> {
  const read = async (file: string): Promise<unknown> => {
    let text: string;
    try {
      text = await readFile(resolve(context.io.cwd, file), 'utf8');
    } catch (error) {
      throw unreadable(file, error);
    }
    try {
      return JSON.parse(text);
    } catch {
      return undefined; // not ours: refused below, or (the first file) left to the summary merge
    }
  };
  const head = await read(files[0] as string);
  if ((head as { kind?: unknown } | undefined)?.kind !== PLANS_CHECKPOINT_KIND) return false;
  if (options.allowPartial)
    throw usageError('--allow-partial applies to run summaries; an analysis needs every shard', true, 'invalid_argument');
  const documents = [head, ...(await Promise.all(files.slice(1).map(read)))];
  const shards: PlansCheckpoint<SavedSummary>[] = documents.map((json, i) => parsePlansCheckpoint(json, files[i] as string, 'shard file'));
  const headers = documents.map((json) => json as Partial<AnalysisShardHeader>);
  const first = headers[0];
  const command = first?.command;
  if (!Array.isArray(command) || command[0] !== 'crisis-sim' || typeof first?.format !== 'string')
    throw usageError(`${files[0]} is an analysis checkpoint, not a shard file written with --shard k/n: nothing to merge`, files[0]);
  headers.forEach((header, i) => {
    if (JSON.stringify(header.command) !== JSON.stringify(command))
      throw usageError(
        `${files[i]} and ${files[0]} are shards of different commands (their "command" fields differ): merge the shards of one command`,
        files[i],
        'incompatible',
      );
  });
  const merged = mergePlanShards(shards, files);
  const directory = await mkdtemp(join(tmpdir(), 'crisis-sim-merge-'));
  try {
    const checkpoint = join(directory, 'merged.ckpt');
    await writePlansCheckpoint(checkpoint, merged);
    const words = [...command.slice(1), '--checkpoint', checkpoint, '--format', options.format ?? first.format];
    if (options.out !== undefined) words.push('--out', options.out);
    if (options.quiet) words.push('--quiet');
    await context.dispatch(words);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  return true;
}
