/**
 * Measures seedrandom's generators as the engine uses them: one generator seeded per
 * (run, stream), then a few hundred draws. The engine's choice of algorithm rests on this.
 *
 * Run: pnpm exec tsx bench/rng.ts
 */
import seedrandom from 'seedrandom';

type Factory = (seed: number) => () => number;

const algorithms: Record<string, Factory> = {
  arc4: (seed) => seedrandom(String(seed)),
  alea: (seed) => seedrandom.alea(String(seed)),
  xor128: (seed) => seedrandom.xor128(seed as unknown as string),
  xorwow: (seed) => seedrandom.xorwow(seed as unknown as string),
  xorshift7: (seed) => seedrandom.xorshift7(seed as unknown as string),
  xor4096: (seed) => seedrandom.xor4096(seed as unknown as string),
  tychei: (seed) => seedrandom.tychei(seed as unknown as string),
};

const streamsPerRun = 16;
const drawsPerStream = 360;
const runs = 2_000;

function measure(factory: Factory): { seedNs: number; drawNs: number } {
  let sink = 0;
  const seedStart = process.hrtime.bigint();
  for (let i = 0; i < runs * streamsPerRun; i++) sink += factory(i * 2654435761)();
  const seedNs = Number(process.hrtime.bigint() - seedStart) / (runs * streamsPerRun);
  const rng = factory(12345);
  const draws = runs * streamsPerRun * drawsPerStream;
  const drawStart = process.hrtime.bigint();
  for (let i = 0; i < draws; i++) sink += rng();
  const drawNs = Number(process.hrtime.bigint() - drawStart) / draws;
  if (sink === Number.NEGATIVE_INFINITY) console.log(sink);
  return { seedNs, drawNs };
}

for (const pass of [1, 2]) {
  for (const [name, factory] of Object.entries(algorithms)) {
    const { seedNs, drawNs } = measure(factory);
    if (pass === 2) {
      const perRunUs = (streamsPerRun * (seedNs + drawsPerStream * drawNs)) / 1000;
      console.log(
        `${name.padEnd(10)} seed ${seedNs.toFixed(0).padStart(6)} ns  draw ${drawNs.toFixed(2).padStart(6)} ns  ` +
          `per run (${streamsPerRun} streams x ${drawsPerStream} draws) ${perRunUs.toFixed(1)} us`,
      );
    }
  }
}
