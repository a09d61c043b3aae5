import { CrisisSimError } from './crisis-sim-error.js';
import { type Design, designPoints } from './design-points.js';
import { hashParameters } from './hash-parameters.js';
import type { ParameterValue } from './parameter.js';
import { type MonteCarloPlan, planMonteCarlo } from './plan-monte-carlo.js';
import type { AnyScenario } from './scenario.js';
import { type Seed, seedText, validateSeed } from './seed.js';
import type { Uncertainty } from './summary.js';

/**
 * Where a design point's random streams come from:
 * - `per-point` (default): from a seed derived from the master seed and a hash of the
 *   point's full parameter values, so points are independent of each other, and adding,
 *   removing or reordering points changes no other point;
 * - `common`: every point runs the master seed's runs (common random numbers), so
 *   neighbouring points differ by the parameters only, not by luck; a point's summary is
 *   then the plain batch `runMonteCarlo({ seed, parameters })`. Also independent of position.
 */
export type EnsembleStreams = 'per-point' | 'common';

/** Options of {@link planEnsemble} and {@link ensemble}. */
export interface EnsembleOptions {
  readonly design: Design;
  /** Runs per design point. */
  readonly runs: number;
  readonly seed: Seed;
  /** Overrides of the parameters the design does not vary, held at every point. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** `none` (default) or `priors`: the parameters neither varied nor held are drawn per run. */
  readonly uncertainty?: Uncertainty;
  readonly streams?: EnsembleStreams;
  readonly checkInvariants?: boolean;
}

/** One design point, ready to run: its values, its seed and its Monte Carlo plan. */
export interface EnsemblePointPlan {
  /** Values of the varied parameters at this point. */
  readonly values: Readonly<Record<string, ParameterValue>>;
  /** The master seed of this point's batch, as text: `crisis-sim run --seed` with it reproduces the point. */
  readonly seed: string;
  /** The batch of this point: run blocks of it with `runBatchRange` anywhere and merge them with `mergeSummaries`. */
  readonly plan: MonteCarloPlan;
}

/** Result of {@link planEnsemble}: plain data, to post to workers or write down. */
export interface EnsemblePlan {
  readonly seed: string;
  readonly runs: number;
  readonly streams: EnsembleStreams;
  /** The varied keys, in design order. */
  readonly keys: readonly string[];
  readonly points: readonly EnsemblePointPlan[];
}

/**
 * Validates an ensemble and plans each design point as its own Monte Carlo batch. The work
 * is then `points x runs` independent runs, each depending only on its point's plan and run
 * index: a runner may split it into (point, run range) blocks on any number of workers or
 * shards and merge each point's blocks, with the same result as `ensemble`. Throws one
 * {@link CrisisSimError} for a bad design, a value out of range, or bad runs or seed.
 */
export function planEnsemble(scenario: AnyScenario, options: EnsembleOptions): EnsemblePlan {
  const issues = [...validateSeed(options.seed)];
  const streams = options.streams ?? 'per-point';
  if (streams !== 'per-point' && streams !== 'common') {
    issues.push({
      code: 'invalid_option',
      path: ['streams'],
      message: `streams must be per-point or common, got ${String(streams)}`,
      value: streams,
    });
  }
  if (issues.length > 0) throw new CrisisSimError(issues);
  const master = seedText(options.seed);
  const values = designPoints(scenario.parameters, options.design);
  const keys = [...new Set(values.flatMap((point) => Object.keys(point)))];
  const held = options.parameters ?? {};
  const points = values.map((point, index) => {
    const parameters = { ...held, ...point };
    let plan: MonteCarloPlan;
    try {
      plan = planMonteCarlo(scenario, {
        runs: options.runs,
        seed: master,
        parameters,
        uncertainty: options.uncertainty ?? 'none',
        ...(options.checkInvariants === undefined ? {} : { checkInvariants: options.checkInvariants }),
      });
    } catch (error) {
      if (!(error instanceof CrisisSimError)) throw error;
      throw new CrisisSimError(error.issues.map((issue) => ({ ...issue, path: ['points', index, ...issue.path] })));
    }
    if (streams === 'common') return { values: point, seed: master, plan };
    // The hash covers every resolved value and the drawn keys, so the same full parameter
    // set gets the same streams whatever design it appears in.
    const seed = `${master}/${hashParameters(plan.values, plan.manifest.drawnParameters)}`;
    return { values: point, seed, plan: { ...plan, manifest: { ...plan.manifest, seed } } };
  });
  return { seed: master, runs: options.runs, streams, keys, points };
}
