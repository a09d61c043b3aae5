import type { MonteCarloProgress } from '@crisis-sim/engine';
import cliProgress from 'cli-progress';

/** A progress reporter: `update` after each block, `stop` at the end (also on failure). */
export interface Progress {
  update(progress: MonteCarloProgress): void;
  stop(): void;
}

/**
 * A progress bar with rate and ETA on `stream` (stderr) when it is a terminal; otherwise
 * nothing, so that logs and pipes hold data only. Drawn by cli-progress.
 */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean): Progress {
  if (!enabled || stream.isTTY !== true) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'runs {bar} {percentage}% | {value}/{total} | {rate} runs/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let running = false;
  return {
    update({ done, total }) {
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(done / seconds).toLocaleString('en-US') : '-';
      if (!running) {
        bar.start(total, done, { rate });
        running = true;
      } else {
        bar.update(done, { rate });
      }
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
