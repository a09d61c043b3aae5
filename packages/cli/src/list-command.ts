import { loadScenario } from '@crisis-sim/runner';
import { builtinScenarios, builtinSource, defaultScenarioId } from './builtin-scenarios.js';
import type { CommandSpec } from './command-spec.js';
import { textTable } from './text-table.js';

/** `crisis-sim list`: the built-in scenarios. */
export const listCommand: CommandSpec = {
  command: 'list',
  summary: 'List the built-in scenarios',
  description:
    'Prints the id, version and title of each built-in scenario, one per line. Your own scenarios are used with --scenario-module.',
  positionals: {},
  options: {
    format: { type: 'string', choices: ['table', 'json'], default: 'table', describe: 'Output format', requiresArg: true },
  },
  examples: [
    ['crisis-sim list', 'Show the scenarios you can run'],
    ['crisis-sim list --format json', 'The same as JSON'],
  ],
  async handler(args, { io }) {
    const scenarios = await Promise.all(builtinScenarios.map((entry) => loadScenario(builtinSource(entry))));
    if (args.format === 'json') {
      const list = scenarios.map((s) => ({ id: s.id, version: s.version, title: s.title, default: s.id === defaultScenarioId }));
      io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      return;
    }
    const rows = scenarios.map((s) => [s.id, s.version, `${s.title}${s.id === defaultScenarioId ? ' (default)' : ''}`]);
    io.stdout.write(`${textTable([['id', 'version', 'title'], ...rows])}\n`);
  },
};
