import { CrisisSimError, engineVersion } from '@crisis-sim/engine';
import { closestName } from '@crisis-sim/engine/internal';
import yargs from 'yargs';
import { type CliIo, processIo } from './cli-io.js';
import { cliVersion } from './cli-version.js';
import { type CommandSpec, globalOptions } from './command-spec.js';
import { commands } from './commands.js';
import { usageError } from './usage-error.js';

/** Exit codes: 0 success, 1 unexpected failure (a bug), 2 bad input, 130 interrupted. */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code. Errors
 * become one line on stderr (`crisis-sim: <message>`), with the stack only under --debug.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  const controller = new AbortController();
  const interrupt = () => controller.abort(new Interrupted());
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await buildParser(argv, io, controller.signal).parseAsync();
    return EXIT.ok;
  } catch (error) {
    return report(error, io, debug);
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}

class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

/** yargs' own complaints (unknown flag, bad choice), carried to the one-line reporter. */
class UsageFailure extends Error {}

function buildParser(argv: readonly string[], io: CliIo, signal: AbortSignal) {
  const names = commands.map((spec) => commandName(spec));
  let parser = yargs([...argv])
    .scriptName('crisis-sim')
    .usage('crisis-sim <command> [options]\n\nSeeded Monte Carlo simulation of geopolitical crises.')
    .version(`${cliVersion()} (engine ${engineVersion})`)
    .options(globalOptions)
    .strict()
    .demandCommand(1, `give a command: ${names.slice(0, -1).join(', ')} or ${names.at(-1)} (see crisis-sim --help)`)
    .recommendCommands()
    .exitProcess(false)
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((message, error) => {
      // yargs reports its own parse errors as YError; anything else came from a handler.
      if (error !== undefined && error !== null && error.name !== 'YError') throw error;
      const text = message ?? error?.message ?? 'bad command line';
      throw new UsageFailure(explain(text, argv, optionsOf(argv, names), names));
    });
  for (const spec of commands) {
    parser = parser.command({
      command: spec.command,
      describe: spec.summary,
      builder: (y) => {
        let built = y.usage(`crisis-sim ${spec.command} [options]\n\n${spec.description}`);
        for (const [name, positional] of Object.entries(spec.positionals)) built = built.positional(name, positional);
        built = built.options(spec.options);
        for (const [command, description] of spec.examples) built = built.example(command, description);
        return built;
      },
      handler: (args) => {
        for (const [name, option] of Object.entries({ ...globalOptions, ...spec.options })) {
          if (option.array !== true && Array.isArray(args[name]))
            throw usageError(`--${name} was given more than once; give it once`, args[name]);
        }
        const dispatch = async (words: readonly string[]) => {
          await buildParser(words, io, signal).parseAsync();
        };
        return spec.handler(args as Record<string, unknown>, { io, signal, dispatch });
      },
    });
  }
  parser.example('crisis-sim run niger-2023', 'Run the default batch (10,000 runs, seed 1)');
  parser.example('crisis-sim describe niger-2023', 'See its parameters');
  parser.epilogue('Every command has --help with examples. Reference: docs/cli.md');
  return parser;
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function commandName(spec: CommandSpec): string {
  return spec.command.split(' ')[0] as string;
}

/**
 * The option names a typo hint may suggest: those of the command the line names (its first
 * word that is a command), so that `run --run 5` is not told to use trace's --run.
 */
function optionsOf(argv: readonly string[], names: readonly string[]): string[] {
  const first = argv.find((word) => names.includes(word));
  const spec = commands.find((candidate) => commandName(candidate) === first);
  return ['help', 'version', ...Object.keys(globalOptions), ...(spec === undefined ? [] : Object.keys(spec.options))];
}

/** Turns yargs messages into one line, with the closest known name for an unknown flag or command. */
function explain(message: string, argv: readonly string[], options: string[], commandNames: string[]): string {
  const firstLine = message.split('\n')[0] ?? message;
  if (firstLine.startsWith('Did you mean')) {
    const given = argv.find((word) => !word.startsWith('-')) ?? '';
    return `unknown command ${given}; ${firstLine.charAt(0).toLowerCase()}${firstLine.slice(1)}`;
  }
  const unknown = /^Unknown arguments?: (.+)$/.exec(firstLine);
  if (unknown !== null) {
    // yargs also lists the camelCase alias of a dashed name (until-ci, untilCi): name each once.
    const listed = (unknown[1] ?? '').split(', ');
    const names = listed.filter((name) => !listed.some((other) => other !== name && camelCase(other) === name));
    const name = names[0] ?? '';
    // A mistyped flag is matched against options only, a stray word against commands only.
    const isFlag = argv.some(
      (word) => word === `-${name}` || word === `--${name}` || word === `--no-${name}` || word.startsWith(`--${name}=`),
    );
    const near = closestName(name, isFlag ? options : commandNames);
    const command = argv.find((word) => commandNames.includes(word));
    const help = command === undefined ? 'crisis-sim --help' : `crisis-sim ${command} --help`;
    const hint = near === undefined ? `see ${help}` : `did you mean ${isFlag ? '--' : ''}${near}?`;
    return `unknown ${names.length > 1 ? 'arguments' : 'argument'} ${names.join(', ')}; ${hint}`;
  }
  const invalid = /Argument: (\S+), Given: (.+), Choices: (.+)$/.exec(message.replaceAll('\n', ' '));
  if (invalid !== null) return `--${invalid[1]} must be one of ${invalid[3]}, got ${invalid[2]}`;
  if (firstLine.startsWith('Not enough non-option arguments')) {
    const spec = commands.find((candidate) => argv.includes(commandName(candidate)));
    if (spec !== undefined)
      return `${commandName(spec)} needs ${spec.command.split(' ').slice(1).join(' ')} (see crisis-sim ${commandName(spec)} --help)`;
  }
  const missing = /^Not enough arguments following: (\S+)/.exec(firstLine);
  if (missing !== null) return `--${missing[1]} needs a value`;
  return firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
}

function report(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof Interrupted) {
    io.stderr.write('crisis-sim: interrupted; with --checkpoint, rerun the same command to resume\n');
    return EXIT.interrupted;
  }
  if (error instanceof CrisisSimError || error instanceof UsageFailure) {
    const message = error instanceof CrisisSimError ? (error.issues[0]?.message ?? error.message) : error.message;
    const others = error instanceof CrisisSimError ? error.issues.length - 1 : 0;
    const more = others > 0 ? ` (and ${others} more problem${others === 1 ? '' : 's'})` : '';
    io.stderr.write(`crisis-sim: ${message}${more}\n`);
    if (debug && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`crisis-sim: unexpected error: ${message.split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  return EXIT.failure;
}
