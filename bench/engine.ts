/**
 * Engine overhead on two synthetic models, each beside the same model hand-written as a plain
 * loop with the same RNG streams (all must count the same crises):
 * - sparse: actors rarely act (hazard 0.02), so most actor-days end in no decision;
 * - dense: every actor acts every day, the shape of models whose stances move daily. Its rules
 *   are written twice: returning `decide(...)` (a new decision and action per actor-day) and
 *   refilling a `reusableDecision` (allocation-free).
 * The ratio of speeds is the engine's overhead. Target: within 1.5x of the hand-written loop.
 * On the dense model it also times the hand-written loop allocating the decision objects that
 * `decide` rules return (the model's share of an actor-day, which no step loop can remove).
 * Each rate is given per second of wall time and per second of this process's CPU time: on a
 * machine shared with other work the CPU figures are the steadier, and the ratios use them.
 * It reports; it asserts nothing but that the loops agree.
 *
 * Run (after `pnpm build`): pnpm exec tsx bench/engine.ts [runs]
 */
import { loadavg } from 'node:os';
import {
  DENSE_ACTORS,
  DENSE_HORIZON,
  denseEngineRuns,
  denseHandWrittenAllocatingRuns,
  denseHandWrittenRuns,
  denseReusingEngineRuns,
} from './models/dense-model.js';
import { sparseEngineRuns, sparseHandWrittenRuns } from './models/sparse-model.js';

const runs = Number(process.argv[2] ?? 20_000);
const seed = 20230808;

type Loop = (runs: number, seed: number) => number;

/** Runs per second of CPU time (the ratios' basis), after a warm-up; prints wall and CPU rates. */
function time(label: string, body: Loop): { rate: number; crises: number } {
  body(Math.min(runs, 5_000), seed); // warm-up
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const crises = body(runs, seed);
  const cpu = process.cpuUsage(cpuStart);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = runs / cpuSeconds;
  console.log(
    `  ${label.padEnd(22)} ${rate.toFixed(0).padStart(7)} runs/CPU-s ${(runs / seconds).toFixed(0).padStart(7)} runs/s wall  (${runs} runs, ${crises} crises)`,
  );
  return { rate, crises };
}

function ratio(model: string, hand: { rate: number; crises: number }, label: string, engine: Loop): void {
  const viaEngine = time(label, engine);
  if (hand.crises !== viaEngine.crises) {
    throw new Error(`${model}: the loops disagree: ${hand.crises} vs ${viaEngine.crises} crises`);
  }
  const overhead = hand.rate / viaEngine.rate;
  console.log(`  ${label}: ${overhead.toFixed(2)}x the hand-written loop (target <= 1.5x): ${overhead <= 1.5 ? 'met' : 'NOT met'}`);
}

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`sparse model (hazard 0.02): ${DENSE_ACTORS} actors, ${DENSE_HORIZON} days, 2 draws per actor per day, seed ${seed}`);
const sparseHand = time('hand-written', sparseHandWrittenRuns);
ratio('sparse', sparseHand, 'engine', sparseEngineRuns);

console.log(
  `dense model (every actor acts every day): ${DENSE_ACTORS} actors, ${DENSE_HORIZON} days, 2 draws per actor per day, seed ${seed}`,
);
const denseHand = time('hand-written', denseHandWrittenRuns);
ratio('dense', denseHand, 'engine, decide', denseEngineRuns);
ratio('dense', denseHand, 'engine, reusableDecision', denseReusingEngineRuns);
const floor = time('hand-written + decide', denseHandWrittenAllocatingRuns);
console.log(`  the hand-written loop allocating decide()'s objects: ${(denseHand.rate / floor.rate).toFixed(2)}x the hand-written loop`);
