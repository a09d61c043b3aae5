import { backtestCommand } from './backtest-command.js';
import type { CommandSpec } from './command-spec.js';
import { compareCommand } from './compare-command.js';
import { describeCommand } from './describe-command.js';
import { discoverCommand } from './discover-command.js';
import { ensembleCommand } from './ensemble-command.js';
import { listCommand } from './list-command.js';
import { mergeCommand } from './merge-command.js';
import { reportCommand } from './report-command.js';
import { runCommand } from './run-command.js';
import { sensitivityCommand } from './sensitivity-command.js';
import { sweepCommand } from './sweep-command.js';
import { traceCommand } from './trace-command.js';

/** Every command, in the order `--help` and the reference list them. */
export const commands: readonly CommandSpec[] = [
  listCommand,
  describeCommand,
  runCommand,
  compareCommand,
  sweepCommand,
  ensembleCommand,
  sensitivityCommand,
  discoverCommand,
  backtestCommand,
  traceCommand,
  mergeCommand,
  reportCommand,
];
