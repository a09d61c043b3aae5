import type { PrimBox } from './prim.js';

/** Options of {@link describeBox}. */
export interface DescribeBoxOptions {
  /** Inputs coded 0/1 for false/true: described as "is true" or "is false". */
  readonly booleans?: readonly string[];
  /** Significant digits of the limits (default 3). */
  readonly digits?: number;
}

/**
 * A PRIM box in plain words: "war is 4.2x as likely when hawk.aggression is at least 0.61
 * and dove.patience is at most 20 (48% of runs in the box vs 11% of all runs; the box holds
 * 15% of runs and 63% of war runs)". The ratio is the box's density over the base rate.
 */
export function describeBox(subject: string, box: PrimBox, baseRate: number, options: DescribeBoxOptions = {}): string {
  const digits = options.digits ?? 3;
  const show = (x: number) => String(Number(x.toPrecision(digits)));
  const booleans = new Set(options.booleans ?? []);
  const conditions = box.limits.map((limit) => {
    if (booleans.has(limit.name)) {
      if (limit.low !== null && limit.low > 0) return `${limit.name} is true`;
      if (limit.high !== null && limit.high < 1) return `${limit.name} is false`;
    }
    if (limit.low !== null && limit.high !== null) return `${limit.name} is from ${show(limit.low)} to ${show(limit.high)}`;
    if (limit.low !== null) return `${limit.name} is at least ${show(limit.low)}`;
    return `${limit.name} is at most ${show(limit.high as number)}`;
  });
  const percent = (x: number) => `${Math.round(x * 100)}%`;
  const ratio = baseRate > 0 ? `${(box.density / baseRate).toFixed(1)}x as likely` : 'as likely';
  const where = conditions.length === 0 ? 'across the whole space (no box narrows it)' : `when ${conditions.join(' and ')}`;
  return (
    `${subject} is ${ratio} ${where} (${percent(box.density)} of runs in the box vs ${percent(baseRate)} of all runs; ` +
    `the box holds ${percent(box.mass)} of runs and ${percent(box.coverage)} of ${subject} runs)`
  );
}
