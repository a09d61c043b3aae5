import type { CommandSpec } from './command-spec.js';
import { DEFAULT_DESCRIBE_WIDTH, describeScenarioJson, describeScenarioTable } from './describe-scenario.js';
import { resolveScenario } from './resolve-scenario.js';
import { scenarioPositional } from './scenario-positional.js';

/** `crisis-sim describe <scenario>`: actors, parameters, outcomes and indicators. */
export const describeCommand: CommandSpec = {
  command: 'describe [scenario]',
  summary: "Show a scenario's actors, parameters, outcomes and indicators",
  description:
    "Describes a scenario: a block per actor and per parameter, fitted to the terminal width (100 columns when not a terminal), with each source's citation, date, URL and note. With --format json each actor has id, name, description and sources, and each parameter is an object with key, default, min and max (or values for a set of names), unit, description and source.",
  positionals: { scenario: scenarioPositional },
  options: {
    format: { type: 'string', choices: ['table', 'json'], default: 'table', describe: 'Output format', requiresArg: true },
  },
  examples: [
    ['crisis-sim describe niger-2023', 'Actors, parameters with defaults and sources, outcomes, indicators'],
    ['crisis-sim describe niger-2023 --format json', 'The same as JSON, for tools'],
    ['crisis-sim describe --scenario-module ./my-scenario.js', 'Describe your own scenario'],
  ],
  async handler(args, { io }) {
    const { scenario } = await resolveScenario(args.scenario as string | undefined, args['scenario-module'] as string | undefined, io.cwd);
    // A terminal's own width; pipes and files get a fixed width so that output does not depend on where it ran.
    const columns = (io.stdout as { columns?: unknown }).columns;
    const width = typeof columns === 'number' && columns > 0 ? columns : DEFAULT_DESCRIBE_WIDTH;
    io.stdout.write(
      args.format === 'json' ? `${JSON.stringify(describeScenarioJson(scenario), null, 2)}\n` : describeScenarioTable(scenario, width),
    );
  },
};
