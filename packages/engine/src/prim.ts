import { CrisisSimError } from './crisis-sim-error.js';
import type { Issue } from './issue.js';

/** Data for {@link prim}: one row per case (a run), one column per named input, and the output. */
export interface PrimData {
  readonly names: readonly string[];
  readonly rows: readonly (readonly number[])[];
  /** The output per row: 1 where the case of interest happened, 0 where not (any real values work). */
  readonly y: readonly number[];
}

/** One side of a box on one input: `null` means unrestricted. */
export interface PrimLimit {
  readonly name: string;
  readonly low: number | null;
  readonly high: number | null;
}

/** A box and how well it picks out the cases of interest. */
export interface PrimBox {
  /** Limits of the restricted inputs only (an input not listed is free). */
  readonly limits: readonly PrimLimit[];
  /** Share of all cases of interest (sum of y) that fall inside. */
  readonly coverage: number;
  /** Mean of y inside: the rate of the case of interest in the box. */
  readonly density: number;
  /** Share of all rows inside. */
  readonly mass: number;
  /** Rows inside. */
  readonly count: number;
}

/** Options of {@link prim}. */
export interface PrimOptions {
  /** Share of the box's rows each peel removes (default 0.05). */
  readonly alpha?: number;
  /** Peeling stops before the box holds less than this share of rows (default 0.05). */
  readonly minMass?: number;
  /** Expand the chosen box afterwards wherever that raises its density (default false). */
  readonly paste?: boolean;
  /** The chosen box is the densest one on the trajectory with at least this coverage (default 0.5). */
  readonly minCoverage?: number;
  /**
   * Drop each limit of the chosen box whose removal would not significantly lower its
   * density: a one-sided binomial test at this level (default 0.05; 1 keeps every limit).
   */
  readonly maxPValue?: number;
}

/** Result of {@link prim}. */
export interface PrimResult {
  /** Mean of y over all rows: the density to beat. */
  readonly baseRate: number;
  /** Every box from the whole data (first) to the last peel. */
  readonly trajectory: readonly PrimBox[];
  /** Index in `trajectory` of the chosen box (before pasting). */
  readonly chosenIndex: number;
  /** The chosen box, pasted when `paste` is set, without its insignificant limits. */
  readonly chosen: PrimBox;
}

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999, Statistics and Computing
 * 9:123), as used for scenario discovery (Bryant and Lempert 2010): starting from the box
 * holding every row, repeatedly peel off the `alpha` share of rows at the low or high end
 * of one input, choosing the peel that leaves the highest density, until the box would hold
 * less than `minMass` of the rows. Each step is recorded with its coverage and density;
 * the chosen box is the densest with coverage at least `minCoverage`, optionally pasted
 * (grown back where that raises its density), then stripped of the limits that do not
 * significantly raise its density (`maxPValue`). Deterministic: ties go to the earlier input
 * and the low side.
 */
