import type { AnyScenario, SensitivityTarget } from '@crisis-sim/engine';
import { eventLabel } from './event-label.js';

/**
 * An analysis target as a reader says it: "P(Armed clash)" for an outcome, "P(Blockade by the
 * horizon)" for an indicator. Accepts the object form or `outcome:ID` / `indicator:ID`.
 */
export function targetLabel(scenario: AnyScenario, target: SensitivityTarget | string): string {
  const parsed: SensitivityTarget =
    typeof target === 'string'
      ? target.startsWith('indicator:')
        ? { indicator: target.slice('indicator:'.length) }
        : { outcome: target.replace(/^outcome:/, '') }
      : target;
  return 'outcome' in parsed
    ? `P(${eventLabel(scenario, 'outcome', parsed.outcome)})`
    : `P(${eventLabel(scenario, 'indicator', parsed.indicator)} by the horizon)`;
}
