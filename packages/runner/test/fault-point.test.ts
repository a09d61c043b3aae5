import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAULT_STEPS } from '../src/index.js';
import { killChildren, runChild } from './batch-child.js';

const RUNS = 6000;
const temp = () => mkdtempSync(join(tmpdir(), 'crisis-sim-fault-'));
const batchIn = (dir: string) => ({
  id: 'guarded',
  batch: {
    runs: RUNS,
    seed: 'faults',
    uncertainty: 'priors',
    workers: 1,
    checkpoint: join(dir, 'c.ckpt'),
    checkpointEveryMs: 0,
    records: join(dir, 'r.csv'),
  },
  out: join(dir, 's.json'),
});

/** The steps reached after the batch is saved as complete: a rerun must not compute a single run. */
const COMPLETION = new Set([
  'complete-checkpoint-saved',
  'records-manifest-written',
  'records-renamed',
  'outputs-written',
  'checkpoint-deleted',
]);

afterEach(killChildren);

describe('crash safety: kill -9 at every step of checkpoint writing and completion', async () => {
  const referenceDir = temp();
  const reference = batchIn(referenceDir);
  const { checkpoint: _c, checkpointEveryMs: _e, ...plain } = reference.batch;
  const made = await runChild({ ...reference, batch: plain });
  if (made.code !== 0) throw new Error(`reference batch failed: ${made.stderr}`);
  const expected = {
    summary: readFileSync(reference.out, 'utf8'),
    records: readFileSync(join(referenceDir, 'r.csv'), 'utf8'),
    manifest: readFileSync(join(referenceDir, 'r.csv.manifest.json'), 'utf8'),
  };

  it('has a reference with every run recorded once, in order', () => {
    const lines = expected.records.trimEnd().split('\r\n');
    expect(lines).toHaveLength(RUNS + 1);
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual(Array.from({ length: RUNS }, (_, i) => i));
  });

  it.each(FAULT_STEPS.map((step) => [step]))('resumes or finishes after a kill at %s, byte-identical', async (step) => {
    const dir = temp();
    const options = batchIn(dir);
    // Periodic steps: kill at the third checkpoint, when some runs are saved and some are not.
    const fault = COMPLETION.has(step) ? step : `${step}:3`;
    const killed = await runChild(options, { CRISIS_SIM_FAULT: fault });
    expect(killed.signal).toBe('SIGKILL');
    if (step === 'checkpoint-deleted') {
      // Everything was written before: the batch is finished, only its lock is left.
      expect(readFileSync(options.out, 'utf8')).toBe(expected.summary);
      expect(readdirSync(dir).sort()).toEqual(['c.ckpt.lock', 'r.csv', 'r.csv.manifest.json', 's.json']);
    } else {
      expect(existsSync(join(dir, 'c.ckpt'))).toBe(true);
    }
    const rerun = await runChild(options, COMPLETION.has(step) && step !== 'checkpoint-deleted' ? { CRISIS_SIM_TEST_NO_RUNS: '1' } : {});
    expect(rerun.stderr).toContain(`warning: took over checkpoint ${options.batch.checkpoint} from process`);
    if (step === 'checkpoint-temp-written')
      expect(rerun.stderr).toMatch(/warning: removed \S+\/\.c\.ckpt\.\S+\.tmp, a temporary file left by process \d+/);
    expect(rerun.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('warning: '))).toEqual([]);
    expect(rerun.code).toBe(0);
    expect(readFileSync(options.out, 'utf8')).toBe(expected.summary);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe(expected.records);
    expect(readFileSync(join(dir, 'r.csv.manifest.json'), 'utf8')).toBe(expected.manifest);
    expect(readdirSync(dir).sort()).toEqual(['r.csv', 'r.csv.manifest.json', 's.json']);
  });

  it('removes a records temporary left by a batch without checkpoint, and says so', async () => {
    const dir = temp();
    const { checkpoint: _c, checkpointEveryMs: _e, ...plainBatch } = batchIn(dir).batch;
    const options = { ...batchIn(dir), batch: plainBatch };
    const killed = await runChild(options, { CRISIS_SIM_FAULT: 'records-manifest-written' });
    expect(killed.signal).toBe('SIGKILL');
    const host = hostname().replaceAll(/[^\w.-]/g, '_');
    const left = readdirSync(dir).filter((name) => name.startsWith(`.r.csv.${host}.`));
    expect(left).toHaveLength(1);
    const rerun = await runChild(options);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`warning: removed ${join(dir, left[0] as string)}, a temporary file left by process`);
    expect(readdirSync(dir).sort()).toEqual(['r.csv', 'r.csv.manifest.json', 's.json']);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe(expected.records);
  });

  it('lets one of two concurrent resumers own a checkpoint: the other is refused, naming it', async () => {
    const dir = temp();
    const options = { ...batchIn(dir), batch: { ...batchIn(dir).batch, runs: 60_000, checkpointEveryMs: 200 } };
    const { checkpoint: _c, checkpointEveryMs: _e, ...plainBatch } = options.batch;
    const referenceOut = join(dir, 'reference.json');
    const made = await runChild({ ...options, batch: { ...plainBatch, records: join(dir, 'reference.csv') }, out: referenceOut });
    expect(made.code).toBe(0);
    expect((await runChild(options, { CRISIS_SIM_FAULT: 'checkpoint-saved:2' })).signal).toBe('SIGKILL');
    const results = await Promise.all([runChild(options), runChild(options)]);
    const codes = results.map((result) => result.code).sort();
    expect(codes).toEqual([0, 2]);
    const refused = results.find((result) => result.code === 2);
    expect(
      refused?.stderr
        .trimEnd()
        .split('\n')
        .filter((line) => !line.startsWith('warning: ')),
    ).toEqual([
      expect.stringMatching(
        new RegExp(`^checkpoint: checkpoint ${options.batch.checkpoint} is in use by process \\d+ on \\S+; wait for it to finish`),
      ),
    ]);
    expect(readFileSync(options.out, 'utf8')).toBe(readFileSync(referenceOut, 'utf8'));
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe(readFileSync(join(dir, 'reference.csv'), 'utf8'));
    expect(readdirSync(dir).sort()).toEqual([
      'r.csv',
      'r.csv.manifest.json',
      'reference.csv',
      'reference.csv.manifest.json',
      'reference.json',
      's.json',
    ]);
  });
});
