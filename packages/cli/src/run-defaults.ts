/**
 * The batch `crisis-sim run` asks for when its options are not given: shared by the command
 * and by the guess its prestarted workers run ahead ({@link defaultBatchGuess}), which must
 * agree with it.
 */
export const RUN_DEFAULTS = {
  /** Runs in a batch when neither --runs nor --until-ci is given. */
  runs: 10_000,
  /** Master seed when --seed is not given: fixed, so that the same command gives the same numbers. */
  seed: '1',
  /** Upper bound of a batch with --until-ci when --max-runs is not given. */
  maxRuns: 1_000_000,
} as const;
