import { CrisisSimError } from '@crisis-sim/engine';
import type { RunnerIssueCode } from '@crisis-sim/runner';

/** A one-line complaint about the command line itself (exit code 2), as a {@link CrisisSimError}. */
export function usageError(message: string, value?: unknown, code: RunnerIssueCode = 'invalid_argument'): CrisisSimError<RunnerIssueCode> {
  return new CrisisSimError([{ code, path: [], message, value }]);
}
