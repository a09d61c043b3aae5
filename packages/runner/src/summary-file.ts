import { CrisisSimError, type Summary } from '@crisis-sim/engine';
import { parseSummary } from '@crisis-sim/engine/internal';
import { readJsonFile } from './read-json-file.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Reads and checks a summary file (as written by {@link writeSummaryFile} or by
 * `crisis-sim run --format json`). Throws a {@link CrisisSimError}: `unreadable_file` when it
 * cannot be read, `invalid_summary` (naming the file) when it is not valid JSON or not a summary.
 */
export async function readSummaryFile(path: string): Promise<Summary> {
  const json = await readJsonFile(path, [path], (reason) => `${path} is not valid JSON (${reason}); is it a complete summary file?`);
  try {
    return parseSummary(json);
  } catch (error) {
    if (!(error instanceof CrisisSimError)) throw error;
    const [issue] = error.issues;
    throw new CrisisSimError([
      { code: 'invalid_summary', path: [path], message: `${path} is not a crisis-sim summary: ${issue?.message}`, value: path },
    ]);
  }
}

/** Writes a summary file atomically, as canonical two-space-indented JSON. */
export async function writeSummaryFile(path: string, summary: Summary, extra: Readonly<Record<string, unknown>> = {}): Promise<void> {
  await writeFileAtomic(path, summaryJson(summary, extra));
}

/** The canonical JSON text of a summary (plus `extra` fields after it): equal summaries give equal bytes. */
export function summaryJson(summary: Summary, extra: Readonly<Record<string, unknown>> = {}): string {
  return `${JSON.stringify({ ...summary, ...extra }, null, 2)}\n`;
}
