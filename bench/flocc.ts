/**
 * crisis-sim beside Flocc 0.7, the one TypeScript agent-based toolkit with an experiment runner,
 * on the same dense model (bench/models/dense-model.ts) in one process: Flocc's `Experiment`
 * with one `Environment` per run, each actor an `Agent` whose tick reads the day's state and
 * returns or enqueues its effect (Flocc's way of deciding simultaneously), and a last agent for the
 * end-of-day decay. Both draw from the engine's own RNG streams, so both must count the same
 * crises; the ratio of their speeds is reported, for crisis-sim's rules written with `decide` and
 * with `reusableDecision`. Target: crisis-sim at least 50x Flocc. Beside them, two ceilings no
 * engine drawing from these seedrandom streams can pass: the model hand-written as a plain loop,
 * and the model's random draws alone (its streams seeded and drawn, nothing else); their ratios
 * to Flocc bound what the target asks. Rates are given per second of
 * this process's CPU time (steadier on a machine shared with other work, though it counts the
 * garbage collector's helper threads too) and per second of wall time; the target is judged on
 * CPU time. It reports; it asserts nothing but that the two agree.
 *
 * Run (after `pnpm build`): pnpm exec tsx bench/flocc.ts [runs] (Flocc's runs; the others run five
 * times as many, after a longer warm-up, as each of their runs is far shorter).
 */
import { loadavg } from 'node:os';
import { createRng, deriveRunSeed, deriveStreamSeed } from '@crisis-sim/engine';
import * as floccModule from 'flocc';
// Flocc 0.7's `typings` entry (dist/main.d.ts) predates its Experiment; the full declarations
// ship in dist/src. The runtime module is the same.
import type * as FloccApi from 'flocc/dist/src/main.js';
import {
  DENSE_CRISIS_INCIDENTS,
  DENSE_HAZARD,
  DENSE_HORIZON,
  denseActorIds,
  denseDrawsOnlyRuns,
  denseEngineRuns,
  denseHandWrittenRuns,
  denseReusingEngineRuns,
  stanceDelta,
} from './models/dense-model.js';

const runs = Number(process.argv[2] ?? 2_000);
const seed = 20230808;

const { Agent, Environment, Experiment } = floccModule as unknown as typeof FloccApi;
type Agent = FloccApi.Agent;
type Environment = FloccApi.Environment;

/**
 * Flocc shuffles the agents every tick unless told otherwise, and its Experiment ticks with no
 * options; fixed order keeps the end-of-day decay after the day's effects, as in the engine.
 */
class OrderedEnvironment extends Environment {
  override tick(options?: Parameters<Environment['tick']>[0]): void {
    const given = typeof options === 'number' ? { count: options } : (options ?? {});
    super.tick({ ...given, randomizeOrder: false });
  }
}

/** One run's world in Flocc: tension and incidents live on the environment, stances on the agents. */
function floccModel(runIndex: number): Environment {
  const env = new OrderedEnvironment();
  env.set({ tension: 0, incidents: 0 });
  const runSeed = deriveRunSeed(seed, runIndex);
  for (const id of denseActorIds) {
    const rng = createRng(deriveStreamSeed(runSeed, `actor:${id}`));
    const agent = new Agent({ stance: 0.2 });
    agent.set('tick', (self: Agent) => {
      const noise = rng.next();
      const draw = rng.next();
      const stance = self.get('stance') as number;
      const tension = env.get('tension') as number;
      if (draw < DENSE_HAZARD * (1 + tension + stance)) {
        self.set('queue', () => {
          env.set('tension', Math.min(1, (env.get('tension') as number) + 0.05 + 0.05 * noise));
          env.increment('incidents');
        });
        return undefined;
      }
      // Data a tick returns is set after every agent has ticked.
      return { stance: Math.min(1, Math.max(0, stance + stanceDelta(noise, stance, tension))) };
    });
    env.addAgent(agent);
  }
  // Added last, so its enqueued decay runs after every actor's effect of the day.
  const world = new Agent();
  world.set('tick', (self: Agent) => {
    self.set('queue', () => env.set('tension', (env.get('tension') as number) * 0.98));
  });
  env.addAgent(world);
  return env;
}

async function floccRuns(count: number): Promise<number> {
  const experiment = new Experiment({
    // Flocc numbers runs by seed: baseSeed + N. Base 0 makes the seed the run index.
    model: ({ seed: runIndex }) => floccModel(runIndex),
    parameters: {},
    replications: count,
    maxTicks: DENSE_HORIZON,
    seed: 0,
    record: { model: { incidents: (env: Environment) => env.get('incidents') as number } },
  });
  const results = await experiment.run();
  return results.data.filter((run) => (run.metrics.incidents as number) >= DENSE_CRISIS_INCIDENTS).length;
}

async function time(
  label: string,
  count: number,
  body: (count: number) => number | Promise<number>,
  warmUp = 500,
  counted = 'crises',
): Promise<{ rate: number; wallRate: number; crises: number }> {
  await body(Math.min(count, warmUp));
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const crises = await body(count);
  const cpu = process.cpuUsage(cpuStart);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = count / ((cpu.user + cpu.system) / 1e6);
  console.log(
    `  ${label.padEnd(28)} ${rate.toFixed(0).padStart(7)} runs/CPU-s ${(count / seconds).toFixed(0).padStart(7)} runs/s wall  (${count} runs, ${crises} ${counted})`,
  );
  return { rate, wallRate: count / seconds, crises };
}

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`dense model in Flocc 0.7 and in crisis-sim: ${denseActorIds.length} actors, ${DENSE_HORIZON} days, seed ${seed}`);
const flocc = await time('Flocc', runs, floccRuns);
const ours = runs * 5;

/** Prints how many times Flocc's speed a measured rate is, by CPU and by wall time. */
function versusFlocc(label: string, measured: { rate: number; wallRate: number }, target: boolean): void {
  const ratio = measured.rate / flocc.rate;
  const wallRatio = measured.wallRate / flocc.wallRate;
  const verdict = target ? ` (target >= 50x): ${ratio >= 50 ? 'met' : 'NOT met'}` : '';
  console.log(`  ${label} is ${ratio.toFixed(0)}x Flocc by CPU time, ${wallRatio.toFixed(0)}x by wall time${verdict}`);
}

for (const [label, engine] of [
  ['crisis-sim, decide', denseEngineRuns],
  ['crisis-sim, reusableDecision', denseReusingEngineRuns],
  ['hand-written loop', denseHandWrittenRuns],
] as const) {
  // The same runs as Flocc's must count the same crises; the timed batch runs five times as many.
  const same = engine(runs, seed);
  if (flocc.crises !== same) throw new Error(`Flocc and ${label} disagree: ${flocc.crises} vs ${same} crises`);
  const measured = await time(label, ours, (count) => engine(count, seed), 5_000);
  versusFlocc(label, measured, label !== 'hand-written loop');
}
const draws = await time('the draws alone', ours, (count) => denseDrawsOnlyRuns(count, seed), 5_000, 'draws below the hazard');
versusFlocc('the draws alone (the ceiling, with seedrandom fixed)', draws, false);
