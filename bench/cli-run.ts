/**
 * Wall and CPU time of `crisis-sim run niger-2023` with defaults (10,000 runs, workers = cores),
 * start-up included, as a user types it: the built binary in a fresh process, `repeats` times
 * (default 5), medians printed. Target: < 0.8 s wall on an idle machine. CPU time (all the
 * process's threads, from the kernel's count of children's time; Linux only) is the steadier
 * figure on a busy machine, where wall time says little: the load average is printed too.
 * Also timed: `--runs 10` (start-up, one worker's boot and a block) and `--version` (loading
 * the CLI alone).
 *
 * Then where the time goes: the same command `repeats` more times with bench/cli-phase-probe.mjs
 * preloaded (in the main thread and each worker), printing medians of when each phase ends
 * (ms from the process's start) and the CPU of each thread: the main thread, the workers (their
 * first block, warming up, apart from the rest), and the other threads (V8's background
 * compilers and garbage collector). Thread CPU is Linux-only, in ticks of 10 ms.
 *
 * Run (after `pnpm build`): node_modules/.bin/tsx bench/cli-run.ts [repeats] [extra args...]
 * (CRISIS_SIM_BIN=<path of another build's packages/cli/dist/bin.js> times that build instead.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

// CRISIS_SIM_BIN times another build (say the main branch's checkout) for an A/B comparison.
const bin = process.env.CRISIS_SIM_BIN ?? fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const probe = new URL('./cli-phase-probe.mjs', import.meta.url).href;
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

/** One probed run: its phase lines (crisis-sim-phase <thread> <epoch ms> <thread CPU ms> <event>), and its CPU as the kernel counts it. */
interface PhaseLine {
  readonly thread: number;
  readonly at: number;
  readonly cpu: number;
  readonly event: string;
}

function probedRun(args: readonly string[]): { lines: PhaseLine[]; cpu: number } {
  const cpuBefore = childrenCpu();
  const result = spawnSync(process.execPath, ['--import', probe, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const cpu = childrenCpu() - cpuBefore;
  const lines = result.stderr
    .split('\n')
    .filter((line) => line.startsWith('crisis-sim-phase '))
    .map((line) => {
      const [, thread, at, threadCpu, ...event] = line.split(' ');
      return { thread: Number(thread), at: Number(at), cpu: Number(threadCpu), event: event.join(' ') };
    });
  return { lines, cpu };
}

/** The phases of one probed run, in ms from the process's start (wall) and of CPU. */
function phasesOf({ lines, cpu }: { lines: PhaseLine[]; cpu: number }): Map<string, number> {
  const phases = new Map<string, number>();
  const start = lines.find((line) => line.event.startsWith('main-start'));
  if (start === undefined) return phases;
  const origin = Number(/origin=([\d.]+)/.exec(start.event)?.[1]);
  const at = (line: PhaseLine | undefined) => (line === undefined ? Number.NaN : line.at - origin);
  const main = (event: string) => lines.find((line) => line.thread === 0 && line.event.startsWith(event));
  const workerIds = [...new Set(lines.filter((line) => line.thread !== 0).map((line) => line.thread))];
  const ofWorker = (id: number) => lines.filter((line) => line.thread === id);
  const latest = (pick: (events: PhaseLine[]) => PhaseLine | undefined) => Math.max(...workerIds.map((id) => at(pick(ofWorker(id)))));
  const blocks = (events: PhaseLine[]) => events.filter((line) => line.event.startsWith('worker-block'));
  phases.set('wall: node started, probe loaded', at(start));
  phases.set('wall: main starts the workers', at(main('main-starts-workers')));
  phases.set(
    'wall: last worker booted',
    latest((events) => events.find((line) => line.event === 'worker-start')),
  );
  phases.set('wall: main posts the work (batch loaded and planned)', at(main('main-posts-work')));
  phases.set(
    'wall: last worker ready (scenario loaded)',
    latest((events) => events.find((line) => line.event === 'worker-ready')),
  );
  phases.set(
    "wall: last worker's first block done",
    latest((events) => blocks(events)[0]),
  );
  phases.set('wall: first worker done (its last block)', Math.min(...workerIds.map((id) => at(blocks(ofWorker(id)).at(-1)))));
  phases.set(
    'wall: last block done',
    latest((events) => blocks(events).at(-1)),
  );
  phases.set('wall: output written', at(main('main-writes-output')));
  phases.set('wall: exit', at(main('main-exit')));
  const mainCpu = main('main-exit')?.cpu ?? Number.NaN;
  let workersCpu = 0;
  let bootCpu = 0;
  let firstCpu = 0;
  let firstRuns = 0;
  let restCpu = 0;
  let restRuns = 0;
  for (const id of workerIds) {
    const events = ofWorker(id);
    const ready = events.find((line) => line.event === 'worker-ready');
    const done = blocks(events);
    const runsOf = (line: PhaseLine) => Number(/runs=(\d+)/.exec(line.event)?.[1]);
    bootCpu += ready?.cpu ?? Number.NaN;
    workersCpu += events.at(-1)?.cpu ?? Number.NaN;
    done.forEach((line, i) => {
      const before = i === 0 ? (ready?.cpu ?? Number.NaN) : (done[i - 1] as PhaseLine).cpu;
      if (i === 0) {
        firstCpu += line.cpu - before;
        firstRuns += runsOf(line);
      } else {
        restCpu += line.cpu - before;
        restRuns += runsOf(line);
      }
    });
  }
  phases.set('cpu: whole process', cpu * 1000);
  phases.set('cpu: main thread', mainCpu);
  phases.set(`cpu: ${workerIds.length} worker threads`, workersCpu);
  phases.set('cpu:   of which booting and loading the scenario', bootCpu);
  phases.set("cpu:   of which each worker's first block", firstCpu);
  phases.set('cpu:   of which the later blocks', restCpu);
  phases.set('cpu: other threads (V8 compilers, GC)', cpu * 1000 - mainCpu - workersCpu);
  phases.set('runs per worker-thread CPU-second, first blocks', (1000 * firstRuns) / firstCpu);
  phases.set('runs per worker-thread CPU-second, later blocks', (1000 * restRuns) / restCpu);
  return phases;
}

if (existsSync('/proc/thread-self/stat')) {
  const runs = Array.from({ length: repeats }, () => phasesOf(probedRun(['run', 'niger-2023', ...extra])));
  console.log(`where the time goes (medians of ${repeats} runs with ${fileURLToPath(probe)} preloaded; ms unless said):`);
  for (const name of runs[0]?.keys() ?? []) {
    const value = median(runs.map((phases) => phases.get(name) ?? Number.NaN));
    console.log(`  ${name.padEnd(52)} ${Math.round(value).toLocaleString('en-US').padStart(7)}`);
  }
  console.log(`load average after ${load()}`);
}
