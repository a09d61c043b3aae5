import { CrisisSimError } from './crisis-sim-error.js';
import type { SensitivityTarget } from './one-at-a-time-sensitivity.js';
import type { AnyScenario } from './scenario.js';

/**
 * Reads a target written `outcome:ID` or `indicator:ID` (as the command line takes it) and
 * checks it against a scenario. Throws a {@link CrisisSimError} naming the known ids.
 */
export function parseTarget(scenario: AnyScenario, text: string | SensitivityTarget): SensitivityTarget {
  let target: SensitivityTarget | undefined;
  if (typeof text === 'string') {
    const match = /^(outcome|indicator):(.+)$/.exec(text);
    if (match === null) {
      throw new CrisisSimError([
        { code: 'invalid_option', path: ['target'], message: `target must be outcome:ID or indicator:ID, got ${text}`, value: text },
      ]);
    }
    target = match[1] === 'outcome' ? { outcome: match[2] as string } : { indicator: match[2] as string };
  } else {
    target = text;
  }
  const isOutcome = 'outcome' in target;
  const id = 'outcome' in target ? target.outcome : target.indicator;
  const known = isOutcome
    ? scenario.outcomes.map((outcome: { id: string }) => outcome.id)
    : (scenario.indicators ?? []).map((indicator: { id: string }) => indicator.id);
  if (!known.includes(id)) {
    throw new CrisisSimError([
      {
        code: 'unknown_key',
        path: ['target', isOutcome ? 'outcome' : 'indicator'],
        message: `unknown ${isOutcome ? 'outcome' : 'indicator'} ${id}; known: ${known.join(', ')}`,
        value: id,
      },
    ]);
  }
  return target;
}
