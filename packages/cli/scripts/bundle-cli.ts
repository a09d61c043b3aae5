/**
 * Bundles the `crisis-sim` command into dist/bin.js (over the file tsc wrote), with the
 * runner's worker script as dist/worker.js and each built-in scenario as
 * dist/scenario-<id>.js; the code they share (the engine, above all) goes into dist/chunk-*.js,
 * loaded once per thread. Run by `pnpm build` after tsc: `tsx scripts/bundle-cli.ts`.
 *
 * Why: without it each thread (the main one and every worker) loaded some 200 ES modules one
 * file at a time, about a tenth of a CPU-second per thread before the first run. The library
 * entry (dist/index.js) stays tsc's output, unbundled.
 *
 * The bundle is built from the workspace's TypeScript sources, so its functions' text (which
 * `scenarioFingerprint` hashes) is esbuild's, not tsc's: summaries and checkpoints of the
 * CLI merge and resume with those of the same CLI, not with those of the library's dist
 * (docs/reproducibility.md). The main thread and the workers load the same bundled scenario
 * module, so their fingerprints agree.
 */
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { builtinScenarios, bundledScenarioFile } from '../src/builtin-scenarios.js';

const cli = fileURLToPath(new URL('..', import.meta.url));
const dist = join(cli, 'dist');
const require = createRequire(join(cli, 'package.json'));

/** The TypeScript entry of a workspace package (its `@crisis-sim/source` export). */
function sourceEntry(name: string): string {
  const manifest = require.resolve(`${name}/package.json`);
  const exported = (require(manifest) as { exports: { '.': { '@crisis-sim/source': string } } }).exports['.']['@crisis-sim/source'];
  return join(dirname(manifest), exported);
}

// Chunk names carry a content hash: drop the previous build's, which nothing loads any more.
for (const file of readdirSync(dist)) if (/^chunk-\w+\.js$/.test(file)) rmSync(join(dist, file));

const runner = dirname(sourceEntry('@crisis-sim/runner'));
await build({
  entryPoints: {
    bin: join(cli, 'src', 'bin.ts'),
    // The runner finds its worker script as ./worker.js beside its own code (worker-script.ts).
    worker: join(runner, 'worker.ts'),
    ...Object.fromEntries(builtinScenarios.map((entry) => [bundledScenarioFile(entry.id).replace(/\.js$/, ''), sourceEntry(entry.module)])),
  },
  outdir: dist,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['@crisis-sim/source'],
  define: { CRISIS_SIM_CLI_BUNDLE: 'true' },
  // The report (Vega, esbuild) loads on demand from its package and needs its own files beside it;
  // cli-progress is CommonJS that requires Node's modules, which an ES bundle cannot do.
  external: ['@crisis-sim/report', 'cli-progress'],
  logLevel: 'warning',
});
