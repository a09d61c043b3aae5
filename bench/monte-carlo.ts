/**
 * Monte Carlo throughput: niger-2023 through the runner (`runBatch`) with 1 and 2 worker
 * threads, with and without invariant checks. Targets: >= 10,000 runs/s per core; 2 workers
 * >= 1.8x of 1 worker. Figures depend on the machine and on what else it is running: quote
 * them with the core count and load printed here.
 *
 * Run (after `pnpm build`): node_modules/.bin/tsx bench/monte-carlo.ts [runs]
 */
import { availableParallelism, loadavg } from 'node:os';
import { niger2023 } from '@crisis-sim/niger-2023';
import { runBatch } from '@crisis-sim/runner';

const runs = Number(process.argv[2] ?? 100_000);
const source = { module: import.meta.resolve('@crisis-sim/niger-2023'), exportName: 'niger2023' };
console.log(
  `niger-2023 ${niger2023.version}, ${runs.toLocaleString('en-US')} runs; ${availableParallelism()} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

const rates: Record<string, number> = {};
for (const checkInvariants of [true, false]) {
  for (const workers of [1, 2]) {
    const started = performance.now();
    const summary = await runBatch({ scenario: niger2023, source, runs, seed: 1, workers, checkInvariants });
    const seconds = (performance.now() - started) / 1000;
    const rate = summary.runs / seconds;
    rates[`${workers}-${checkInvariants}`] = rate;
    console.log(
      `workers ${workers}  invariants ${checkInvariants ? 'on ' : 'off'}  ${seconds.toFixed(2)} s  ${Math.round(rate).toLocaleString('en-US')} runs/s  (${Math.round(rate / workers).toLocaleString('en-US')} per worker)`,
    );
  }
  const speedup = (rates[`2-${checkInvariants}`] ?? 0) / (rates[`1-${checkInvariants}`] ?? 1);
  console.log(`  2 workers / 1 worker: ${speedup.toFixed(2)}x`);
}
