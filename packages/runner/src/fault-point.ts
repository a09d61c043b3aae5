/**
 * Test hook for crash-safety tests, internal and documented in docs/running-at-scale.md:
 * with the environment variable `CRISIS_SIM_FAULT=<step>` (or `<step>:<n>` for the n-th time
 * the step is reached, default the first), the process kills itself with SIGKILL at that
 * step, as `kill -9` or a power cut would. The steps are those of {@link FAULT_STEPS}.
 * Unset, it costs one environment lookup per checkpoint or completion step, never per run.
 */
export function faultPoint(step: FaultStep): void {
  const wanted = process.env.CRISIS_SIM_FAULT;
  if (wanted === undefined || wanted === '') return;
  const [name, nth] = wanted.split(':');
  if (name !== step) return;
  const count = (reached.get(step) ?? 0) + 1;
  reached.set(step, count);
  if (count === Number(nth ?? 1)) process.kill(process.pid, 'SIGKILL');
}

/**
 * The steps at which the `CRISIS_SIM_FAULT` test hook can kill the process, in the order a batch with a
 * checkpoint and records reaches them. Checkpoint writing: records synced, then the
 * checkpoint's temporary file written, then renamed into place. Completion: the checkpoint
 * saved as complete, the records manifest written, the records renamed into place, the
 * caller's outputs written (`finish`), the checkpoint deleted, the lock released.
 */
export const FAULT_STEPS = [
  'records-synced',
  'checkpoint-temp-written',
  'checkpoint-saved',
  'complete-checkpoint-saved',
  'records-manifest-written',
  'records-renamed',
  'outputs-written',
  'checkpoint-deleted',
] as const;

/** One of {@link FAULT_STEPS}. */
export type FaultStep = (typeof FAULT_STEPS)[number];

const reached = new Map<string, number>();
