import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrisisSimError } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../src/read-json-file.js';

const dir = mkdtempSync(join(tmpdir(), 'crisis-sim-json-'));
writeFileSync(join(dir, 'good.json'), '{"a": 1}');
writeFileSync(join(dir, 'bad.json'), '{"a": ');

async function failure(promise: Promise<unknown>): Promise<CrisisSimError<string>> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CrisisSimError);
  return error as CrisisSimError<string>;
}

describe('readJsonFile', () => {
  it('reads a file, relative to a folder when given one', async () => {
    expect(await readJsonFile(join(dir, 'good.json'), [], () => 'never')).toEqual({ a: 1 });
    expect(await readJsonFile('good.json', [], () => 'never', { cwd: dir })).toEqual({ a: 1 });
  });

  it('names a missing file as the caller shows it', async () => {
    const error = await failure(readJsonFile('nope.json', [], () => 'never', { cwd: dir, shown: '--base-rates nope.json' }));
    expect(error.code).toBe('unreadable_file');
    expect(error.issues[0]?.message).toBe('cannot read --base-rates nope.json: no such file');
  });

  it("turns text that is not JSON into the caller's issue, invalid_summary unless told", async () => {
    const summary = await failure(readJsonFile(join(dir, 'bad.json'), ['checkpoint'], (reason) => `not JSON (${reason})`));
    expect(summary.code).toBe('invalid_summary');
    expect(summary.issues[0]?.path).toEqual(['checkpoint']);
    expect(summary.issues[0]?.message).toMatch(/^not JSON \(.+\)$/);
    const option = await failure(
      readJsonFile('bad.json', [], () => '--params bad.json is not valid JSON', { cwd: dir, code: 'invalid_argument' }),
    );
    expect(option.code).toBe('invalid_argument');
    expect(option.issues[0]?.value).toBe('bad.json');
  });
});
