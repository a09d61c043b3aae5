import type { AnyScenario, Summary } from '@crisis-sim/engine';

/** Quotes a shell word when it needs it (POSIX single quotes). */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The `crisis-sim run` command that reproduces a summary, derived from its manifest alone:
 * the seed, size, uncertainty mode, stopping rule, shard range, and a `--set` for every
 * parameter that differs from the scenario's default (and, under priors, every held one).
 */
export function replayCommand(scenario: AnyScenario, summary: Summary, modulePath?: string, shard?: string): string {
  const m = summary.manifest;
  const words = ['crisis-sim', 'run', m.scenarioId];
  if (modulePath !== undefined) words.push('--scenario-module', modulePath);
  if (m.stop === undefined) words.push('--runs', String(m.runs));
  words.push('--seed', m.seed);
  for (const [key, value] of Object.entries(m.parameters)) {
    const definition = scenario.parameters[key];
    const held =
      m.uncertainty === 'priors' &&
      definition?.prior !== undefined &&
      definition.prior.kind !== 'fixed' &&
      !m.drawnParameters.includes(key);
    if (definition === undefined || value !== definition.default || held) words.push('--set', `${key}=${String(value)}`);
  }
  if (m.uncertainty !== 'none') words.push('--uncertainty', m.uncertainty);
  if (m.stop !== undefined) {
    words.push('--until-ci', String(m.stop.ciHalfWidth), '--max-runs', String(m.stop.maxRuns));
    if (m.stop.minRuns !== m.stop.every) words.push('--min-runs', String(m.stop.minRuns));
  }
  if (shard !== undefined) words.push('--shard', shard);
  return words.map(shellWord).join(' ');
}
