import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { type AnyScenario, ensemble } from '@crisis-sim/engine';
import { scenarioModuleSource } from '@crisis-sim/runner';
import { describe, expect, it } from 'vitest';
import { writeAnalysisOutput } from '../src/write-analysis-output.js';
import { fixture, tempDir } from './run-cli.js';

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
    const { default: scenario } = (await import(fixture)) as { default: AnyScenario };
    const result = ensemble(scenario, {
      design: { kind: 'grid', factors: [{ key: 'navy.escalation', min: 0.1, max: 0.5, steps: 2 }] },
      runs: 20,
      seed: 1,
    });
    const replay = 'crisis-sim ensemble x';
    const document = { design: 'grid', replay, ...result };
    const dir = tempDir();
    const checkpoint = join(dir, 'run.ckpt');
    writeFileSync(checkpoint, '{}');
    const captured = io(dir);
    await writeAnalysisOutput(captured.io, { out: 'a.json', quiet: true, report: 'a.html', checkpoint }, '{}\n', 'replay: x', {
      document,
      request: { scenario, source: scenarioModuleSource(fixture), replay, modulePath: fixture },
    });
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toContain('<svg');
    expect(existsSync(checkpoint)).toBe(false);
  });

  it('renders the --report page before writing anything: a document it cannot draw leaves no file and keeps the --checkpoint', async () => {
    const { default: scenario } = (await import(fixture)) as { default: AnyScenario };
    const dir = tempDir();
    const checkpoint = join(dir, 'run.ckpt');
    writeFileSync(checkpoint, '{}');
    const captured = io(dir);
    await expect(
      writeAnalysisOutput(captured.io, { out: 'a.json', quiet: true, report: 'a.html', checkpoint }, '{}\n', 'replay: x', {
        document: { not: 'an analysis' },
        request: { scenario, source: scenarioModuleSource(fixture), replay: 'x', modulePath: fixture },
      }),
    ).rejects.toThrow();
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
    expect(existsSync(join(dir, 'a.html'))).toBe(false);
    expect(existsSync(checkpoint)).toBe(true);
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
