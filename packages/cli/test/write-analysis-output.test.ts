import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
    await writeAnalysisOutput(
      captured.io,
      { out: undefined, quiet: false, report: undefined, checkpoint: undefined },
      'table\n',
      'replay: x',
    );
    expect(captured.out()).toBe('table\n');
  });

  it('writes --out and says so with the note, unless quiet', async () => {
    const dir = tempDir();
    const loud = io(dir);
    await writeAnalysisOutput(
      loud.io,
      { out: 'a.json', quiet: false, report: undefined, checkpoint: undefined },
      '{}\n',
      '3 points; replay: crisis-sim x',
    );
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{}\n');
    expect(loud.out()).toBe('');
    expect(loud.err()).toBe('crisis-sim: wrote a.json (3 points; replay: crisis-sim x)\n');
    const quiet = io(dir);
    await writeAnalysisOutput(quiet.io, { out: 'b.json', quiet: true, report: undefined, checkpoint: undefined }, '{}\n', 'replay: x');
    expect(quiet.err()).toBe('');
  });

  it('writes the --report page after --out, then deletes the --checkpoint', async () => {
    const dir = tempDir();
    const checkpoint = join(dir, 'run.ckpt');
    writeFileSync(checkpoint, '{}');
    const captured = io(dir);
    await writeAnalysisOutput(
      captured.io,
      { out: 'a.json', quiet: true, report: 'a.html', checkpoint },
      '{}\n',
      'replay: x',
      '<p>page</p>',
    );
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('<p>page</p>');
    expect(existsSync(checkpoint)).toBe(false);
  });

  it('keeps the --checkpoint when --out cannot be written', async () => {
    const dir = tempDir();
    const checkpoint = join(dir, 'run.ckpt');
    writeFileSync(checkpoint, '{}');
    const captured = io(dir);
    await expect(
      writeAnalysisOutput(captured.io, { out: 'no/such/dir/a.json', quiet: true, report: undefined, checkpoint }, '{}\n', 'replay: x'),
    ).rejects.toThrow();
    expect(existsSync(checkpoint)).toBe(true);
  });
});
