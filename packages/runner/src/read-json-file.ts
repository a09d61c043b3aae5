import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CrisisSimError } from '@crisis-sim/engine';
import type { RunnerIssueCode } from './runner-issue-code.js';
import { unreadable } from './unreadable.js';

/** Where {@link readJsonFile} reads from and how its errors name the file. */
export interface ReadJsonFileOptions {
  /** The folder a relative path is read from (a CLI's working directory); default the process's. */
  readonly cwd?: string;
  /** How the unreadable-file message names the file (`--base-rates rates.json`); default its path. */
  readonly shown?: string;
  /** The code of the error when the file is not JSON; default `invalid_summary`. */
  readonly code?: RunnerIssueCode;
}

/**
 * Reads a JSON file: a summary, a checkpoint, a file of parameter values. Throws a one-line
 * {@link CrisisSimError}: `unreadable_file` (no such file, permission denied, a directory)
 * when it cannot be read, and when it is not JSON (a file cut short, or not ours) an issue at
 * `where` whose message is `invalid(reason)`, the parser's reason given in words.
 */
export async function readJsonFile(
  path: string,
  where: readonly string[],
  invalid: (reason: string) => string,
  options: ReadJsonFileOptions = {},
): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(options.cwd === undefined ? path : resolve(options.cwd, path), 'utf8');
  } catch (error) {
    throw unreadable(options.shown ?? path, error);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CrisisSimError<RunnerIssueCode>([
      { code: options.code ?? 'invalid_summary', path: [...where], message: invalid((error as Error).message), value: path },
    ]);
  }
}
