/**
 * @packageDocumentation
 * The crisis-sim command line as a library: {@link main} runs it on an argument list, and the
 * command specs let tools (the docs generator) read its definition.
 */
export type { BuiltinScenario } from './builtin-scenarios.js';
export { builtinScenarios, builtinSource, defaultScenarioId } from './builtin-scenarios.js';
export type { CliIo } from './cli-io.js';
export { processIo } from './cli-io.js';
export { renderCliReference } from './cli-reference.js';
export type { CommandContext, CommandSpec } from './command-spec.js';
export { globalOptions } from './command-spec.js';
export { commands } from './commands.js';
export { EXIT, main } from './main.js';
