/**
 * Scale-out on a real Slurm: the documented array job (docs/scale/slurm-array.sbatch) and
 * merge job (docs/scale/slurm-merge.sbatch), submitted as written, configured only through
 * the environment and sbatch options, on a private single-node cluster started here
 * (munged, slurmctld, slurmd; installed from Debian when missing, as CI runs as root).
 * Run alone with `pnpm test:scale`. Skipped, with one line saying why, only outside CI and
 * only where the cluster cannot run (not root, or Slurm missing and no apt-get to install it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSlurm, type SlurmCluster, startSlurmCluster, whySlurmCannotRun } from './scale/slurm-cluster.js';
import { FINAL_STATES, slurmJob, slurmJobs } from './scale/slurm-job.js';
import { waitFor } from './scale/wait-for.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/dist/bin.js');
const arrayJob = 'docs/scale/slurm-array.sbatch';
const mergeJob = 'docs/scale/slurm-merge.sbatch';
const pacedScenario = join(root, 'test/scale/paced-scenario.mjs');

/**
 * The niger-2023 batch split into 4 tasks; CRISIS_SIM_SCALE_RUNS sets a bigger one for measuring.
 * 20,000 runs are enough for the check (the merge byte-identical to one machine) and cost a
 * fifth of the CPU of 100,000, run twice (on the cluster and on one machine).
 */
const NIGER = { runs: Number(process.env.CRISIS_SIM_SCALE_RUNS ?? 20_000), seed: '20230808', shards: 4 };
/**
 * The paced batch (2 ms a run, 500 runs a second per worker): 48 s on one worker, longer
 * than Slurm takes to deliver the time-limit signal (it checks every 30 s), and 24 s per
 * task in 2 shards, longer than the first checkpoint (5 s) plus the time to cancel.
 */
const PACED = { runs: 24_000, seed: '7', module: pacedScenario };

const unavailable = whySlurmCannotRun();
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (unavailable !== undefined && !inCi) console.log(`scale test skipped: ${unavailable} (it runs in CI)`);

/** Runs the built CLI; resolves with its exit code and stderr. */
function crisisSim(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (status) => {
      children.delete(child);
      resolveRun({ status, stderr });
    });
  });
}

const children = new Set<ChildProcess>();
let scratch = '';
let cluster: SlurmCluster | undefined;
/** One-machine runs of the same batches, started early and awaited where compared. */
let nigerReference: Promise<string>;
let pacedReference: Promise<string>;

async function reference(name: string, args: string[]): Promise<string> {
  const out = join(scratch, `${name}-reference.json`);
  const { status, stderr } = await crisisSim([...args, '--workers', '2', '--out', out, '--quiet'], scratch);
  if (status !== 0) throw new Error(`one-machine run ${name} failed (${status}): ${stderr}`);
  return readFileSync(out, 'utf8');
}

function slurm(): SlurmCluster {
  if (cluster === undefined) throw new Error('the Slurm cluster did not start');
  return cluster;
}

/** Submits a documented job file from the repository root, as its header says; returns the job id. */
function submit(file: string, options: string[], env: Record<string, string>): string {
  return (
    slurm()
      .command('sbatch', ['--parsable', ...options, file], { cwd: root, env })
      .trim()
      .split(';')[0] ?? ''
  );
}

/** Environment and log option for one batch in its own folder. */
function batch(name: string, settings: Record<string, string>) {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const results = join(dir, 'results');
  return {
    results,
    env: { ...settings, RESULTS: results },
    log: (pattern: string) => `--output=${join(dir, 'logs', pattern)}`,
    logs: () =>
      readdirSync(join(dir, 'logs'))
        .map((name) => `--- ${name}\n${readFileSync(join(dir, 'logs', name), 'utf8')}`)
        .join('\n'),
  };
}

