import { CrisisSimError, type Issue } from '@crisis-sim/engine';
import type { SerializedError } from './block-result.js';

/** Rebuilds a worker's error in this thread: a {@link CrisisSimError} keeps its issues (and so its one-line message). */
export function deserialize(error: SerializedError): Error {
  if (error.issues !== undefined && error.issues.length > 0) return new CrisisSimError(error.issues as Issue[]);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}
