import { type AnyScenario, CrisisSimError } from '@crisis-sim/engine';
import { describeRunPosition, RUN_POSITION_SLOTS } from '@crisis-sim/engine/internal';

/** Default per-run time limit of {@link runBatch} and `runTrace`: generous, as a run takes milliseconds. */
export const DEFAULT_RUN_TIMEOUT_MS = 60_000;

/** One thread's position probe, watched while it has work. */
export interface WatchedProbe {
  /** The probe the thread's step loop writes (pass it to the worker). */
  readonly probe: Float64Array;
  /** The thread has work now: its current run's clock starts. */
  busy(): void;
  /** The thread is waiting for work: not watched. */
  idle(): void;
}

/**
 * Watches worker threads' runs from the main thread: each thread's step loop writes its
 * position (run, day, stage) into a probe on a `SharedArrayBuffer`; a run that is still the
 * latest one started `timeoutMs` after it began is stuck (a rule that never returns), and `onStuck` gets a
 * {@link CrisisSimError} (`run_timeout`) naming the scenario, seed, run, day and actor. The
 * caller then terminates the thread: V8 can stop a worker in a loop, never the main thread.
 */
export function createRunWatchdog(
  scenario: AnyScenario,
  seed: string,
  timeoutMs: number,
  onStuck: (error: CrisisSimError) => void,
): { watch(): WatchedProbe; stop(): void } {
  // `started`: a run began since the thread got work. Until then the thread may still be
  // loading the scenario module, which is not a run and must not count against the limit.
  const watched: { probe: Float64Array; active: boolean; started: boolean; count: number; since: number }[] = [];
  let timer: NodeJS.Timeout | undefined;
  if (Number.isFinite(timeoutMs)) {
    timer = setInterval(
      () => {
        const now = Date.now();
        for (const entry of watched) {
          if (!entry.active) continue;
          const count = entry.probe[4] ?? 0;
          if (count !== entry.count) {
            entry.count = count;
            entry.since = now;
            entry.started = true;
          } else if (entry.started && now - entry.since >= timeoutMs) {
            entry.active = false;
            onStuck(runTimeout(scenario, seed, timeoutMs, entry.probe));
          }
        }
      },
      Math.max(20, Math.min(1000, timeoutMs / 4)),
    );
    timer.unref();
  }
  return {
    watch() {
      const entry = {
        probe: new Float64Array(new SharedArrayBuffer(RUN_POSITION_SLOTS * Float64Array.BYTES_PER_ELEMENT)),
        active: false,
        started: false,
        count: 0,
        since: 0,
      };
      watched.push(entry);
      return {
        probe: entry.probe,
        busy() {
          if (entry.active) return;
          entry.active = true;
          entry.started = false;
          entry.count = entry.probe[4] ?? 0;
          entry.since = Date.now();
        },
        idle() {
          entry.active = false;
        },
      };
    },
    stop() {
      if (timer !== undefined) clearInterval(timer);
    },
  };
}

function runTimeout(scenario: AnyScenario, seed: string, timeoutMs: number, probe: Float64Array): CrisisSimError {
  const position = describeRunPosition(scenario, probe);
  const seconds = timeoutMs / 1000;
  return new CrisisSimError([
    {
      code: 'run_timeout',
      path: ['runTimeoutMs'],
      message: `scenario ${scenario.id}: run ${position.runIndex} (seed ${seed}) did not finish within ${seconds} s, the per-run time limit; it was in ${position.where} on day ${position.day}`,
      value: {
        scenarioId: scenario.id,
        seed,
        runIndex: position.runIndex,
        day: position.day,
        ...(position.actor === undefined ? {} : { actor: position.actor }),
        where: position.where,
      },
    },
  ]);
}
