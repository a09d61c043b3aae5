#!/usr/bin/env node
import { prestartForRun } from './prestart-for-run.js';

// `crisis-sim run` starts its worker threads first, so that they boot and load the scenario
// while this thread loads the command line's modules (imported only now, for that reason).
const argv = process.argv.slice(2);
const prestarted = prestartForRun(argv, process.cwd());
const { main } = await import('./main.js');

// `crisis-sim run ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(argv, undefined, { prestarted });
