import type { MonteCarloProgress } from '@crisis-sim/engine';
import cliProgress from 'cli-progress';
import { createRateMeter } from './rate-meter.js';

/** A progress reporter: `update` after each block, `stop` at the end (also on failure). */
export interface Progress {
  update(progress: MonteCarloProgress): void;
  stop(): void;
}

/**
 * A progress bar with rate and ETA on `stream` (stderr) when it is a terminal; otherwise
 * nothing, so that logs and pipes hold data only. Drawn by cli-progress; the rate and ETA are
 * ours ({@link createRateMeter}): only runs done by this process count, and both show `-`
 * until measured, so a resumed batch neither boasts nor promises `0s` at 0%.
 */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean): Progress {
  if (!enabled || stream.isTTY !== true) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'runs {bar} {percentage}% | {value}/{total} | {rate} runs/s | ETA {eta_text}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const meter = createRateMeter();
  let running = false;
  return {
    update({ done, total }) {
      const { rate, etaSeconds } = meter.update(done, total, Date.now());
      const payload = {
        rate: rate === undefined ? '-' : Math.round(rate).toLocaleString('en-US'),
        eta_text: etaSeconds === undefined ? '-' : formatDuration(etaSeconds),
      };
      if (!running) {
        bar.start(total, done, payload);
        running = true;
      } else {
        bar.update(done, payload);
      }
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

function formatDuration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
