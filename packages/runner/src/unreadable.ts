import { CrisisSimError } from '@crisis-sim/engine';
import type { RunnerIssueCode } from './runner-issue-code.js';

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
