import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CrisisSimError } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { assertWritableOutput, writeOutputFile } from '../src/write-output-file.js';
import { fixture, runCli, tempDir } from './run-cli.js';

const M = ['--scenario-module', fixture];

describe('assertWritableOutput', () => {
  it('refuses a missing directory and a path that is a directory, as usage errors', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken'));
    await expect(assertWritableOutput('--out', 'taken', dir)).rejects.toThrow(/cannot write --out taken: it is a directory/);
    await expect(assertWritableOutput('--out', 'none/x.json', dir)).rejects.toThrow(/directory none does not exist/);
    await expect(assertWritableOutput('--out', 'x.json', dir)).resolves.toBeUndefined();
  });
});

describe('writeOutputFile', () => {
  const quietIo = (cwd: string) => ({ cwd, stderr: process.stderr });

  it('writes the file, and turns a file-system refusal into a CrisisSimError naming the flag', async () => {
    const dir = tempDir();
    const io = quietIo(dir);
    await writeOutputFile('--out', 'x.json', 'text\n', io);
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('text\n');
    mkdirSync(join(dir, 'taken'));
    const error = await writeOutputFile('--out', 'taken', 'text\n', io).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CrisisSimError);
    expect((error as CrisisSimError).message).toMatch(/cannot write --out taken: it is a directory/);
    await expect(writeOutputFile('--out', 'none/x.json', 'text\n', io)).rejects.toThrow(/directory none does not exist/);
    expect(readdirSync(dir).sort()).toEqual(['taken', 'x.json']);
  });

  it('removes the temporary file a killed writer of the same output left, and says so', async () => {
    const dir = tempDir();
    // A process that has certainly ended: its pid names the orphan, as a kill -9 would leave it.
    const gone = spawnSync(process.execPath, ['-e', '']).pid as number;
    const host = hostname().replaceAll(/[^\w.-]/g, '_') || 'localhost';
    const orphan = `.merged.json.${host}.${gone}.0badc0de.tmp`;
    const live = `.merged.json.${host}.${process.pid}.0badc0de.tmp`;
    writeFileSync(join(dir, orphan), 'half a summary');
    writeFileSync(join(dir, live), 'another writer, still running');
    const notes: string[] = [];
    await writeOutputFile('--out', 'merged.json', 'text\n', { cwd: dir, stderr: { write: (text: string) => notes.push(text) } as never });
    expect(readdirSync(dir).sort()).toEqual([live, 'merged.json']);
    expect(notes).toEqual([
      expect.stringMatching(
        new RegExp(`^crisis-sim: removed \\S+${orphan.replaceAll('.', '\\.')}, a temporary file left by process ${gone}`),
      ),
    ]);
  });

  it('gives every command exit code 2 and one line for an --out it cannot write', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken'));
    const shard = ['run', ...M, '--runs', '100', '--workers', '1', '--quiet', '--out', 'shard.json'];
    expect((await runCli(shard, dir)).code).toBe(0);
    const cases: string[][] = [
      ['run', ...M, '--runs', '100', '--workers', '1', '--out', 'taken'],
      ['merge', 'shard.json', '--out', 'taken'],
      ['merge', 'shard.json', '--out', 'none/merged.json'],
      ['compare', ...M, '--runs', '100', '--alt', 'navy.escalation=0.9', '--out', 'none/compare.txt'],
      ['sweep', ...M, '--runs', '100', '--param', 'guard.restraint', '--out', 'taken'],
      ['trace', ...M, '--run', '1', '--out', 'none/trace.txt'],
    ];
    for (const args of cases) {
      const result = await runCli(args, dir);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr, args.join(' ')).toMatch(/^crisis-sim: cannot write --out [^\n]+\n$/);
    }
    expect(readdirSync(dir).sort()).toEqual(['shard.json', 'taken']);
    expect(readdirSync(join(dir, 'taken'))).toEqual([]);
  });
});
