import { CrisisSimError, type Summary } from '@crisis-sim/engine';
import { parseSummary } from '@crisis-sim/engine/internal';
import { readJsonFile } from './read-json-file.js';

/** A batch's checkpoint as {@link readCheckpoint} reads it. */
export interface SavedCheckpoint {
  readonly summary: Summary;
  /** The batch is counted to its end: only the completion steps remain. */
  readonly complete: boolean;
  /** The partial records file it counts (its name) and how many of its bytes. */
  readonly records?: { readonly name: string; readonly bytes: number };
}

/** Reads a `runBatch` checkpoint: a summary with a `checkpoint` field; refused with one line (delete it to start over) if it is not one. */
export async function readCheckpoint(path: string): Promise<SavedCheckpoint> {
  const json = await readJsonFile(path, ['checkpoint'], () => `checkpoint ${path} is not valid JSON; delete it to start over`);
  let summary: Summary;
  try {
    summary = parseSummary(json);
  } catch (error) {
    if (!(error instanceof CrisisSimError)) throw error;
    throw new CrisisSimError([
      {
        code: 'invalid_summary',
        path: ['checkpoint'],
        message: `checkpoint ${path} is not a summary (${error.issues[0]?.message}); delete it to start over`,
        value: path,
      },
    ]);
  }
  const state = (json as { checkpoint?: { complete?: unknown; records?: unknown; bytes?: unknown } }).checkpoint;
  const bytes = state?.bytes;
  const records =
    typeof state?.records === 'string' && Number.isSafeInteger(bytes) && (bytes as number) >= 0
      ? { name: state.records, bytes: bytes as number }
      : undefined;
  return { summary, complete: state?.complete === true, ...(records === undefined ? {} : { records }) };
}
