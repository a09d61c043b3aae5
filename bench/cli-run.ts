/**
 * Wall and CPU time of `crisis-sim run niger-2023` with defaults (10,000 runs, workers = cores),
 * start-up included, as a user types it: the built binary in a fresh process, `repeats` times
 * (default 5), medians printed. Target: < 0.8 s wall on an idle machine. CPU time (all the
 * process's threads, from the kernel's count of children's time; Linux only) is the steadier
 * figure on a busy machine, where wall time says little: the load average is printed too.
 * Also timed: `--runs 10` (start-up, one worker's boot and a block) and `--version` (loading
 * the CLI alone).
 *
 * Run (after `pnpm build`): node_modules/.bin/tsx bench/cli-run.ts [repeats] [extra args...]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const repeats = Number(process.argv[2] ?? 5);
const extra = process.argv.slice(3);

/** CPU seconds used by this process's finished children (utime + stime), or NaN off Linux. */
function childrenCpu(): number {
  if (!existsSync('/proc/self/stat')) return Number.NaN;
  // Fields after the command name: state is field 3, cutime and cstime fields 16 and 17, in ticks of 1/100 s.
  const fields = (readFileSync('/proc/self/stat', 'utf8').split(') ')[1] ?? '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median wall and CPU seconds of `crisis-sim <args>` over `times` fresh processes. */
function time(args: readonly string[], times: number): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < times; i++) {
    const cpuBefore = childrenCpu();
    const started = performance.now();
    execFileSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    walls.push((performance.now() - started) / 1000);
    cpus.push(childrenCpu() - cpuBefore);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadBefore = load();
const run = time(['run', 'niger-2023', ...extra], repeats);
const small = time(['run', 'niger-2023', '--runs', '10'], repeats);
const version = time(['--version'], repeats);
const line = (name: string, { wall, cpu }: { wall: number; cpu: number }) =>
  `${name}: median ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`;
console.log(`${line(`crisis-sim run niger-2023 ${extra.join(' ')}`.trimEnd(), run)} over ${repeats}`);
console.log(line('crisis-sim run niger-2023 --runs 10', small));
console.log(line('crisis-sim --version', version));
console.log(`load average before ${loadBefore}, after ${load()}`);
