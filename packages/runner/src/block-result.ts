import type { Summary } from '@crisis-sim/engine';

/** What running one block of a batch gives back: its summary and its records as text (empty when not recording). */
export interface BlockResult {
  readonly start: number;
  readonly summary: Summary;
  readonly records: string;
}

/** A failure in a worker, as posted to the main thread (errors do not survive structured cloning with their class). */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly issues?: readonly unknown[];
  readonly stack?: string;
}
