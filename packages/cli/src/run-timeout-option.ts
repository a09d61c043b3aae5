import { DEFAULT_RUN_TIMEOUT_MS } from '@crisis-sim/runner';
import type { Options } from 'yargs';
import { parseSeconds } from './parse-seconds.js';

/** The --run-timeout option of every command that runs a batch (trace words it for its one run). */
export const runTimeoutOption: Options & { readonly describe: string } = {
  type: 'string',
  describe: 'Stop with an error naming the run, day and actor if one run takes longer than this many seconds',
  defaultDescription: String(DEFAULT_RUN_TIMEOUT_MS / 1000),
  requiresArg: true,
};

/** --run-timeout in milliseconds: the runner's default when it is not given. */
export function runTimeoutMsOf(args: Readonly<Record<string, unknown>>): number {
  return args['run-timeout'] === undefined ? DEFAULT_RUN_TIMEOUT_MS : parseSeconds('--run-timeout', args['run-timeout'] as string);
}
