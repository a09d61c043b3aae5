import { CrisisSimError } from './crisis-sim-error.js';
import { type ResolvedFactor, resolveDesignFactors } from './design-factor.js';
import { placePoint } from './design-points.js';
import { hashString } from './hash.js';
import { type MorrisDesign, morrisDesign } from './morris-design.js';
import type { SensitivityTarget } from './one-at-a-time-sensitivity.js';
import type { ParameterSpec } from './parameter.js';
import { parseTarget } from './parse-target.js';
import { type EnsemblePlan, planEnsemble } from './plan-ensemble.js';
import { createRng } from './rng.js';
import { type SaltelliDesign, saltelliDesign } from './saltelli-design.js';
import type { AnyScenario } from './scenario.js';
import { deriveStreamSeed, type Seed, seedText, validateSeed } from './seed.js';

/** Options of {@link planGlobalSensitivity} and {@link globalSensitivity}. */
export interface GlobalSensitivityOptions {
  /** `morris` screens many parameters cheaply; `sobol` apportions the variance among a few. */
  readonly method: 'morris' | 'sobol';
  /** What is measured: `outcome:ID` or `indicator:ID` (its probability by the horizon). */
  readonly target: SensitivityTarget | string;
  /** Runs per design point: each point's output is a probability estimated from them. */
  readonly runs: number;
  readonly seed: Seed;
  /**
   * Parameters to vary (number parameters). Default: every number parameter with a prior
   * that is not held in `parameters`; `'all'`: every number parameter not held. Ranges come
   * from the priors (a parameter without one takes its whole range); everything else stays
   * at its default or its value in `parameters`.
   */
  readonly keys?: readonly string[] | 'all';
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** Morris: trajectories (default 20) and grid levels (default 4). */
  readonly trajectories?: number;
  readonly levels?: number;
  /** Sobol: base samples N (default 256; powers of two are best); N (k + 2) points for k parameters. */
  readonly samples?: number;
  /** Sobol: bootstrap resamples for the intervals (default 200). */
  readonly bootstrap?: number;
}

/** A planned global sensitivity analysis: the design, and one Monte Carlo batch per design point. */
export interface GlobalSensitivityPlan {
  readonly method: 'morris' | 'sobol';
  readonly target: SensitivityTarget;
  readonly seed: string;
  readonly bootstrap: number;
  readonly factors: readonly ResolvedFactor[];
  readonly morris?: MorrisDesign;
  readonly saltelli?: SaltelliDesign;
  /** One point per design point, on common random numbers: run them anywhere, in any blocks, and merge each point's summaries. */
  readonly ensemble: EnsemblePlan;
}

/**
 * Plans a Morris or Sobol analysis of a scenario: picks the parameters and their ranges,
 * builds the design on the unit cube, places it on the ranges, and plans each point as a
 * batch of `runs` on common random numbers (every point runs the same seeds, so the
 * differences between points are the parameters', not the luck of the draw). Pure and
 * shardable: hand the points to workers, then pass their summaries to
 * {@link globalSensitivityFromSummaries}.
 */
export function planGlobalSensitivity(scenario: AnyScenario, options: GlobalSensitivityOptions): GlobalSensitivityPlan {
  const issues = validateSeed(options.seed);
  if (options.method !== 'morris' && options.method !== 'sobol') {
    issues.push({
      code: 'invalid_option',
      path: ['method'],
      message: `method must be morris or sobol, got ${String(options.method)}`,
      value: options.method,
    });
  }
  if (issues.length > 0) throw new CrisisSimError(issues);
  const target = parseTarget(scenario, options.target);
  const held = options.parameters ?? {};
  const all = options.keys === 'all';
  const keys =
    options.keys === undefined || all
      ? Object.entries(scenario.parameters as ParameterSpec).flatMap(([key, definition]) =>
          definition.kind === 'number' &&
          (all || (definition.prior !== undefined && definition.prior.kind !== 'fixed')) &&
          !Object.hasOwn(held, key) &&
          definition.min < definition.max
            ? [key]
            : [],
        )
      : (options.keys as readonly string[]);
  const notNumbers = keys.filter((key) => scenario.parameters[key] !== undefined && scenario.parameters[key]?.kind !== 'number');
  if (notNumbers.length > 0) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['keys'],
        message: `global sensitivity varies number parameters only; not numbers: ${notNumbers.join(', ')}`,
        value: notNumbers,
      },
    ]);
  }
  if (keys.length === 0) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['keys'],
        message: 'no parameters to vary: the scenario has no number parameters with priors; name them in keys',
        value: keys,
      },
    ]);
  }
  const factors = resolveDesignFactors(
    scenario.parameters,
    keys.map((key) => ({ key })),
  );
  const master = seedText(options.seed);
  let unit: readonly (readonly number[])[];
  let morris: MorrisDesign | undefined;
  let saltelli: SaltelliDesign | undefined;
  if (options.method === 'morris') {
    morris = morrisDesign({
      dimensions: factors.length,
      trajectories: options.trajectories ?? 20,
      levels: options.levels ?? 4,
      rng: createRng(deriveStreamSeed(hashString(master), 'morris:trajectories')),
    });
    unit = morris.points;
  } else {
    saltelli = saltelliDesign({ dimensions: factors.length, samples: options.samples ?? 256 });
    unit = saltelli.points;
  }
  const ensemble = planEnsemble(scenario, {
    design: { kind: 'points', points: unit.map((u) => placePoint(factors, u)) },
    runs: options.runs,
    seed: master,
    parameters: held,
    streams: 'common',
  });
  return {
    method: options.method,
    target,
    seed: master,
    bootstrap: options.bootstrap ?? 200,
    factors,
    ...(morris === undefined ? {} : { morris }),
    ...(saltelli === undefined ? {} : { saltelli }),
    ensemble,
  };
}
