import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeAnalysisOutput } from '../src/write-analysis-output.js';
import { tempDir } from './run-cli.js';

function io(cwd: string) {
  let stdout = '';
  let stderr = '';
  const err = new PassThrough();
  err.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    io: { cwd, stdout: { write: (text: string) => (stdout += text) }, stderr: err },
    out: () => stdout,
    err: () => stderr,
  };
}

describe('writeAnalysisOutput', () => {
  it('prints the output when there is no --out', async () => {
    const captured = io(tempDir());
    await writeAnalysisOutput(captured.io, { out: undefined, quiet: false }, 'table\n', 'replay: x');
    expect(captured.out()).toBe('table\n');
  });

  it('writes --out and says so with the note, unless quiet', async () => {
    const dir = tempDir();
    const loud = io(dir);
    await writeAnalysisOutput(loud.io, { out: 'a.json', quiet: false }, '{}\n', '3 points; replay: crisis-sim x');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{}\n');
    expect(loud.out()).toBe('');
    expect(loud.err()).toBe('crisis-sim: wrote a.json (3 points; replay: crisis-sim x)\n');
    const quiet = io(dir);
    await writeAnalysisOutput(quiet.io, { out: 'b.json', quiet: true }, '{}\n', 'replay: x');
    expect(quiet.err()).toBe('');
  });
});
