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
  const describe = (inside: readonly number[], low: readonly (number | null)[], high: readonly (number | null)[]): PrimBox => {
    const sumY = inside.reduce((sum, i) => sum + (data.y[i] as number), 0);
    const limits = data.names.flatMap((name, j) =>
      low[j] === null && high[j] === null ? [] : [{ name, low: low[j] ?? null, high: high[j] ?? null }],
    );
    return {
      limits,
      coverage: totalY === 0 ? 0 : sumY / totalY,
      density: inside.length === 0 ? 0 : sumY / inside.length,
      mass: inside.length / n,
      count: inside.length,
    };
  };

  let inside = Array.from({ length: n }, (_, i) => i);
  const trajectory: PrimBox[] = [describe(inside, lows, highs)];
  const boxes: { low: (number | null)[]; high: (number | null)[] }[] = [{ low: lows.slice(), high: highs.slice() }];
  for (;;) {
    let best: { j: number; side: 'low' | 'high'; bound: number; kept: number[]; mean: number } | undefined;
    for (let j = 0; j < d; j++) {
      const values = inside.map((i) => (data.rows[i] as number[])[j] as number).sort((a, b) => a - b);
      const k = Math.floor(alpha * values.length);
      for (const side of ['low', 'high'] as const) {
        const bound = peelBound(values, k, side);
        if (bound === undefined) continue;
        const kept = inside.filter((i) => {
          const x = (data.rows[i] as number[])[j] as number;
          return side === 'low' ? x >= bound : x <= bound;
        });
        if (kept.length === inside.length || kept.length / n < minMass) continue;
        const mean = kept.reduce((sum, i) => sum + (data.y[i] as number), 0) / kept.length;
        if (best === undefined || mean > best.mean || (mean === best.mean && kept.length > best.kept.length))
          best = { j, side, bound, kept, mean };
      }
    }
    if (best === undefined) break;
    if (best.side === 'low') lows[best.j] = best.bound;
    else highs[best.j] = best.bound;
    inside = best.kept;
    trajectory.push(describe(inside, lows, highs));
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

/** The new limit that peels about k of the sorted values off one end; undefined when the end cannot move. */
function peelBound(sorted: readonly number[], k: number, side: 'low' | 'high'): number | undefined {
  const last = sorted.length - 1;
  if (side === 'low') {
    let index = Math.max(k, 1);
    // Ties: move past every copy of the end value so that the peel removes something.
    const end = sorted[0] as number;
    while (index <= last && (sorted[index] as number) === end) index++;
    return index > last ? undefined : (sorted[index] as number);
  }
  let index = last - Math.max(k, 1);
  const end = sorted[last] as number;
  while (index >= 0 && (sorted[index] as number) === end) index--;
  return index < 0 ? undefined : (sorted[index] as number);
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
        const others = (row: readonly number[]) => {
          const lo = low.slice();
          const hi = high.slice();
          if (side === 'low') lo[j] = null;
          else hi[j] = null;
          return inBox(row, lo, hi);
        };
        const outside = data.rows
          .filter((row) => others(row) && (side === 'low' ? (row[j] as number) < limit : (row[j] as number) > limit))
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
