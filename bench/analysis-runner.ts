/**
 * Throughput of the global sensitivity analyses on the runner's worker pool (the path of
 * `crisis-sim sensitivity`): Sobol over 8 niger-2023 parameters (Saltelli design, N base
 * samples, N x 10 points) and Morris with 20 trajectories over every number parameter with a
 * prior, both at 200 runs per point on 2 workers, timed end to end (planning, runs, analysis).
 * The Sobol target is N = 1,024 (2,048,000 runs); on a loaded machine pass a smaller
 * N and read the extrapolation printed beside it (the runs scale linearly with N). With
 * `--checkpoint`, the Sobol analysis also saves a checkpoint every 5 s, to show what that
 * costs; `--method=sobol` (or `morris`) times that analysis alone. Besides the wall time it
 * prints the process's CPU time (this thread and the workers), whose runs per CPU-second are
 * the steadier figure on a loaded machine. Figures depend on the machine and its load: quote
 * them with the core count and load printed here.
 *
 * Run (after `pnpm build`): node_modules/.bin/tsx bench/analysis-runner.ts [N=1024] [runs=200] [workers=2] [--checkpoint] [--method=sobol|morris]
 * The Sobol case in full: node_modules/.bin/tsx bench/analysis-runner.ts 1024 200 2 --method=sobol
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { niger2023 } from '@crisis-sim/niger-2023';
import { runGlobalSensitivity } from '@crisis-sim/runner';

const numbers = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const samples = Number(numbers[0] ?? 1024);
const runs = Number(numbers[1] ?? 200);
const workers = Number(numbers[2] ?? 2);
const withCheckpoint = process.argv.includes('--checkpoint');
const only = process.argv.find((arg) => arg.startsWith('--method='))?.slice('--method='.length);
if (only !== undefined && only !== 'sobol' && only !== 'morris') throw new Error(`--method must be sobol or morris, got ${only}`);
const source = { module: import.meta.resolve('@crisis-sim/niger-2023'), exportName: 'niger2023' };
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`niger-2023 ${niger2023.version}; ${availableParallelism()} cores, load ${load()}; ${workers} workers, ${runs} runs per point`);

const keys = Object.entries(niger2023.parameters)
  .filter(([, definition]) => definition.kind === 'number' && definition.prior !== undefined && definition.prior.kind !== 'fixed')
  .map(([key]) => key);
const directory = mkdtempSync(join(tmpdir(), 'crisis-sim-bench-'));
try {
  for (const [method, options, target] of [
    ['sobol', { samples, keys: keys.slice(0, 8) }, 1024 * (8 + 2) * runs],
    ['morris', { trajectories: 20 }, 20 * (keys.length + 1) * runs],
  ] as const) {
    if (only !== undefined && method !== only) continue;
    const checkpoint = withCheckpoint && method === 'sobol' ? join(directory, 'sobol.ckpt') : undefined;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let done = 0;
    const result = await runGlobalSensitivity(
      { method, target: 'outcome:regional-war', runs, seed: 'bench', ...options },
      {
        scenario: niger2023,
        source,
        workers,
        onProgress: (p) => {
          done = p.done;
        },
        ...(checkpoint === undefined ? {} : { checkpoint }),
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const rate = done / seconds;
    const saved = checkpoint === undefined ? '' : `; checkpoint ${(statSync(checkpoint).size / 1e6).toFixed(1)} MB`;
    console.log(
      `${method}: ${result.rows.length} parameters, ${result.points.toLocaleString('en-US')} points x ${runs} runs = ${done.toLocaleString('en-US')} runs in ${seconds.toFixed(1)} s, ${Math.round(rate).toLocaleString('en-US')} runs/s (${cpuSeconds.toFixed(1)} CPU-s, ${Math.round(done / cpuSeconds).toLocaleString('en-US')} runs per CPU-second)${saved}; top ${result.rows[0]?.key}; load ${load()}`,
    );
    if (method === 'sobol' && samples !== 1024)
      console.log(
        `  issue target, N = 1,024: ${target.toLocaleString('en-US')} runs, about ${(target / rate).toFixed(0)} s at this rate (${(target / (done / cpuSeconds) / workers).toFixed(0)} s on ${workers} idle cores at this rate per CPU-second)`,
      );
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