/** Waits until job `id` reaches a final state; fails at once on one other than COMPLETED. */
async function completed(id: string, timeoutMs: number, logs: () => string, onPending?: () => void): Promise<void> {
  await waitFor(
    () => {
      onPending?.();
      const jobs = slurmJobs(slurm(), id);
      const failed = jobs.find((job) => FINAL_STATES.has(job.state) && job.state !== 'COMPLETED');
      const stuck = jobs.find((job) => job.reason === 'DependencyNeverSatisfied');
      if (failed !== undefined || stuck !== undefined)
        throw new Error(`job ${id}: ${JSON.stringify(failed ?? stuck)}\n${logs()}\n${slurm().logs()}`);
      return jobs.length > 0 && jobs.every((job) => job.state === 'COMPLETED');
    },
    { what: `job ${id} to complete`, timeoutMs, everyMs: 500 },
  ).catch((error: unknown) => {
    throw error instanceof Error && error.message.startsWith('timed out') ? new Error(`${error.message}\n${logs()}`) : error;
  });
}

describe.skipIf(unavailable !== undefined && !inCi)('Slurm: the documented array and merge jobs on a real cluster', () => {
  beforeAll(async () => {
    if (unavailable !== undefined) throw new Error(`CI must run the scale test, but ${unavailable}`);
    installSlurm();
    scratch = mkdtempSync(join(tmpdir(), 'crisis-sim-scale-'));
    const folder = scratch;
    process.once('exit', () => {
      for (const child of children) child.kill('SIGKILL');
      rmSync(folder, { recursive: true, force: true });
    });
    const niger = ['run', 'niger-2023', '--runs', String(NIGER.runs), '--seed', NIGER.seed];
    const paced = ['run', '--scenario-module', PACED.module, '--runs', String(PACED.runs), '--seed', PACED.seed];
    // Both run while the paced cases below mostly sleep; the niger tasks come last, so that
    // their timings are their own. Awaited where compared (marked handled until then).
    nigerReference = reference('niger', niger);
    pacedReference = reference('paced', paced);
    for (const pending of [nigerReference, pacedReference]) pending.catch(() => undefined);
    cluster = await startSlurmCluster(join(scratch, 'cluster'));
  }, 240_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    try {
      await cluster?.stop();
    } finally {
      if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);

  it('recovers a cancelled task by resubmitting it alone and chaining the merge again', async () => {
    const shards = 2;
    const { results, env, log, logs } = batch('cancelled', {
      SCENARIO_MODULE: PACED.module,
      RUNS: String(PACED.runs),
      SEED: PACED.seed,
      SHARDS: String(shards),
    });
    const job = submit(arrayJob, [`--array=0-${shards - 1}`, log('%x-%A_%a.out')], env);
    const merge = submit(mergeJob, [`--dependency=afterok:${job}`, log('%x-%j.out')], env);
    const checkpoint = join(results, 'shard-2.ckpt');
    await waitFor(() => existsSync(checkpoint), { what: 'the first checkpoint of shard 2', timeoutMs: 60_000 });
    slurm().command('scancel', [`${job}_1`]);
    await waitFor(() => slurmJob(slurm(), `${job}_1`).state === 'CANCELLED', { what: 'task 1 to be cancelled', timeoutMs: 30_000 });

    // The cancelled task saved where it was; the chained merge can never start.
    const saved = JSON.parse(readFileSync(checkpoint, 'utf8')) as { runs: number };
    expect(saved.runs).toBeGreaterThan(0);
    expect(saved.runs).toBeLessThan(PACED.runs / shards);
    expect(existsSync(join(results, 'shard-2.json'))).toBe(false);
    await waitFor(() => slurmJob(slurm(), merge).reason === 'DependencyNeverSatisfied', {
      what: 'the merge to report DependencyNeverSatisfied',
      timeoutMs: 60_000,
    });

    // The documented recovery, while task 0 still runs: cancel the stuck merge, resubmit array index 1
    // alone, chain the merge to it and to the end of the first job's other tasks.
    slurm().command('scancel', [merge]);
    const again = submit(arrayJob, ['--array=1', log('%x-%A_%a.out')], env);
    const mergeAgain = submit(mergeJob, [`--dependency=afterok:${again},afterany:${job}`, log('%x-%j.out')], env);
    await completed(mergeAgain, 120_000, logs);
    expect(slurmJob(slurm(), `${job}_0`).state).toBe('COMPLETED');
    expect(readFileSync(join(results, 'all.json'), 'utf8')).toBe(await pacedReference);
    expect(existsSync(checkpoint)).toBe(false);

    // Merging without shard 2 names the runs it lacks and writes nothing.
    const partial = await crisisSim(['merge', join(results, 'shard-1.json'), '--out', join(results, 'partial.json')], scratch);
    expect(partial.status).toBe(2);
    expect(partial.stderr).toContain(`missing runs ${PACED.runs / shards}-${PACED.runs - 1} of ${PACED.runs}`);
    expect(existsSync(join(results, 'partial.json'))).toBe(false);
  }, 200_000);

  it('a task signalled before its time limit checkpoints, requeues itself and resumes', async () => {
    const { results, env, log, logs } = batch('time-limit', {
      SCENARIO_MODULE: PACED.module,
      RUNS: String(PACED.runs),
      SEED: PACED.seed,
      SHARDS: '1',
    });
    // A 1-minute limit with the warning signal 50 s before it: the task is warned 10-40 s in.
    const job = submit(arrayJob, ['--array=0', '--time=1', '--signal=B:USR1@50', log('%x-%A_%a.out')], env);
    const merge = submit(mergeJob, [`--dependency=afterok:${job}`, log('%x-%j.out')], env);
    const task = `${job}_0`;
    let restarts = 0;
    let held: { restarts: number; since: number } | undefined;
    await completed(merge, 240_000, logs, () => {
      const state = slurmJob(slurm(), task);
      restarts = Math.max(restarts, state.restarts);
      // Slurm holds a requeued job about 2 minutes; as documented, `StartTime=now` ends the hold,
      // given a few seconds after the requeue (in its same second the node refuses the task).
      if (state.state !== 'PENDING' || state.reason !== 'BeginTime') return;
      if (held?.restarts !== state.restarts) held = { restarts: state.restarts, since: Date.now() };
      else if (Date.now() - held.since >= 3000) slurm().command('scontrol', ['update', `JobId=${task}`, 'StartTime=now']);
    });
    expect(restarts).toBeGreaterThan(0);
    const taskLog = logs();
    expect(taskLog).toContain('checkpoint saved; requeueing the task to resume');
    expect(taskLog).toContain('attempt 2');
    expect(readFileSync(join(results, 'all.json'), 'utf8')).toBe(await pacedReference);
    console.log(`slurm scale: the time-limited task ran in ${restarts + 1} attempts and resumed each time from its checkpoint`);
  }, 280_000);

  it('runs 4 array tasks and the chained merge, byte-identical to one machine', async () => {
    const { results, env, log, logs } = batch('niger', {
      RUNS: String(NIGER.runs),
      SEED: NIGER.seed,
      SHARDS: String(NIGER.shards),
    });
    const job = submit(arrayJob, [`--array=0-${NIGER.shards - 1}`, log('%x-%A_%a.out')], env);
    const merge = submit(mergeJob, [`--dependency=afterok:${job}`, log('%x-%j.out')], env);
    await completed(merge, 180_000, logs);

    expect(readFileSync(join(results, 'all.json'), 'utf8')).toBe(await nigerReference);
    const tasks = slurmJobs(slurm(), job);
    expect(tasks.map((task) => task.state)).toEqual(Array(NIGER.shards).fill('COMPLETED'));
    // The merge alone, timed here: Slurm counts the merge job's run time in whole seconds.
    const shardFiles = Array.from({ length: NIGER.shards }, (_, k) => join(results, `shard-${k + 1}.json`));
    const started = performance.now();
    const again = await crisisSim(['merge', ...shardFiles, '--out', join(results, 'again.json')], scratch);
    const mergeMs = Math.round(performance.now() - started);
    expect(again.status).toBe(0);
    expect(readFileSync(join(results, 'again.json'), 'utf8')).toBe(await nigerReference);
    const times = tasks.map((task) => task.runSeconds);
    console.log(
      `slurm scale: ${NIGER.shards} tasks of ${(NIGER.runs / NIGER.shards).toLocaleString('en-US')} niger-2023 runs on 1 CPU each: ` +
        `${Math.min(...times)}-${Math.max(...times)} s per task; merge job ${slurmJob(slurm(), merge).runSeconds} s, ` +
        `crisis-sim merge of the ${NIGER.shards} files ${mergeMs} ms`,
    );
  }, 200_000);
});
