/**
 * Memory does not grow with runs: peak RSS of a whole process running 10,000 and
 * 1,000,000 runs of niger-2023 through the runner (2 workers). Target: within 1.2x.
 * Each size runs in a fresh process that reports its own peak RSS (worker threads included).
 *
 * Run (after `pnpm build`): node_modules/.bin/tsx bench/memory.ts [small] [large] [--no-invariants]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const childRuns = process.env.CRISIS_SIM_BENCH_CHILD;
const checkInvariants = !process.argv.includes('--no-invariants');
if (childRuns !== undefined) {
  const { niger2023 } = await import('@crisis-sim/niger-2023');
  const { runBatch } = await import('@crisis-sim/runner');
  const source = { module: import.meta.resolve('@crisis-sim/niger-2023'), exportName: 'niger2023' };
  const started = performance.now();
  const summary = await runBatch({ scenario: niger2023, source, runs: Number(childRuns), seed: 1, workers: 2, checkInvariants });
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ runs: summary.runs, seconds, maxRssKb: process.resourceUsage().maxRSS }));
} else {
  const [small, large] = process.argv
    .slice(2)
    .filter((arg) => !arg.startsWith('--'))
    .map(Number);
  const sizes = [small ?? 10_000, large ?? 1_000_000];
  const results = sizes.map((runs) => {
    const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      env: { ...process.env, CRISIS_SIM_BENCH_CHILD: String(runs) },
      encoding: 'utf8',
    });
    const result = JSON.parse(output) as { runs: number; seconds: number; maxRssKb: number };
    console.log(
      `${result.runs.toLocaleString('en-US').padStart(10)} runs  ${result.seconds.toFixed(1)} s  peak RSS ${(result.maxRssKb / 1024).toFixed(1)} MB`,
    );
    return result;
  });
  console.log(`ratio ${((results[1]?.maxRssKb ?? 0) / (results[0]?.maxRssKb ?? 1)).toFixed(3)} (target <= 1.2)`);
}
