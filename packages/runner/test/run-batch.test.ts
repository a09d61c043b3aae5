import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrisisSimError, mergeSummaries, runMonteCarlo, type Summary } from '@crisis-sim/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, type RunBatchOptions, runBatch, scenarioModuleSource, summaryJson } from '../src/index.js';

// Worker threads run dist/worker.js: build first (the root test script does).
const source = scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname);
const scenario = await loadScenario(source);
const temp = () => mkdtempSync(join(tmpdir(), 'crisis-sim-runner-'));
const batch = (options: Partial<RunBatchOptions>) => runBatch({ scenario, source, seed: 1, runs: 1000, ...options } as RunBatchOptions);

describe('runBatch', () => {
  it('gives byte-identical summaries and records for 1, 2 and 4 workers and any shard split', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4500 }),
        fc.oneof(
          fc.nat(),
          fc.string({ minLength: 1, maxLength: 6 }).filter((text) => text.trim() === text),
        ),
        fc.constantFrom('none', 'priors'),
        fc.integer({ min: 1, max: 5 }),
        async (runs, seed, uncertainty, shards) => {
          fc.pre(shards <= runs);
          const dir = temp();
          const options = { runs, seed, uncertainty: uncertainty as 'none' | 'priors' };
          const texts: string[] = [];
          const records: string[] = [];
          for (const workers of [1, 2, 4]) {
            const path = join(dir, `records-${workers}.csv`);
            texts.push(summaryJson(await batch({ ...options, workers, records: path })));
            records.push(readFileSync(path, 'utf8'));
          }
          expect(texts[1]).toBe(texts[0]);
          expect(texts[2]).toBe(texts[0]);
          expect(records[1]).toBe(records[0]);
          expect(records[2]).toBe(records[0]);
          expect(records[0]?.split('\r\n').length).toBe(runs + 2);
          const parts: Summary[] = [];
          for (let index = 1; index <= shards; index++)
            parts.push(await batch({ ...options, workers: 2, shard: { index, count: shards } }));
          expect(summaryJson(mergeSummaries(parts.reverse()))).toBe(texts[0]);
          // The pure engine on this thread agrees too.
          expect(summaryJson(runMonteCarlo(scenario, options))).toBe(texts[0]);
        },
      ),
      { numRuns: 4 },
    );
  });

  it('stops at the same run count for any number of workers', async () => {
    const stop = { ciHalfWidth: 0.02, maxRuns: 20_000 };
    const one = await batch({ runs: undefined, stop, workers: 1 } as never);
    const three = await batch({ runs: undefined, stop, workers: 3 } as never);
    expect(one.runs % 1000).toBe(0);
    expect(one.runs).toBeLessThan(20_000);
    expect(summaryJson(three)).toBe(summaryJson(one));
  });

  it('resumes after an interruption and ends with the identical summary and records', async () => {
    const dir = temp();
    const reference = await batch({ runs: 12_000, uncertainty: 'priors', workers: 2, records: join(dir, 'reference.ndjson') });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10 }), fc.constantFrom(1, 2), async (stopAfter, workers) => {
        const checkpoint = join(dir, `run-${stopAfter}-${workers}.ckpt`);
        const records = join(dir, `run-${stopAfter}-${workers}.ndjson`);
        const controller = new AbortController();
        let blocks = 0;
        const options = { runs: 12_000, uncertainty: 'priors' as const, workers, checkpoint, checkpointEveryMs: 0, records };
        await expect(
          batch({
            ...options,
            signal: controller.signal,
            onProgress: () => {
              blocks++;
              if (blocks === stopAfter) controller.abort(new Error('interrupted'));
            },
          }),
        ).rejects.toThrow('interrupted');
        const saved = JSON.parse(readFileSync(checkpoint, 'utf8')) as Summary;
        expect(saved.runs).toBeGreaterThanOrEqual(stopAfter * 1000);
        expect(saved.runs).toBeLessThan(12_000);
        const firstDone: number[] = [];
        const resumed = await batch({ ...options, onProgress: ({ done }) => firstDone.push(done) });
        // It continued from the checkpoint rather than starting over.
        expect(firstDone[0]).toBe(saved.runs + 1000);
        expect(summaryJson(resumed)).toBe(summaryJson(reference));
        expect(readFileSync(records, 'utf8')).toBe(readFileSync(join(dir, 'reference.ndjson'), 'utf8'));
        // Completed: the checkpoint and partial files are gone.
        expect(readdirSync(dir).filter((name) => name.includes(`run-${stopAfter}-${workers}.`))).toEqual([
          `run-${stopAfter}-${workers}.ndjson`,
          `run-${stopAfter}-${workers}.ndjson.manifest.json`,
        ]);
      }),
      { numRuns: 3 },
    );
  });

  it('refuses to resume records that are shorter than the checkpoint says, instead of padding them with zero bytes', async () => {
    const dir = temp();
    const checkpoint = join(dir, 'run.ckpt');
    const records = join(dir, 'run.csv');
    const controller = new AbortController();
    let blocks = 0;
    const options = { runs: 5000, workers: 1, checkpoint, checkpointEveryMs: 0, records };
    const stopAfterTwo = () => {
      blocks++;
      if (blocks === 2) controller.abort(new Error('interrupted'));
    };
    await expect(batch({ ...options, signal: controller.signal, onProgress: stopAfterTwo })).rejects.toThrow('interrupted');
    const saved = JSON.parse(readFileSync(checkpoint, 'utf8')) as { checkpoint: { records: string; bytes: number } };
    // As after a power cut: the checkpoint reached the disk, the end of the records did not.
    truncateSync(join(dir, saved.checkpoint.records), saved.checkpoint.bytes - 10);
    await expect(batch(options)).rejects.toThrow(/fewer records than checkpoint/);
    expect(readdirSync(dir)).not.toContain('run.csv');
  });

  it('refuses a checkpoint of another batch', async () => {
    const dir = temp();
    const checkpoint = join(dir, 'other.ckpt');
    const other = runMonteCarlo(scenario, { runs: 1000, seed: 99, runRange: [0, 500] });
    writeFileSync(checkpoint, summaryJson(other));
    await expect(batch({ checkpoint })).rejects.toThrow(/seed is 99/);
    writeFileSync(checkpoint, '{"format": tru');
    await expect(batch({ checkpoint })).rejects.toThrow(/not valid JSON/);
  });

  it('passes a model error from a worker thread back as a CrisisSimError, leaving no records file', async () => {
    const brokenSource = scenarioModuleSource(new URL('./fixtures/broken-scenario.js', import.meta.url).pathname);
    const broken = await loadScenario(brokenSource);
    const dir = temp();
    const error = await runBatch({
      scenario: broken,
      source: brokenSource,
      seed: 1,
      runs: 5000,
      workers: 2,
      records: join(dir, 'r.csv'),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CrisisSimError);
    expect((error as CrisisSimError).code).toBe('invariant_violated');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses more than one worker without a source, instead of running on one thread', async () => {
    const error = await runBatch({ scenario, seed: 1, runs: 100, workers: 2 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CrisisSimError);
    expect((error as CrisisSimError).issues[0]?.message).toMatch(
      /^workers: 2 needs a source, the module worker threads load the scenario from/,
    );
    // Without workers it runs here, on one thread.
    expect((await runBatch({ scenario, seed: 1, runs: 100 })).runs).toBe(100);
  });

  it('stops a run that never returns at runTimeoutMs, naming the run, day and actor, and releases the checkpoint', async () => {
    const faulty = { ...scenarioModuleSource(new URL('./fixtures/faulty-scenarios.js', import.meta.url).pathname), id: 'faulty-hangs' };
    const dir = temp();
    const error = await runBatch({
      scenario: await loadScenario(faulty),
      source: faulty,
      seed: 4,
      runs: 100,
      workers: 1,
      runTimeoutMs: 300,
      checkpoint: join(dir, 'c.ckpt'),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CrisisSimError);
    expect((error as CrisisSimError).code).toBe('run_timeout');
    expect((error as CrisisSimError).issues[0]?.value).toEqual({
      scenarioId: 'faulty-hangs',
      seed: '4',
      runIndex: 0,
      day: 3,
      actor: 'navy',
      where: "actor navy's rule",
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
