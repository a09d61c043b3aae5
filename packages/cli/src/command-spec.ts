import type { Options, PositionalOptions } from 'yargs';
import type { CliIo } from './cli-io.js';

/** What a command handler gets besides its arguments. */
export interface CommandContext {
  readonly io: CliIo;
  /** Aborted on SIGINT/SIGTERM: long runs save their checkpoint and stop. */
  readonly signal: AbortSignal;
  /** Runs another command line (without `crisis-sim`) with the same io and signal: merge finishes an analysis's shards so. */
  readonly dispatch: (argv: readonly string[]) => Promise<void>;
}

/**
 * A command as data: yargs is configured from these, and docs/cli.md is rendered from them
 * (see {@link renderCliReference}), so the reference never drifts from the parser.
 */
export interface CommandSpec {
  /** yargs command string: name and positionals, e.g. `run [scenario]`. */
  readonly command: string;
  /** One line for `--help` listings. */
  readonly summary: string;
  /** A paragraph for the reference. */
  readonly description: string;
  readonly positionals: Readonly<Record<string, PositionalOptions & { readonly describe: string }>>;
  readonly options: Readonly<Record<string, Options & { readonly describe: string }>>;
  /** `[command line, what it does]`; shown by `--help` and in the reference. */
  readonly examples: readonly (readonly [string, string])[];
  readonly handler: (args: Readonly<Record<string, unknown>>, context: CommandContext) => Promise<void>;
}

/** Options every command accepts. */
export const globalOptions: Readonly<Record<string, Options & { readonly describe: string }>> = {
  'scenario-module': {
    type: 'string',
    describe: 'Load the scenario from this JavaScript module (default export or export named scenario) instead of the built-ins',
    requiresArg: true,
  },
  debug: { type: 'boolean', describe: 'Print stack traces of errors', default: false },
};
