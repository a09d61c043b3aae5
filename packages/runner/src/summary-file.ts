import { readFile } from 'node:fs/promises';
import { CrisisSimError, type Summary } from '@crisis-sim/engine';
import { parseSummary } from '@crisis-sim/engine/internal';
import type { RunnerIssueCode } from './runner-issue-code.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Reads and checks a summary file (as written by {@link writeSummaryFile} or by
 * `crisis-sim run --format json`). Throws a {@link CrisisSimError}: `unreadable_file` when it
 * cannot be read, `invalid_summary` (naming the file) when it is not valid JSON or not a summary.
 */
export async function readSummaryFile(path: string): Promise<Summary> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CrisisSimError([
      {
        code: 'invalid_summary',
        path: [path],
        message: `${path} is not valid JSON (${(error as Error).message}); is it a complete summary file?`,
        value: path,
      },
    ]);
  }
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

/** The one-line error for a file that cannot be read, named by its path. */
export function unreadable(path: string, error: unknown): CrisisSimError<RunnerIssueCode> {
  const code = (error as { code?: string }).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (error as Error).message;
  return new CrisisSimError([{ code: 'unreadable_file', path: [path], message: `cannot read ${path}: ${why}`, value: path }]);
}
