import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that take minutes of mostly waiting (Slurm jobs, a browser, shells of CLI commands),
 * started first so that the rest of the suite runs beside them instead of after them. Vitest
 * orders by the last run's durations when it has them, but not on a fresh checkout.
 */
const LONG_FILES = ['test/scale.test.ts', 'packages/report/test/report-in-browser.test.ts', 'test/docs-commands.test.ts'];

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONG_FILES.findIndex((name) => file.moduleId.endsWith(name));
      return index === -1 ? LONG_FILES.length : index;
    };
    // Array.prototype.sort is stable: the rest keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: LongFilesFirst },
  },
});
