/** What a {@link RateMeter} says after an update: `undefined` until there is a measurement. */
interface RateReading {
  /** Runs per second done by this process. */
  readonly rate: number | undefined;
  /** Seconds left at that rate. */
  readonly etaSeconds: number | undefined;
}

/** Measures the speed of a batch from its progress updates. */
export interface RateMeter {
  update(done: number, total: number, nowMs: number): RateReading;
}

/**
 * A rate meter that counts only the runs done since its first update, so that a batch resumed
 * from a checkpoint (whose first update already counts the resumed runs) does not claim their
 * number as its speed; and that gives no rate and no ETA until a second update has measured one.
 */
export function createRateMeter(): RateMeter {
  let first: { readonly done: number; readonly at: number } | undefined;
  return {
    update(done, total, nowMs) {
      if (first === undefined) first = { done, at: nowMs };
      const seconds = (nowMs - first.at) / 1000;
      const ran = done - first.done;
      if (!(seconds > 0 && ran > 0)) return { rate: undefined, etaSeconds: undefined };
      const rate = ran / seconds;
      return { rate, etaSeconds: Math.max(0, total - done) / rate };
    },
  };
}
