import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, startCli, tempDir } from './run-cli.js';

const ensemble = ['ensemble', '--scenario-module', fixture, '--param', 'navy.escalation=0:1:6', '--runs', '2500', '--format', 'csv'];
const sobol = [
  'sensitivity',
  '--scenario-module',
  fixture,
  '--method',
  'sobol',
  '--target',
  'outcome:clash',
  '--samples',
  '8',
  '--bootstrap',
  '50',
  '--runs',
  '1200',
  '--format',
  'json',
];

describe('--checkpoint of the analysis commands', () => {
  it.each([
    ['ensemble', ensemble],
    ['sensitivity sobol', sobol],
  ])('%s killed (SIGKILL) after a checkpoint resumes to byte-identical output', async (_, command) => {
    const dir = tempDir();
    const whole = await runCli([...command, '--quiet', '--out', 'whole.out'], dir);
    expect(whole.code).toBe(0);
    const args = [...command, '--quiet', '--workers', '2', '--checkpoint', 'work.ckpt', '--checkpoint-every', '0', '--out', 'resumed.out'];
    // The test hook kills the process with SIGKILL right after its third checkpoint is saved.
    const killed = startCli(args, dir, { ...process.env, CRISIS_SIM_FAULT: 'checkpoint-saved:3' });
    try {
      const result = await killed.done;
      expect(result.signal).toBe('SIGKILL');
    } finally {
      killed.stop();
    }
    expect(existsSync(join(dir, 'work.ckpt'))).toBe(true);
    expect(existsSync(join(dir, 'resumed.out'))).toBe(false);
    const resumed = await runCli([...args.filter((word) => word !== '--quiet'), '--quiet'], dir);
    expect(resumed.stderr).toMatch(/^(crisis-sim: took over checkpoint .*\n)?$/);
    expect(resumed.code).toBe(0);
    expect(readFileSync(join(dir, 'resumed.out'), 'utf8')).toBe(readFileSync(join(dir, 'whole.out'), 'utf8'));
    // Removed once the output is written, with its lock.
    expect(existsSync(join(dir, 'work.ckpt'))).toBe(false);
    expect(existsSync(join(dir, 'work.ckpt.lock'))).toBe(false);
  });

  it('refuses a checkpoint of other work, and --checkpoint-every without --checkpoint, with one line', async () => {
    const dir = tempDir();
    // Leave a checkpoint behind by killing a run after its first one.
    const killed = startCli([...ensemble, '--quiet', '--checkpoint', 'work.ckpt', '--checkpoint-every', '0'], dir, {
      ...process.env,
      CRISIS_SIM_FAULT: 'checkpoint-saved:1',
    });
    try {
      expect((await killed.done).signal).toBe('SIGKILL');
    } finally {
      killed.stop();
    }
    const other = await runCli([...ensemble, '--seed', '9', '--quiet', '--checkpoint', 'work.ckpt'], dir);
    expect(other.code).toBe(2);
    // After the note that the killed process's lock was taken over.
    expect(other.stderr).toMatch(/^crisis-sim: took over checkpoint .*\ncrisis-sim: checkpoint .*work\.ckpt was saved by other work .*\n$/);
    const every = await runCli([...ensemble, '--checkpoint-every', '1'], dir);
    expect(every.code).toBe(2);
    expect(every.stderr).toBe('crisis-sim: --checkpoint-every only applies with --checkpoint\n');
  });
});
