import { defaultScenarioId } from './builtin-scenarios.js';

/** How every command's scenario positional is described: all default to the same scenario. */
export const scenarioPositional = {
  type: 'string',
  describe: `Scenario id (see crisis-sim list); default ${defaultScenarioId}, or the one --scenario-module exports`,
} as const;
