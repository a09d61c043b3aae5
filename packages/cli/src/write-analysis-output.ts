import { type AnalysisArgs, removeCheckpoint } from './analysis-options.js';
import type { CliIo } from './cli-io.js';
import { writeOutputFile } from './write-output-file.js';

/**
 * Prints an analysis's output, or writes it to --out (atomically) and says so on stderr
 * (unless --quiet) with `note`: the replay command, and what else the reader should know.
 * Then writes the --report page, if one was asked for and rendered, and only after both
 * deletes the --checkpoint: a kill before that point leaves the checkpoint to resume from.
 */
export async function writeAnalysisOutput(
  io: CliIo,
  common: Pick<AnalysisArgs, 'out' | 'quiet' | 'report' | 'checkpoint'>,
  text: string,
  note: string,
  html?: string,
): Promise<void> {
  if (common.out === undefined) io.stdout.write(text);
  else {
    await writeOutputFile('--out', common.out, text, io);
    if (!common.quiet) io.stderr.write(`crisis-sim: wrote ${common.out} (${note})\n`);
  }
  if (common.report !== undefined && html !== undefined) await writeOutputFile('--report', common.report, html, io);
  await removeCheckpoint(common);
}
