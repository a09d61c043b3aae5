import { engineVersion } from '@crisis-sim/engine';
import type { MonteCarloPlan, Shard } from '@crisis-sim/engine/internal';
import { type PlansCheckpoint, plansCheckpointJson, type RunPlansOptions, runPlanShard } from '@crisis-sim/runner';
import { type AnalysisArgs, removeCheckpoint } from './analysis-options.js';
import type { CliIo } from './cli-io.js';
import { createProgress } from './progress-bar.js';
import { writeOutputFile } from './write-output-file.js';

/** What an analysis shard file holds besides the runner's counted blocks: the command to finish it with, and what it ran. */
export interface AnalysisShardHeader {
  /** The command, as its replay words (without --shard, --out, --format or --checkpoint): `crisis-sim merge` reruns it on the joined blocks. */
  readonly command: readonly string[];
  /** The --format the shard was given: the merged output's, unless merge's --format says otherwise. */
  readonly format: string;
  readonly seed: string;
  readonly scenario: { readonly id: string; readonly version: string };
  readonly engineVersion: string;
}

/**
 * Runs the --shard share of an analysis's blocks (see `runPlanShard`) and writes it, as one
 * JSON document, to --out (or stdout): the runner's counted blocks with the plans'
 * fingerprint and the shard, after a header naming the command, seed, scenario and engine.
 * `crisis-sim merge` joins the n shards' files into the whole command's output. `run`
 * counts the shard (default `runPlanShard` of `plans`; a comparison pairs its arms' blocks).
 */
export async function writeAnalysisShard(
  plans: readonly MonteCarloPlan[],
  shard: Shard,
  common: AnalysisArgs,
  words: readonly string[],
  how: Omit<RunPlansOptions, 'onProgress'>,
  io: CliIo,
  run: (options: RunPlansOptions) => Promise<PlansCheckpoint> = (options) => runPlanShard(plans, shard, options),
): Promise<void> {
  const progress = createProgress(io.stderr, !common.quiet);
  let counted: Awaited<ReturnType<typeof runPlanShard>>;
  try {
    counted = await run({ ...how, onProgress: (p) => progress.update(p) });
  } finally {
    progress.stop();
  }
  const first = plans[0]?.manifest;
  const header: AnalysisShardHeader = {
    command: words,
    format: common.format,
    seed: common.seed,
    scenario: { id: first?.scenarioId ?? '', version: first?.scenarioVersion ?? '' },
    engineVersion,
  };
  const text = plansCheckpointJson(counted, { ...header });
  if (common.out === undefined) io.stdout.write(text);
  else {
    await writeOutputFile('--out', common.out, text, io);
    if (!common.quiet)
      io.stderr.write(
        `crisis-sim: wrote ${common.out} (shard ${shard.index}/${shard.count}; join all ${shard.count} with crisis-sim merge)\n`,
      );
  }
  await removeCheckpoint(common);
}
