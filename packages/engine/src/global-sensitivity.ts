import { CrisisSimError } from './crisis-sim-error.js';
import { runEnsemblePoint } from './ensemble.js';
import { morrisIndices } from './morris-indices.js';
import type { SensitivityTarget } from './one-at-a-time-sensitivity.js';
import { type GlobalSensitivityOptions, type GlobalSensitivityPlan, planGlobalSensitivity } from './plan-global-sensitivity.js';
import type { MonteCarloProgress } from './plan-monte-carlo.js';
import type { AnyScenario } from './scenario.js';
import { type BootstrapEstimate, sobolIndices } from './sobol-indices.js';
import type { Summary } from './summary.js';
import { targetProbability } from './target-probability.js';

/** One parameter's importance for the target. */
export interface GlobalSensitivityRow {
  readonly key: string;
  /** The range it was varied over. */
  readonly min: number;
  readonly max: number;
  /** Morris: mean effect, mean absolute effect, spread and standard error of mu*, in probability per whole range. */
  readonly morris?: { readonly mu: number; readonly muStar: number; readonly sigma: number; readonly muStarError: number };
  /** Sobol: first- and total-order indices with bootstrap intervals. */
  readonly sobol?: { readonly first: BootstrapEstimate; readonly total: BootstrapEstimate };
}

/** Result of {@link globalSensitivity}. */
export interface GlobalSensitivityResult {
  readonly method: 'morris' | 'sobol';
  readonly target: SensitivityTarget;
  readonly seed: string;
  /** Runs per design point. */
  readonly runs: number;
  /** Design points evaluated. */
  readonly points: number;
  /** Variance of the target probability over the design (Sobol), or null. */
  readonly variance: number | null;
  /** Most important first: by mu* (Morris) or total-order index (Sobol). */
  readonly rows: readonly GlobalSensitivityRow[];
}

/**
 * Global sensitivity of a target probability to a scenario's uncertain parameters, over
 * the ranges of their priors: Morris elementary effects or Sobol indices (see
 * {@link planGlobalSensitivity}). Runs every design point's batch on this thread.
 */
export function globalSensitivity(
  scenario: AnyScenario,
  options: GlobalSensitivityOptions & { readonly onProgress?: (progress: MonteCarloProgress) => void },
): GlobalSensitivityResult {
  const plan = planGlobalSensitivity(scenario, options);
  const total = plan.ensemble.points.length * plan.ensemble.runs;
  let done = 0;
  const summaries = plan.ensemble.points.map((point) =>
    runEnsemblePoint(scenario, point, (runs) => {
      done += runs;
      options.onProgress?.({ done, total });
    }),
  );
  return globalSensitivityFromSummaries(plan, summaries);
}

/**
 * The analysis of a planned design from the summaries of its points (in plan order), however
 * they were run: merged shards give the same result as {@link globalSensitivity}.
 */
export function globalSensitivityFromSummaries(plan: GlobalSensitivityPlan, summaries: readonly Summary[]): GlobalSensitivityResult {
  const points = plan.ensemble.points;
  if (
    summaries.length !== points.length ||
    summaries.some(
      (summary, i) => summary.runs !== plan.ensemble.runs || summary.manifest.parametersHash !== points[i]?.plan.manifest.parametersHash,
    )
  ) {
    throw new CrisisSimError([
      {
        code: 'incompatible',
        path: ['summaries'],
        message: `need the complete summary of each of the ${points.length} design points, in plan order, with ${plan.ensemble.runs} runs each`,
        value: summaries.length,
      },
    ]);
  }
  const values = summaries.map((summary) => targetProbability(summary, plan.target));
  const base = { method: plan.method, target: plan.target, seed: plan.seed, runs: plan.ensemble.runs, points: points.length };
  if (plan.morris !== undefined) {
    const rows = morrisIndices(plan.morris, values).map((row) => {
      const factor = plan.factors[row.factor];
      return {
        key: factor?.key as string,
        min: factor?.min as number,
        max: factor?.max as number,
        morris: { mu: row.mu, muStar: row.muStar, sigma: row.sigma, muStarError: row.muStarError },
      };
    });
    rows.sort((a, b) => b.morris.muStar - a.morris.muStar || a.key.localeCompare(b.key));
    return { ...base, variance: null, rows };
  }
  if (plan.saltelli === undefined) throw new TypeError('a global sensitivity plan has a Morris or a Saltelli design');
  const indices = sobolIndices(plan.saltelli, values, { bootstrap: plan.bootstrap, seed: plan.seed });
  const rows = indices.rows.map((row) => {
    const factor = plan.factors[row.factor];
    return {
      key: factor?.key as string,
      min: factor?.min as number,
      max: factor?.max as number,
      sobol: { first: row.first, total: row.total },
    };
  });
  rows.sort((a, b) => b.sobol.total.estimate - a.sobol.total.estimate || a.key.localeCompare(b.key));
  return { ...base, variance: indices.variance, rows };
}
