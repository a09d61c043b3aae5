import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources, not dist. The export condition is named after
    // the project so that a consumer's own `source` condition never resolves to our .ts files.
    conditions: ['@crisis-sim/source'],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts', 'docs/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // Vitest's default, one file at a time below one fork per core, runs a 2-core machine's
    // files one by one: then a file that mostly waits (the Slurm jobs, a browser, child
    // processes starting) leaves both cores idle. Two files at a time at least, on any machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
