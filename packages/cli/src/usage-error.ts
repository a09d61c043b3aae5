import { CrisisSimError, type IssueCode } from '@crisis-sim/engine';

/** A one-line complaint about the command line itself (exit code 2), as a {@link CrisisSimError}. */
export function usageError(message: string, value?: unknown, code: IssueCode = 'invalid_argument'): CrisisSimError {
  return new CrisisSimError([{ code, path: [], message, value }]);
}
