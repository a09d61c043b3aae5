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

// Three values of 1,200 runs: six blocks, so that the kill after the third checkpoint leaves work to resume.
const sweepOf = (runs: string) => [
  'sweep',
  '--scenario-module',
  fixture,
  '--param',
  'navy.escalation',
  '--values',
  '0,0.3,0.6',
  '--runs',
  runs,
];
const compareOf = (runs: string) => [
  'compare',
  '--scenario-module',
  fixture,
  '--alt',
  'navy.escalation=0.45',
  '--arm',
  'talks.format=direct',
  '--runs',
  runs,
];

describe('--checkpoint of the analysis commands', () => {
  // A comparison's 1,200 runs are two blocks (runs 0-999 and 1000-1199, each with all three
  // arms, paired): killed after the first checkpoint, the second is left to resume.
  it.each([
    ['ensemble', ensemble, 3],
    ['sensitivity sobol', sobol, 3],
    ['sweep', [...sweepOf('1200'), '--format', 'json'], 3],
    ['compare (paired arms)', compareOf('1200'), 1],
  ])('%s killed (SIGKILL) after a checkpoint resumes to byte-identical output', async (_, command, after) => {
    const dir = tempDir();
    const whole = await runCli([...command, '--quiet', '--out', 'whole.out'], dir);
    expect(whole.code).toBe(0);
    const args = [...command, '--quiet', '--workers', '2', '--checkpoint', 'work.ckpt', '--checkpoint-every', '0', '--out', 'resumed.out'];
    // The test hook kills the process with SIGKILL right after its `after`-th checkpoint is saved.
    const killed = startCli(args, dir, { ...process.env, CRISIS_SIM_FAULT: `checkpoint-saved:${after}` });
    try {
      const result = await killed.done;
      expect(result.signal).toBe('SIGKILL');
    } finally {
      killed.stop();
    }
    expect(existsSync(join(dir, 'resumed.out'))).toBe(false);
    const saved = JSON.parse(readFileSync(join(dir, 'work.ckpt'), 'utf8')) as { complete: boolean; parts: Record<string, unknown>[] };
    expect(saved.complete).toBe(false);
    // A comparison's checkpoint holds each block's paired counts, never run records.
    if (command[0] === 'compare') expect(saved.parts.map((part) => [part.pairs !== undefined, part.records])).toEqual([[true, undefined]]);
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

  it('refuses, with one line and exit 2, a checkpoint of another command or of another shard', async () => {
    const dir = tempDir();
    // A shard file is a complete checkpoint of its shard: resumable by its own command only.
    expect((await runCli([...sweepOf('30'), '--quiet', '--shard', '1/2', '--out', 'sweep-1.json'], dir)).code).toBe(0);
    const cases = [
      [...compareOf('30'), '--checkpoint', 'sweep-1.json'],
      [...sweepOf('30'), '--shard', '2/2', '--checkpoint', 'sweep-1.json'],
      [...sweepOf('40'), '--shard', '1/2', '--checkpoint', 'sweep-1.json'],
    ];
    for (const args of cases) {
      const result = await runCli([...args, '--quiet', '--out', 'out.txt'], dir);
      expect(result.stderr).toMatch(/^crisis-sim: checkpoint .*sweep-1\.json was saved by other work .*\n$/);
      expect(result.code).toBe(2);
      expect(existsSync(join(dir, 'out.txt'))).toBe(false);
    }
  });
});
