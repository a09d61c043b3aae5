import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./fixtures/batch-child.js', import.meta.url));

/** What a batch child process did. */
export interface ChildResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Every child started and not yet ended: killed by {@link killChildren} (call it in afterEach or finally). */
const running = new Set<ReturnType<typeof spawn>>();

/**
 * Runs fixtures/batch-child.js (one runBatch of a faulty-scenarios.js scenario, its summary
 * written by `finish` to `out`) in a child process with `env` added to this one's.
 */
export function runChild(
  options: { id: string; batch: Record<string, unknown>; out: string },
  env: Record<string, string> = {},
): Promise<ChildResult> {
  const child = spawn(process.execPath, [script, JSON.stringify(options)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal, stderr });
    });
  });
}

/** Kills every child still running. */
export function killChildren(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
