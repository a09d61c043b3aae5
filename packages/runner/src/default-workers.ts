import { availableParallelism } from 'node:os';

/** Worker threads used when none are asked for: the cores this process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}
