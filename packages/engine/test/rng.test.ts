import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrisisSimError, createRng, restoreRng } from '../src/index.js';

const seeds = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

describe('createRng', () => {
  it('gives the same draws for the same seed and different draws for different seeds', () => {
    fc.assert(
      fc.property(seeds, seeds, (a, b) => {
        const x = createRng(a);
        const y = createRng(a);
        const xs = Array.from({ length: 8 }, () => x.next());
        expect(xs).toEqual(Array.from({ length: 8 }, () => y.next()));
        if (a !== b) {
          const z = createRng(b);
          expect(Array.from({ length: 8 }, () => z.next())).not.toEqual(xs);
        }
      }),
    );
  });

  it('keeps every distribution within its support', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const rng = createRng(seed);
        for (let i = 0; i < 50; i++) {
          const u = rng.next();
          expect(u >= 0 && u < 1).toBe(true);
          const n = rng.integer(-3, 3);
          expect(Number.isInteger(n) && n >= -3 && n <= 3).toBe(true);
          const t = rng.triangular(2, 3, 7);
          expect(t >= 2 && t <= 7).toBe(true);
          const b = rng.beta(0.5, 2);
          expect(b >= 0 && b <= 1).toBe(true);
          expect(rng.exponential(2)).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(rng.normal(0, 1))).toBe(true);
        }
      }),
    );
  });

  it('matches the moments of its distributions on a large sample', () => {
    const rng = createRng(20230808);
    const n = 40_000;
    let sumU = 0;
    let sumN = 0;
    let sumN2 = 0;
    let sumBeta = 0;
    let hits = 0;
    for (let i = 0; i < n; i++) {
      sumU += rng.next();
      const z = rng.normal(1, 2);
      sumN += z;
      sumN2 += z * z;
      sumBeta += rng.beta(2, 6);
      if (rng.bernoulli(0.3)) hits++;
    }
    expect(sumU / n).toBeCloseTo(0.5, 2);
    expect(sumN / n).toBeCloseTo(1, 1);
    expect(Math.sqrt(sumN2 / n - (sumN / n) ** 2)).toBeCloseTo(2, 1);
    expect(sumBeta / n).toBeCloseTo(0.25, 2);
    expect(hits / n).toBeCloseTo(0.3, 2);
  });

  it('resumes exactly from an exported state', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 0, max: 200 }), (seed, skip) => {
        const rng = createRng(seed);
        for (let i = 0; i < skip; i++) rng.next();
        const resumed = restoreRng(JSON.parse(JSON.stringify(rng.state())));
        expect(Array.from({ length: 10 }, () => resumed.next())).toEqual(Array.from({ length: 10 }, () => rng.next()));
      }),
    );
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const shuffled = createRng(7).shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...shuffled].sort()).toEqual(items);
    expect(() => createRng(1).pick([])).toThrow(RangeError);
  });

  it('rejects seeds that are not non-negative safe integers', () => {
    expect(() => createRng(-1)).toThrow(RangeError);
    expect(() => createRng(0.5)).toThrow(RangeError);
    expect(() => createRng(2 ** 60)).toThrow(RangeError);
  });
});

describe('createRng and seedrandom', () => {
  it("draws exactly seedrandom's tychei sequence for the same integer seed", async () => {
    const { default: seedrandom } = await import('seedrandom');
    fc.assert(
      fc.property(seeds, (seed) => {
        const ours = createRng(seed);
        const theirs = (seedrandom.tychei as unknown as (seed: number) => () => number)(seed);
        for (let i = 0; i < 20; i++) expect(ours.next()).toBe(theirs());
      }),
      { numRuns: 50 },
    );
  });

  it("keeps seedrandom's state, and a restored stream draws on as seedrandom's restored one does", async () => {
    const { default: seedrandom } = await import('seedrandom');
    type Stateful = (() => number) & { state(): { a: number; b: number; c: number; d: number } };
    const tychei = seedrandom.tychei as unknown as (seed: number, options: { state: unknown }) => Stateful;
    fc.assert(
      fc.property(seeds, fc.integer({ min: 0, max: 300 }), (seed, skip) => {
        const ours = createRng(seed);
        const theirs = tychei(seed, { state: true });
        for (let i = 0; i < skip; i++) expect(ours.next()).toBe(theirs());
        const { algorithm, ...state } = ours.state();
        expect(algorithm).toBe('tychei');
        expect(state).toEqual(theirs.state());
        const resumed = restoreRng(ours.state());
        const theirsResumed = tychei(0, { state: theirs.state() });
        for (let i = 0; i < 20; i++) expect(resumed.next()).toBe(theirsResumed());
      }),
      { numRuns: 100 },
    );
  });
});

describe('Rng argument checks', () => {
  const bad = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const draws: [string, (rng: ReturnType<typeof createRng>, x: number) => unknown][] = [
    ['bernoulli', (rng, x) => rng.bernoulli(x)],
    ['uniform', (rng, x) => rng.uniform(0, x)],
    ['integer', (rng, x) => rng.integer(x, 3)],
    ['normal', (rng, x) => rng.normal(x, 1)],
    ['exponential', (rng, x) => rng.exponential(x)],
    ['triangular', (rng, x) => rng.triangular(0, x, 1)],
    ['gamma', (rng, x) => rng.gamma(x)],
    ['beta', (rng, x) => rng.beta(1, x)],
  ];
  it.each(draws)('%s refuses NaN and infinities with a typed error naming the draw', (name, draw) => {
    for (const x of bad) {
      const rng = createRng(1);
      try {
        draw(rng, x);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CrisisSimError);
        expect((error as CrisisSimError).code).toBe('invalid_argument');
        expect((error as CrisisSimError).issues[0]?.path).toEqual(['rng', name]);
        expect((error as Error).message).toContain(String(x));
      }
    }
  });

  it('still accepts finite arguments, including probabilities outside [0, 1]', () => {
    const rng = createRng(2);
    expect(rng.bernoulli(1.5)).toBe(true);
    expect(rng.bernoulli(-1)).toBe(false);
    expect(Number.isFinite(rng.triangular(0, 0.5, 1))).toBe(true);
  });
});
