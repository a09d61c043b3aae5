import { setTimeout as delay } from 'node:timers/promises';

/**
 * Polls `ready` until it returns true, at most `timeoutMs`; then rejects naming `what`. For
 * state outside this process (daemons, batch jobs, files) that sends no event to wait on.
 * An error thrown by `ready` ends the wait at once.
 */
export async function waitFor(
  ready: () => boolean | Promise<boolean>,
  { what, timeoutMs, everyMs = 200 }: { what: string; timeoutMs: number; everyMs?: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await delay(everyMs);
  }
}
