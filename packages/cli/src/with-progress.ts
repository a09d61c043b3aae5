import type { MonteCarloProgress } from '@crisis-sim/engine';
import type { CliIo } from './cli-io.js';
import { createProgress } from './progress-bar.js';

/**
 * Runs `work` with a progress bar on stderr ({@link createProgress}: only on a terminal, and
 * not when `enabled` is false, as with --quiet), and takes the bar down when the work ends or
 * fails, so that an error line never shares a line with a half-drawn bar.
 */
export async function withProgress<T>(
  io: Pick<CliIo, 'stderr'>,
  enabled: boolean,
  work: (onProgress: (progress: MonteCarloProgress) => void) => Promise<T>,
): Promise<T> {
  const progress = createProgress(io.stderr, enabled);
  try {
    return await work((update) => progress.update(update));
  } finally {
    progress.stop();
  }
}
