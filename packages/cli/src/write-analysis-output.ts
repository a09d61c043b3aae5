import type { AnalysisArgs } from './analysis-options.js';
import type { CliIo } from './cli-io.js';
import { writeOutputFile } from './write-output-file.js';

/**
 * Prints an analysis's output, or writes it to --out (atomically) and says so on stderr
 * (unless --quiet) with `note`: the replay command, and what else the reader should know.
 */
export async function writeAnalysisOutput(
  io: CliIo,
  common: Pick<AnalysisArgs, 'out' | 'quiet'>,
  text: string,
  note: string,
): Promise<void> {
  if (common.out === undefined) io.stdout.write(text);
  else {
    await writeOutputFile('--out', common.out, text, io);
    if (!common.quiet) io.stderr.write(`crisis-sim: wrote ${common.out} (${note})\n`);
  }
}
