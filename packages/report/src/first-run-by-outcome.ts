import { type AnyScenario, type RunResult, runScenario, type Summary } from '@crisis-sim/engine';
import { planMonteCarlo, runParameters } from '@crisis-sim/engine/internal';

/** How many runs {@link firstRunByOutcome} replays at most while looking for an outcome. */
export const NARRATIVE_SEARCH_LIMIT = 20_000;

/**
 * For each outcome the summary counts at least once, the trace of the first run (lowest run
 * index among those it counts) that ended in it, replayed from the summary's manifest. Runs
 * are replayed in batch mode until every such outcome is found (or {@link NARRATIVE_SEARCH_LIMIT}
 * runs), then the chosen ones in trace mode. Returns an empty map when the manifest's
 * parameters do not reproduce its parameter hash (a summary from another model version).
 */
export function firstRunByOutcome(scenario: AnyScenario, summary: Summary, limit = NARRATIVE_SEARCH_LIMIT): Map<string, RunResult> {
  const m = summary.manifest;
  const drawn = new Set(m.drawnParameters);
  const held = Object.fromEntries(Object.entries(m.parameters).filter(([key]) => !drawn.has(key)));
  const found = new Map<string, RunResult>();
  let plan: ReturnType<typeof planMonteCarlo>;
  try {
    plan = planMonteCarlo(scenario, { runs: m.runs, seed: m.seed, parameters: held, uncertainty: m.uncertainty });
  } catch {
    return found;
  }
  if (plan.manifest.parametersHash !== m.parametersHash) return found;
  const wanted = new Set(Object.entries(summary.outcomes).flatMap(([id, count]) => (count > 0 ? [id] : [])));
  const firstIndex = new Map<string, number>();
  let tried = 0;
  search: for (const [start, end] of m.ranges) {
    for (let runIndex = start; runIndex < end; runIndex++) {
      if (firstIndex.size === wanted.size || tried >= limit) break search;
      tried++;
      const values = runParameters(scenario, plan, runIndex);
      const result = runScenario(scenario, values as never, {
        seed: m.seed,
        runIndex,
        mode: 'batch',
        checkInvariants: false,
        recordEvents: false,
      });
      if (wanted.has(result.outcome) && !firstIndex.has(result.outcome)) firstIndex.set(result.outcome, runIndex);
    }
  }
  for (const outcome of wanted) {
    const runIndex = firstIndex.get(outcome);
    if (runIndex === undefined) continue;
    const values = runParameters(scenario, plan, runIndex);
    found.set(outcome, runScenario(scenario, values as never, { seed: m.seed, runIndex, mode: 'trace', checkInvariants: false }));
  }
  return found;
}
