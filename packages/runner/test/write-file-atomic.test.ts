import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/index.js';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-sim-atomic-'));
    const path = join(dir, 'out.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('leaves nothing behind when the directory does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-sim-atomic-'));
    await expect(writeFileAtomic(join(dir, 'missing', 'out.json'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
