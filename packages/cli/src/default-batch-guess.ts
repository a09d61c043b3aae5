import type { Speculation } from '@crisis-sim/runner/prestart';
import { builtinScenarios } from './builtin-scenarios.js';
import { RUN_DEFAULTS } from './run-defaults.js';

/** Options that change how the batch is shown or where it runs, never what it computes. */
const PRESENTATION_FLAGS = ['--quiet'];
const PRESENTATION_OPTIONS: Readonly<Record<string, readonly string[] | undefined>> = {
  '--format': ['table', 'json', 'csv'],
  '--workers': undefined,
};

/**
 * The batch a `crisis-sim run` command line certainly asks for, read before its parser loads,
 * so that prestarted workers can plan it and run their first blocks meanwhile: only for the
 * default batch of a built-in scenario (`run`, `run <built-in>`) with nothing else than
 * --quiet, --format (one of its choices) and --workers, each given at most once. Undefined for
 * any other line, so that a line the parser may refuse, or whose batch reads a file or another
 * option, starts no work before the parser has seen it. (--workers is checked by the caller.)
 */
export function defaultBatchGuess(argv: readonly string[]): Speculation['options'] | undefined {
  if (argv[0] !== 'run') return undefined;
  let i = 1;
  const first = argv[1];
  if (first !== undefined && !first.startsWith('-')) {
    if (!builtinScenarios.some((entry) => entry.id === first)) return undefined;
    i = 2;
  }
  const seen = new Set<string>();
  while (i < argv.length) {
    const word = argv[i] as string;
    const eq = word.indexOf('=');
    const name = eq < 0 ? word : word.slice(0, eq);
    if (seen.has(name)) return undefined;
    seen.add(name);
    if (eq < 0 && PRESENTATION_FLAGS.includes(name)) {
      i += 1;
      continue;
    }
    if (!(name in PRESENTATION_OPTIONS)) return undefined;
    const value = eq < 0 ? argv[i + 1] : word.slice(eq + 1);
    const choices = PRESENTATION_OPTIONS[name];
    if (value === undefined || value.startsWith('-') || (choices !== undefined && !choices.includes(value))) return undefined;
    i += eq < 0 ? 2 : 1;
  }
  return { runs: RUN_DEFAULTS.runs, seed: RUN_DEFAULTS.seed, uncertainty: 'none', parameters: {}, checkInvariants: true };
}
