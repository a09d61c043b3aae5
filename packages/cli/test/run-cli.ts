import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

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

/** The CLI as a library (the package's main export, built), for {@link runCliBatch}. */
const library = new URL('../dist/index.js', import.meta.url).href;

/**
 * The child of {@link runCliBatch}: reads argument lists as JSON on stdin, runs each through the
 * built `main` in turn with its own captured stdout and stderr (as bin.js does, minus the
 * process start), and writes the results as JSON on its own stdout. It then ends on its own:
 * a command that left a worker, timer or handle behind keeps it alive, and the caller's time
 * limit reports that.
 */
const batchChild = `
(async () => {
  const { Writable } = require('node:stream');
  const { main } = await import(process.argv[1]);
  const sink = () => {
    let text = '';
    const stream = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } });
    stream.isTTY = false;
    return { stream, text: () => text };
  };
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const results = [];
  for (const { args, cwd } of JSON.parse(input)) {
    const out = sink();
    const err = sink();
    const code = await main(args, { stdout: out.stream, stderr: err.stream, cwd });
    results.push({ code, signal: null, stdout: out.text(), stderr: err.text() });
  }
  process.stdout.write(JSON.stringify(results));
})();
`;

/** What {@link runCliBatch} returns: each command's result, and anything the batch process wrote outside them. */
export interface CliBatchResult {
  readonly results: CliResult[];
  /** What reached the process's own stderr rather than a command's io (a warning, a stray write): should be empty. */
  readonly stray: string;
}

/**
 * Runs many `crisis-sim` argument lists, each in `cwd`, one after another in ONE Node process
 * through the built CLI's `main` with an injected io: a command's exit code, stdout and stderr
 * are what bin.js would give, without a process start per command (about half a second each).
 * Rejects if the process fails, writes anything but the results to stdout, or is still
 * running after `limitMs` (then it is killed).
 */
export function runCliBatch(list: readonly (readonly string[])[], cwd: string, limitMs = 120_000): Promise<CliBatchResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      // CommonJS, with no --input-type: worker threads inherit the process's flags.
      ['--eval', batchChild, library],
      { cwd, timeout: limitMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null) {
          reject(new Error(`the batch of ${list.length} commands failed (${error.message}); stderr: ${stderr}`));
          return;
        }
        try {
          resolve({ results: JSON.parse(stdout) as CliResult[], stray: stderr });
        } catch {
          reject(new Error(`the batch wrote more than its results on stdout: ${stdout.slice(0, 400)}`));
        }
      },
    );
    child.stdin?.end(JSON.stringify(list.map((args) => ({ args, cwd }))));
  });
}

/**
 * Asserts the project's rule for bad input: exit code 2, nothing on stdout, and one line on
 * stderr, matching `message` when given. `label` names the case in a failure.
 */
export function expectRefused(result: CliResult | undefined, message?: RegExp, label = ''): void {
  const { code, stdout, stderr } = result ?? { code: undefined, stdout: '', stderr: '' };
  expect(code, label).toBe(2);
  if (message !== undefined) expect(stderr, label).toMatch(message);
  expect(stderr.trim().split('\n'), label).toHaveLength(1);
  expect(stdout, label).toBe('');
}
