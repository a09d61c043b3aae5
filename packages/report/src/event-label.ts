import type { AnyScenario } from '@crisis-sim/engine';

/** The label a scenario gives an outcome or indicator, or its id when the scenario has none by that id. */
export function eventLabel(scenario: AnyScenario, kind: 'outcome' | 'indicator', id: string): string {
  const entries = (kind === 'outcome' ? scenario.outcomes : (scenario.indicators ?? [])) as readonly { id: string; label: string }[];
  return entries.find((entry) => entry.id === id)?.label ?? id;
}