export function prim(data: PrimData, options: PrimOptions = {}): PrimResult {
  const alpha = options.alpha ?? 0.05;
  const minMass = options.minMass ?? 0.05;
  const minCoverage = options.minCoverage ?? 0.5;
  const issues: Issue[] = [];
  const share = (value: number, path: string) => {
    if (!(typeof value === 'number' && value > 0 && value < 1)) {
      issues.push({
        code: 'invalid_option',
        path: [path],
        message: `${path} must be a number between 0 and 1, got ${String(value)}`,
        value,
      });
    }
  };
  share(alpha, 'alpha');
  share(minMass, 'minMass');
  if (!(minCoverage >= 0 && minCoverage <= 1)) {
    issues.push({
      code: 'invalid_option',
      path: ['minCoverage'],
      message: `minCoverage must be from 0 to 1, got ${String(minCoverage)}`,
      value: minCoverage,
    });
  }
  const n = data.rows.length;
  const d = data.names.length;
  if (n === 0 || data.y.length !== n || data.rows.some((row) => row.length !== d || row.some((x) => !Number.isFinite(x)))) {
    issues.push({
      code: 'invalid_option',
      path: ['rows'],
      message: `need at least one row, each with ${d} finite values, and one output per row`,
      value: n,
    });
  }
  if (issues.length > 0) throw new CrisisSimError(issues);

  const totalY = data.y.reduce((sum, y) => sum + y, 0);
  const lows: (number | null)[] = new Array(d).fill(null);
  const highs: (number | null)[] = new Array(d).fill(null);
  const limitsOf = (low: readonly (number | null)[], high: readonly (number | null)[]): PrimLimit[] =>
    data.names.flatMap((name, j) => (low[j] === null && high[j] === null ? [] : [{ name, low: low[j] ?? null, high: high[j] ?? null }]));
  const boxOf = (count: number, sumY: number, low: readonly (number | null)[], high: readonly (number | null)[]): PrimBox => ({
    limits: limitsOf(low, high),
    coverage: totalY === 0 ? 0 : sumY / totalY,
    density: count === 0 ? 0 : sumY / count,
    mass: count / n,
    count,
  });
  const describe = (inside: readonly number[], low: readonly (number | null)[], high: readonly (number | null)[]): PrimBox =>
    boxOf(
      inside.length,
      inside.reduce((sum, i) => sum + (data.y[i] as number), 0),
      low,
      high,
    );

  // Each input's rows in ascending order, sorted once: a peel then walks the rows still in
  // the box instead of sorting them again, O(n) per input and step.
  const orders = Array.from({ length: d }, (_, j) =>
    Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => ((data.rows[a] as number[])[j] as number) - ((data.rows[b] as number[])[j] as number) || a - b,
    ),
  );
  const inBoxMask = new Uint8Array(n).fill(1);
  let countIn = n;
  let sumIn = totalY;
  const trajectory: PrimBox[] = [boxOf(countIn, sumIn, lows, highs)];
  const boxes: { low: (number | null)[]; high: (number | null)[] }[] = [{ low: lows.slice(), high: highs.slice() }];
  for (;;) {
    let best: { j: number; side: 'low' | 'high'; bound: number; keptCount: number; keptSum: number; mean: number } | undefined;
    const k = Math.max(Math.floor(alpha * countIn), 1);
    for (let j = 0; j < d; j++) {
      const order = orders[j] as Int32Array;
      for (const side of ['low', 'high'] as const) {
        const peel = peelFrom(data, order, inBoxMask, j, k, side);
        if (peel === undefined) continue;
        const keptCount = countIn - peel.count;
        if (keptCount / n < minMass) continue;
        const keptSum = sumIn - peel.sumY;
        const mean = keptSum / keptCount;
        if (best === undefined || mean > best.mean || (mean === best.mean && keptCount > best.keptCount))
          best = { j, side, bound: peel.bound, keptCount, keptSum, mean };
      }
    }
    if (best === undefined) break;
    for (let i = 0; i < n; i++) {
      const x = (data.rows[i] as number[])[best.j] as number;
      if (inBoxMask[i] === 1 && (best.side === 'low' ? x < best.bound : x > best.bound)) inBoxMask[i] = 0;
    }
    if (best.side === 'low') lows[best.j] = best.bound;
    else highs[best.j] = best.bound;
    countIn = best.keptCount;
    sumIn = best.keptSum;
    trajectory.push(boxOf(countIn, sumIn, lows, highs));
    boxes.push({ low: lows.slice(), high: highs.slice() });
  }

  let chosenIndex = 0;
  trajectory.forEach((box, i) => {
    const current = trajectory[chosenIndex] as PrimBox;
    if (box.coverage >= minCoverage && box.density > current.density) chosenIndex = i;
  });
  const chosenLimits = boxes[chosenIndex] as { low: (number | null)[]; high: (number | null)[] };
  const low = chosenLimits.low.slice();
  const high = chosenLimits.high.slice();
  if (options.paste === true) pasteBox(data, alpha, low, high, describe);
  pruneLimits(data, low, high, options.maxPValue ?? 0.05);
  const chosen = describe(members(data, low, high), low, high);
  return { baseRate: totalY / n, trajectory, chosenIndex, chosen };
}

/**
 * The peel of about k rows off one end of input j: the new limit and the rows it removes
 * (those strictly beyond it). Ties move as a block: the limit passes every copy of the end
 * value, so that a peel always removes something; undefined when every row in the box has
 * the same value.
 */
function peelFrom(
  data: PrimData,
  order: Int32Array,
  inBox: Uint8Array,
  j: number,
  k: number,
  side: 'low' | 'high',
): { bound: number; count: number; sumY: number } | undefined {
  const n = order.length;
  let seen = 0;
  let end = 0;
  let previous = Number.NaN;
  // Rows strictly before the current run of equal values: what a limit at the current value removes.
  let beforeCount = 0;
  let beforeSum = 0;
  let count = 0;
  let sumY = 0;
  for (let step = 0; step < n; step++) {
    const i = order[side === 'low' ? step : n - 1 - step] as number;
    if (inBox[i] !== 1) continue;
    const x = (data.rows[i] as number[])[j] as number;
    if (x !== previous) {
      beforeCount = count;
      beforeSum = sumY;
      previous = x;
    }
    if (seen === 0) end = x;
    if (seen >= k && x !== end) return { bound: x, count: beforeCount, sumY: beforeSum };
    seen++;
    count++;
    sumY += data.y[i] as number;
  }
  return undefined;
}

