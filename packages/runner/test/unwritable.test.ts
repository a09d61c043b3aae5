import { existsSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrisisSimError } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { loadScenario, runBatch, scenarioModuleSource, unwritable } from '../src/index.js';

const source = scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname);
const scenario = await loadScenario(source);

describe('unwritable', () => {
  it.each([
    ['ENOSPC', 'no space left on the device (disk full)'],
    ['EDQUOT', 'disk quota exceeded'],
    ['EROFS', 'the file system is read-only'],
    ['EACCES', 'permission denied'],
  ])('turns %s into a one-line error naming the file', (code, reason) => {
    const error = unwritable('/data/r.csv', Object.assign(new Error(`${code}: raw`), { code }));
    expect(error).toBeInstanceOf(CrisisSimError);
    expect((error as CrisisSimError).code).toBe('unwritable_file');
    expect((error as CrisisSimError).issues[0]?.message).toBe(`cannot write /data/r.csv: ${reason}`);
  });

  it('passes other errors through', () => {
    const other = new TypeError('not a file problem');
    expect(unwritable('/x', other)).toBe(other);
  });

  it('names the records file when the disk is full for real (/dev/full), and releases the checkpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-sim-full-'));
    // The partial records file of a checkpointed batch has a fixed name: point it at a full device.
    symlinkSync('/dev/full', join(dir, '.r.csv.partial'));
    const error = await runBatch({
      scenario,
      source,
      seed: 1,
      runs: 3000,
      workers: 1,
      checkpoint: join(dir, 'c.ckpt'),
      records: join(dir, 'r.csv'),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CrisisSimError);
    expect((error as CrisisSimError).issues[0]?.message).toBe(
      `cannot write ${join(dir, '.r.csv.partial')}: no space left on the device (disk full)`,
    );
    expect(existsSync(join(dir, 'c.ckpt.lock'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['.r.csv.partial']);
  });
});
