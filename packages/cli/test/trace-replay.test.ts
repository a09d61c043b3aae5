import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, startCli, tempDir, waitFor } from './run-cli.js';

const faulty = fileURLToPath(new URL('./fixtures/faulty-scenarios.js', import.meta.url));
const malformed = fileURLToPath(new URL('./fixtures/malformed-scenario.js', import.meta.url));

/** One line on stderr, exit 2, no stack, nothing on stdout. */
function expectOneLineRefusal(result: { code: number | null; stdout: string; stderr: string }): string {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result.stderr;
}

describe('scenario faults on the command line', () => {
  it.each([1, 2])('names the run, day and actor of a rule that throws, with a replay command (workers %i)', async (workers) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out.json'), 'before');
    const result = await runCli(
      ['run', 'faulty-throws', '--scenario-module', faulty, '--runs', '3000', '--workers', String(workers), '--out', 'out.json'],
      dir,
    );
    const line = expectOneLineRefusal(result);
    expect(line).toBe(
      `crisis-sim: scenario faulty-throws failed in actor navy's rule on day 4 (seed 1, run 0): Error: the navy rule broke; replay: crisis-sim trace faulty-throws --scenario-module ${faulty} --seed 1 --run 0\n`,
    );
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('before');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('refuses a NaN probability in a draw, naming the draw and where it was made', async () => {
    const result = await runCli([
      'run',
      'faulty-nan',
      '--scenario-module',
      faulty,
      '--runs',
      '100',
      '--seed',
      '9',
      '--set',
      'navy.escalation=0.2',
    ]);
    expect(expectOneLineRefusal(result)).toMatch(
      /^crisis-sim: scenario faulty-nan failed in actor navy's rule on day 6 \(seed 9, run 0\): rng\.bernoulli needs finite numbers, got p = NaN; replay: crisis-sim trace faulty-nan --scenario-module \S+ --seed 9 --run 0 --set navy\.escalation=0\.2\n$/,
    );
  });

  it('names the path of the problem in a malformed module definition', async () => {
    const result = await runCli(['run', '--scenario-module', malformed, '--runs', '10']);
    expect(expectOneLineRefusal(result)).toMatch(
      /^crisis-sim: \S+malformed-scenario\.js: scenario definition parameters: must be an object, got nothing \(and 1 more problem\)\n$/,
    );
  });

  it.each([
    ['run', 1],
    ['run', 2],
    ['trace', 1],
  ])('stops a rule that never returns at --run-timeout, naming run, day and actor (%s, workers %i)', async (command, workers) => {
    const args =
      command === 'run'
        ? ['run', 'faulty-hangs', '--scenario-module', faulty, '--runs', '2000', '--workers', String(workers), '--run-timeout', '0.5']
        : ['trace', 'faulty-hangs', '--scenario-module', faulty, '--run', '7', '--run-timeout', '0.5'];
    const result = await runCli(args);
    const run = command === 'run' ? '0' : '7';
    expect(expectOneLineRefusal(result)).toBe(
      `crisis-sim: scenario faulty-hangs: run ${run} (seed 1) did not finish within 0.5 s, the per-run time limit; it was in actor navy's rule on day 3; replay: crisis-sim trace faulty-hangs --scenario-module ${faulty} --seed 1 --run ${run}\n`,
    );
  });

  it.each([
    ['run', 'SIGINT', 1],
    ['run', 'SIGTERM', 2],
    ['trace', 'SIGINT', 1],
    ['trace', 'SIGTERM', 1],
  ] as const)('%s stops on %s inside a rule that never returns (workers %i)', async (command, signal, workers) => {
    const dir = tempDir();
    const marker = join(dir, 'stuck');
    const args =
      command === 'run'
        ? ['run', 'faulty-hangs', '--scenario-module', faulty, '--runs', '2000', '--workers', String(workers), '--checkpoint', 'c.ckpt']
        : ['trace', 'faulty-hangs', '--scenario-module', faulty];
    const child = startCli(args, dir, { ...process.env, CRISIS_SIM_TEST_HANG_MARKER: marker });
    try {
      await waitFor(() => existsSync(marker), child);
      child.child.kill(signal);
      const result = await child.done;
      expect(result.code).toBe(130);
      expect(result.stderr).toBe('crisis-sim: interrupted; with --checkpoint, rerun the same command to resume\n');
      if (command === 'run') {
        expect(existsSync(join(dir, 'c.ckpt'))).toBe(true);
        expect(existsSync(join(dir, 'c.ckpt.lock'))).toBe(false);
      }
    } finally {
      child.stop();
    }
  });

  it.each([
    ['compare', ['compare', 'faulty-hangs', '--scenario-module', faulty, '--runs', '50', '--alt', 'navy.escalation=0.5']],
    ['sweep', ['sweep', 'faulty-hangs', '--scenario-module', faulty, '--runs', '50', '--param', 'navy.escalation', '--values', '0.1,0.2']],
  ])('%s stops on SIGINT inside a rule that never returns, and at --run-timeout', async (_name, args) => {
    const dir = tempDir();
    const marker = join(dir, 'stuck');
    const child = startCli(args, dir, { ...process.env, CRISIS_SIM_TEST_HANG_MARKER: marker });
    try {
      await waitFor(() => existsSync(marker), child);
      child.child.kill('SIGINT');
      expect((await child.done).code).toBe(130);
    } finally {
      child.stop();
    }
    const timed = await runCli([...args, '--run-timeout', '0.5']);
    expect(expectOneLineRefusal(timed)).toMatch(
      /^crisis-sim: scenario faulty-hangs: run 0 \(seed 1\) did not finish within 0\.5 s, the per-run time limit; it was in actor navy's rule on day 3\n$/,
    );
  });
});

describe('files that cannot be written', () => {
  it('names the file on a full disk (/dev/full), exit 2, one line, pre-existing output untouched', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out.json'), 'before');
    symlinkSync('/dev/full', join(dir, '.runs.csv.partial'));
    const result = await runCli(
      [
        'run',
        'guarded',
        '--scenario-module',
        faulty,
        '--runs',
        '2000',
        '--checkpoint',
        'c.ckpt',
        '--records',
        'runs.csv',
        '--out',
        'out.json',
      ],
      dir,
    );
    expect(expectOneLineRefusal(result)).toBe(
      `crisis-sim: cannot write ${join(dir, '.runs.csv.partial')}: no space left on the device (disk full)\n`,
    );
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('before');
    expect(readdirSync(dir).sort()).toEqual(['.runs.csv.partial', 'out.json']);
  });
});
