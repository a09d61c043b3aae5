import { execFile } from 'node:child_process';
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
