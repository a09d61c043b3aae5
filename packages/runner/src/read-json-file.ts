import { readFile } from 'node:fs/promises';
import { CrisisSimError } from '@crisis-sim/engine';
import { unreadable } from './unreadable.js';

/**
 * Reads a JSON file written by crisis-sim (a checkpoint, a shard). Throws a one-line
 * {@link CrisisSimError}: `unreadable_file` when it cannot be read, `invalid_summary` with
 * `invalid(reason)` as its message when it is not JSON (a file cut short, or not ours).
 */
export async function readJsonFile(path: string, where: readonly string[], invalid: (reason: string) => string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CrisisSimError([{ code: 'invalid_summary', path: [...where], message: invalid((error as Error).message), value: path }]);
  }
}
