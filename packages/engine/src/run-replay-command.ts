import { replayCommand } from './replay-command.js';
import type { AnyScenario } from './scenario.js';
import type { Summary } from './summary.js';

/**
 * The `crisis-sim run` command that reproduces a summary, derived from its manifest alone:
 * the seed, size, uncertainty mode, stopping rule, shard range, and a `--set` for every
 * parameter that differs from the scenario's default (and, under priors, every held one, so
 * that the replay holds it instead of drawing it).
 */
export function runReplayCommand(
  scenario: AnyScenario,
  summary: Summary,
  options: { readonly modulePath?: string | undefined; readonly shard?: string | undefined } = {},
): string {
  const m = summary.manifest;
  const sets: string[] = [];
  for (const [key, value] of Object.entries(m.parameters)) {
    const definition = scenario.parameters[key];
    const held =
      m.uncertainty === 'priors' &&
      definition?.prior !== undefined &&
      definition.prior.kind !== 'fixed' &&
      !m.drawnParameters.includes(key);
    if (definition === undefined || value !== definition.default || held) sets.push(`${key}=${String(value)}`);
  }
  const after: string[] = [];
  if (m.uncertainty !== 'none') after.push('--uncertainty', m.uncertainty);
  if (m.stop !== undefined) {
    after.push('--until-ci', String(m.stop.ciHalfWidth), '--max-runs', String(m.stop.maxRuns));
    if (m.stop.minRuns !== m.stop.every) after.push('--min-runs', String(m.stop.minRuns));
  }
  if (options.shard !== undefined) after.push('--shard', options.shard);
  return replayCommand({
    command: 'run',
    scenarioId: m.scenarioId,
    modulePath: options.modulePath,
    runs: m.stop === undefined ? m.runs : undefined,
    seed: m.seed,
    sets,
    after,
  });
}
