import type { ParameterValue } from './parameter.js';

/** What one run of a batch produced, for research code that wants more than the summary. */
export interface RunRecord {
  readonly runIndex: number;
  /** The run's seed, derived from the master seed and the run index ({@link deriveRunSeed}). */
  readonly runSeed: number;
  /** Values drawn from priors for this run (empty under `uncertainty: 'none'`; the rest are in the manifest). */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  readonly outcome: string;
  /** First day each indicator happened, or null. */
  readonly indicators: Readonly<Record<string, number | null>>;
}
