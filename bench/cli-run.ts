/**
 * Wall time of `crisis-sim run niger-2023` with defaults (10,000 runs, workers = cores),
 * start-up included, as a user types it: the built binary in a fresh process. Target: < 0.8 s
 * on an idle machine (the load average is printed: on a busy one, wall time says little).
 *
 * Run (after `pnpm build`): node_modules/.bin/tsx bench/cli-run.ts [repeats] [extra args...]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const repeats = Number(process.argv[2] ?? 5);
const extra = process.argv.slice(3);
const times: number[] = [];
for (let i = 0; i < repeats; i++) {
  const started = performance.now();
  execFileSync(process.execPath, [bin, 'run', 'niger-2023', ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
  times.push((performance.now() - started) / 1000);
}
const version = performance.now();
execFileSync(process.execPath, [bin, '--version'], { stdio: 'ignore' });
const startup = (performance.now() - version) / 1000;
times.sort((a, b) => a - b);
console.log(
  `crisis-sim run niger-2023 ${extra.join(' ')}: median ${times[Math.floor(times.length / 2)]?.toFixed(2)} s, best ${times[0]?.toFixed(2)} s over ${repeats}`,
);
console.log(
  `start-up alone (crisis-sim --version): ${startup.toFixed(2)} s; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
