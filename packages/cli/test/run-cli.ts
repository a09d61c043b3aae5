import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built binary: CLI tests run it as users do (the root test script builds first). */
export const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
/** The test scenario module, for --scenario-module. */
export const fixture = fileURLToPath(new URL('./fixtures/strait-scenario.js', import.meta.url));
export const brokenFixture = fileURLToPath(new URL('./fixtures/broken-scenario.js', import.meta.url));

/** What a CLI process did. */
export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `crisis-sim args...` in `cwd` and collects its output; never throws on a failing exit code. */
export function runCli(args: readonly string[], cwd: string = tempDir()): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const failure = error as (Error & { code?: number; signal?: NodeJS.Signals }) | null;
      resolve({ code: failure === null ? 0 : (failure.code ?? null), signal: failure?.signal ?? null, stdout, stderr });
    });
  });
}

/** A fresh empty directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crisis-sim-cli-'));
}

/** A CLI process started in the background: its handle (to signal it), its output so far, and its end. */
export interface StartedCli {
  readonly child: ChildProcess;
  /** stderr so far. */
  stderr(): string;
  readonly done: Promise<CliResult>;
  /** Kills it (SIGKILL) if it is still running: call it in a finally block. */
  stop(): void;
}

/** Starts `crisis-sim args...` in `cwd` without waiting for it; the caller must `stop()` it in a finally block. */
export function startCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): StartedCli {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child,
    stderr: () => stderr,
    done,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Resolves once `ready()` holds, checking every few milliseconds: a wait on a condition, not a fixed sleep. Rejects if `child` ends first. */
export function waitFor(ready: () => boolean, started?: StartedCli): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      let ok = false;
      try {
        ok = ready();
      } catch {
        ok = false;
      }
      if (ok) {
        clearInterval(timer);
        resolve();
      } else if (started !== undefined && (started.child.exitCode !== null || started.child.signalCode !== null)) {
        clearInterval(timer);
        reject(new Error(`the process ended before it was ready: ${started.stderr()}`));
      }
    }, 10);
  });
}