type Limits = (number | null)[];

function inBox(row: readonly number[], low: readonly (number | null)[], high: readonly (number | null)[]): boolean {
  for (let j = 0; j < row.length; j++) {
    const x = row[j] as number;
    const lo = low[j];
    const hi = high[j];
    if ((lo !== null && lo !== undefined && x < lo) || (hi !== null && hi !== undefined && x > hi)) return false;
  }
  return true;
}

function members(data: PrimData, low: readonly (number | null)[], high: readonly (number | null)[]): number[] {
  return data.rows.flatMap((row, i) => (inBox(row, low, high) ? [i] : []));
}

/**
 * Drops, one at a time and least significant first, every limit whose removal does not
 * significantly lower the box's density (the limits PRIM picked up from noise). The test
 * asks how likely the box's successes are if its rows had the density of the box without
 * that limit: one-sided binomial, normal approximation with continuity correction.
 */
function pruneLimits(data: PrimData, low: Limits, high: Limits, maxPValue: number): void {
  if (maxPValue >= 1) return;
  const successes = (rows: readonly number[]) => rows.reduce((sum, i) => sum + (data.y[i] as number), 0);
  for (;;) {
    const inside = members(data, low, high);
    const k = successes(inside);
    let weakest: { side: Limits; j: number; p: number } | undefined;
    for (const side of [low, high]) {
      for (let j = 0; j < side.length; j++) {
        if (side[j] === null) continue;
        const held = side[j] as number | null;
        side[j] = null;
        const wider = members(data, low, high);
        side[j] = held;
        const p0 = successes(wider) / wider.length;
        const p = binomialUpperTail(k, inside.length, p0);
        if (p > maxPValue && (weakest === undefined || p > weakest.p)) weakest = { side, j, p };
      }
    }
    if (weakest === undefined) return;
    weakest.side[weakest.j] = null;
  }
}

/** P(K >= k) for K ~ Binomial(n, p), by the normal approximation with continuity correction. */
function binomialUpperTail(k: number, n: number, p: number): number {
  if (p <= 0) return k > 0 ? 0 : 1;
  if (p >= 1) return 1;
  const z = (k - 0.5 - n * p) / Math.sqrt(n * p * (1 - p));
  return 1 - normalCdf(z);
}

function normalCdf(z: number): number {
  // Abramowitz and Stegun 7.1.26, accurate to 1.5e-7: ample for a 5% test.
  const t = 1 / (1 + 0.3275911 * Math.abs(z / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Grows the box (in place) one alpha-share of rows at a time wherever that raises its density. */
function pasteBox(
  data: PrimData,
  alpha: number,
  low: Limits,
  high: Limits,
  describe: (inside: readonly number[], low: readonly (number | null)[], high: readonly (number | null)[]) => PrimBox,
): void {
  let current = describe(members(data, low, high), low, high);
  for (;;) {
    let best: { box: PrimBox; low: (number | null)[]; high: (number | null)[] } | undefined;
    const step = Math.max(1, Math.floor(alpha * current.count));
    for (let j = 0; j < data.names.length; j++) {
      for (const side of ['low', 'high'] as const) {
        const limit = side === 'low' ? low[j] : high[j];
        if (limit === null || limit === undefined) continue;
        // Rows just outside this side that meet every other limit, nearest first.
        const freeLow = low.slice();
        const freeHigh = high.slice();
        if (side === 'low') freeLow[j] = null;
        else freeHigh[j] = null;
        const outside = data.rows
          .filter((row) => (side === 'low' ? (row[j] as number) < limit : (row[j] as number) > limit) && inBox(row, freeLow, freeHigh))
          .map((row) => row[j] as number)
          .sort((a, b) => (side === 'low' ? b - a : a - b));
        if (outside.length === 0) continue;
        // Taking in every row outside this side frees the input on it.
        const reach = step >= outside.length ? null : (outside[step - 1] as number);
        const lo = low.slice();
        const hi = high.slice();
        if (side === 'low') lo[j] = reach;
        else hi[j] = reach;
        const box = describe(members(data, lo, hi), lo, hi);
        if (box.density > current.density && (best === undefined || box.density > best.box.density)) best = { box, low: lo, high: hi };
      }
    }
    if (best === undefined) return;
    current = best.box;
    low.splice(0, low.length, ...best.low);
    high.splice(0, high.length, ...best.high);
  }
}
