/**
 * A comparison's memory does not grow with its runs: peak RSS of a whole process running
 * `compare` of niger-2023 (base against Nigeria's Senate backing force) through the runner
 * (`runComparison`, 2 workers) at 10,000 and 200,000 paired runs. Each block of run indices
 * runs both arms in its worker and sends back paired counts, so the main thread holds counts,
 * not one record per run and arm (about 1 kB each, which is what made a million-run compare
 * need gigabytes before). Target: within 1.2x. Each size runs in a fresh process that reports
 * its own peak RSS (worker threads included) and its runs per CPU-second (both arms' runs).
 *
 * Measured 2026-11-29 (2 cores, load 5): 146 MB at 10,000 and 165 MB at 200,000 paired runs
 * (1.13x). Before, with records paired on the main thread, `crisis-sim compare` peaked at
 * 130 MB for 10,000 runs and 240 MB for 100,000 (2 workers, /usr/bin/time -f %M); after, 121 MB
 * for 10,000 and 128 MB for 200,000.
 *
 * Run (after `pnpm build`): node_modules/.bin/tsx bench/compare-memory.ts [small=10000] [large=200000]
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const childRuns = process.env.CRISIS_SIM_BENCH_CHILD;
if (childRuns !== undefined) {
  const { niger2023 } = await import('@crisis-sim/niger-2023');
  const { runComparison } = await import('@crisis-sim/runner');
  const source = { module: import.meta.resolve('@crisis-sim/niger-2023'), exportName: 'niger2023' };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const comparison = await runComparison(
    { seed: 1, runs: Number(childRuns), alternative: { 'nigeria.senateApprovalProbability': 0.9 } },
    { scenario: niger2023, source, workers: 2 },
  );
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(JSON.stringify({ runs: comparison.runs, seconds, cpuSeconds, maxRssKb: process.resourceUsage().maxRSS }));
} else {
  const [small, large] = process.argv
    .slice(2)
    .filter((arg) => !arg.startsWith('--'))
    .map(Number);
  console.log(`${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}; compare niger-2023, 2 workers`);
  const results = [small ?? 10_000, large ?? 200_000].map((runs) => {
    const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, CRISIS_SIM_BENCH_CHILD: String(runs) },
      encoding: 'utf8',
    });
    const result = JSON.parse(output) as { runs: number; seconds: number; cpuSeconds: number; maxRssKb: number };
    const perCpuSecond = (result.runs * 2) / result.cpuSeconds;
    console.log(
      `${result.runs.toLocaleString('en-US').padStart(10)} paired runs  ${result.seconds.toFixed(1)} s  ${perCpuSecond.toFixed(0)} runs/CPU-s  peak RSS ${(result.maxRssKb / 1024).toFixed(1)} MB`,
    );
    return result;
  });
  console.log(`ratio ${((results[1]?.maxRssKb ?? 0) / (results[0]?.maxRssKb ?? 1)).toFixed(3)} (target <= 1.2)`);
}
