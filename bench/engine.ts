/**
 * Engine overhead on two synthetic models, each beside the same model hand-written as a plain
 * loop with the same RNG streams (both must count the same crises):
 * - sparse: actors rarely act (hazard 0.02), so most actor-days end in no decision;
 * - dense: every actor acts every day, the shape of models whose stances move daily.
 * The ratio of speeds is the engine's overhead. Target: within 1.5x of the hand-written loop
 * on both. On the dense model it also times the hand-written loop allocating the decision
 * objects the rules return (the model's share of an actor-day, which no step loop can remove),
 * and the engine's ratio to that. It reports; it asserts nothing but that the loops agree.
 *
 * Run (after `pnpm build`): pnpm exec tsx bench/engine.ts [runs]
 */
import {
  DENSE_ACTORS,
  DENSE_HORIZON,
  denseEngineRuns,
  denseHandWrittenAllocatingRuns,
  denseHandWrittenRuns,
} from './models/dense-model.js';
import { sparseEngineRuns, sparseHandWrittenRuns } from './models/sparse-model.js';

const runs = Number(process.argv[2] ?? 20_000);
const seed = 20230808;

function time(label: string, body: (runs: number, seed: number) => number): { rate: number; crises: number } {
  body(Math.min(runs, 5_000), seed); // warm-up
  const start = process.hrtime.bigint();
  const crises = body(runs, seed);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = runs / seconds;
  console.log(`  ${label.padEnd(12)} ${rate.toFixed(0).padStart(8)} runs/s  (${runs} runs in ${seconds.toFixed(2)} s, ${crises} crises)`);
  return { rate, crises };
}

function compare(
  model: string,
  hand: (runs: number, seed: number) => number,
  engine: (runs: number, seed: number) => number,
  allocating?: (runs: number, seed: number) => number,
): void {
  console.log(`${model}: ${DENSE_ACTORS} actors, ${DENSE_HORIZON} days, 2 draws per actor per day, seed ${seed}`);
  const handWritten = time('hand-written', hand);
  const viaEngine = time('engine', engine);
  if (handWritten.crises !== viaEngine.crises) {
    throw new Error(`${model}: the two loops disagree: ${handWritten.crises} vs ${viaEngine.crises} crises`);
  }
  const ratio = handWritten.rate / viaEngine.rate;
  console.log(`  engine overhead: ${ratio.toFixed(2)}x the hand-written loop (target <= 1.5x): ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
  if (allocating !== undefined) {
    const floor = time('hand+decide', allocating);
    if (floor.crises !== viaEngine.crises) throw new Error(`${model}: the allocating loop disagrees: ${floor.crises} crises`);
    console.log(
      `  the same loop allocating the rules' decisions: ${(handWritten.rate / floor.rate).toFixed(2)}x the hand-written loop; ` +
        `the engine is ${(floor.rate / viaEngine.rate).toFixed(2)}x that`,
    );
  }
}

compare('sparse model (hazard 0.02)', sparseHandWrittenRuns, sparseEngineRuns);
compare('dense model (every actor acts every day)', denseHandWrittenRuns, denseEngineRuns, denseHandWrittenAllocatingRuns);
