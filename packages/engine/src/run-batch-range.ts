import { CrisisSimError } from './crisis-sim-error.js';
import { drawParameters } from './draw-parameters.js';
import type { ParameterValue, ParameterValues } from './parameter.js';
import type { MonteCarloPlan } from './plan-monte-carlo.js';
import { freezeParameterValues } from './resolve-parameters.js';
import type { RunRecord } from './run-record.js';
import { runScenarioSeeded } from './run-scenario.js';
import type { AnyScenario } from './scenario.js';
import { checkSeed, deriveRunSeed, runSeedOf } from './seed.js';
import { countRun, createSummary, type IndicatorTally, type Summary } from './summary.js';

/**
 * Runs indices `[start, end)` of a planned batch and returns their summary: the unit of work
 * of a worker thread, a shard or a checkpoint interval. Each run depends only on the plan and
 * its own index, so any split of the indices merges to the same summary. `probe` receives
 * each run's position as it goes (see `RunScenarioOptions.probe`).
 */
export function runBatchRange(
  scenario: AnyScenario,
  plan: MonteCarloPlan,
  start: number,
  end: number,
  onRecord?: (record: RunRecord) => void,
  probe?: Float64Array,
): Summary {
  assertPlanMatches(scenario, plan);
  const summary = createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds);
  const { seed, drawnParameters } = plan.manifest;
  // A plan may arrive by postMessage, whose structured clone loses V8's fast properties.
  const baseValues = freezeParameterValues(plan.values);
  const options = {
    seed,
    runIndex: 0,
    mode: 'batch' as const,
    checkInvariants: plan.checkInvariants,
    recordEvents: false,
    ...(probe === undefined ? {} : { probe }),
  };
  const master = checkSeed(seed);
  const drawOptions = { constraints: scenario.constraints, values: baseValues };
  // The hot loop: tallies are looked up once, not per run.
  const ids = plan.indicatorIds;
  const tallies = ids.map((id) => summary.indicators[id] as IndicatorTally);
  for (let runIndex = start; runIndex < end; runIndex++) {
    const runSeed = runSeedOf(master, runIndex);
    const drawn = drawnParameters.length > 0 ? drawParameters(scenario.parameters, drawnParameters, runSeed, drawOptions) : NO_DRAWS;
    // Spreading a fast-mode object keeps its shape (about 5 us); rebuilding it entry by entry,
    // as freezeParameterValues does for the block's base, would cost about 27 us per run.
    const values = drawn === NO_DRAWS ? baseValues : Object.freeze({ ...baseValues, ...drawn });
    const result = runScenarioSeeded(scenario, values as ParameterValues<AnyScenario['parameters']>, { ...options, runIndex }, master);
    const count = summary.outcomes[result.outcome];
    if (count === undefined) countRun(summary, { runIndex, outcome: result.outcome, indicators: result.indicators }); // throws, naming it
    summary.outcomes[result.outcome] = (count as number) + 1;
    for (let i = 0; i < ids.length; i++) {
      const tally = tallies[i] as IndicatorTally;
      const day = result.indicators[ids[i] as string];
      if (day === null || day === undefined) tally.never++;
      else {
        while (tally.days.length <= day) tally.days.push(0);
        tally.days[day] = (tally.days[day] as number) + 1;
      }
    }
    summary.runs++;
    onRecord?.({ runIndex, runSeed, parameters: drawn, outcome: result.outcome, indicators: result.indicators });
  }
  if (end > start) summary.manifest = { ...summary.manifest, ranges: [[start, end]] };
  return summary;
}

/**
 * The full parameter values of one run of a batch: the plan's values with this run's draws
 * from the priors. What `crisis-sim trace` uses to replay a run of a `priors` batch.
 */
export function runParameters(scenario: AnyScenario, plan: MonteCarloPlan, runIndex: number): Readonly<Record<string, ParameterValue>> {
  const { seed, drawnParameters } = plan.manifest;
  if (drawnParameters.length === 0) return freezeParameterValues(plan.values);
  const drawn = drawParameters(scenario.parameters, drawnParameters, deriveRunSeed(seed, runIndex), {
    constraints: scenario.constraints,
    values: plan.values,
  });
  return freezeParameterValues({ ...plan.values, ...drawn });
}

const NO_DRAWS: Readonly<Record<string, ParameterValue>> = Object.freeze({});

function assertPlanMatches(scenario: AnyScenario, plan: MonteCarloPlan): void {
  const { scenarioId, scenarioVersion } = plan.manifest;
  if (scenario.id !== scenarioId || scenario.version !== scenarioVersion) {
    throw new CrisisSimError([
      {
        code: 'incompatible',
        path: ['scenario'],
        message: `plan is for ${scenarioId} ${scenarioVersion} but the scenario loaded is ${scenario.id} ${scenario.version}`,
        value: scenario.id,
      },
    ]);
  }
}
