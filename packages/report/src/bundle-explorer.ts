import { fileURLToPath } from 'node:url';
import { CrisisSimError } from '@crisis-sim/engine';
import { type BuildResult, build } from 'esbuild';
import type { ExplorerScripts } from './report-page.js';

/** Where the explorer finds its scenario: the module a CLI command loaded it from. */
export interface ExplorerScenarioSource {
  /** A file path or `file:` URL of the scenario's module (for a built-in, its package entry). */
  readonly module: string;
  /** The export that holds it; without it `default` then `scenario` are tried, as the CLI does. */
  readonly exportName?: string;
  /** The scenario's id, to pick it from a module that exports several. */
  readonly id: string;
}

/**
 * Bundles the explorer with esbuild: the page script (form, Vega charts) and the Web Worker
 * (the engine and the scenario's module, with everything they import), each one minified
 * script for the browser. Node-only: it reads the modules from disk. Run from the TypeScript
 * sources (tests) it bundles the workspace's sources; from `dist`, the built packages.
 */
export async function bundleExplorer(source: ExplorerScenarioSource): Promise<ExplorerScripts> {
  const fromSources = import.meta.url.endsWith('.ts');
  const file = (name: string) => fileURLToPath(new URL(`./browser/${name}${fromSources ? '.ts' : '.js'}`, import.meta.url));
  const scenarioPath = source.module.startsWith('file:') ? fileURLToPath(source.module) : source.module;
  const common = {
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
    conditions: fromSources ? ['@crisis-sim/source'] : [],
    define: { 'process.env.NODE_ENV': '"production"' },
  } as const;
  const workerEntry = [
    `import * as scenarioModule from ${JSON.stringify(scenarioPath)};`,
    `import { serveExplorer } from ${JSON.stringify(file('explorer-worker'))};`,
    `serveExplorer(scenarioModule, ${JSON.stringify(source.exportName)}, ${JSON.stringify(source.id)});`,
  ].join('\n');
  let built: [BuildResult, BuildResult];
  try {
    built = await Promise.all([
      build({
        ...common,
        stdin: { contents: workerEntry, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'explorer-worker-entry.ts' },
      }),
      build({ ...common, entryPoints: [file('explorer-main')] }),
    ]);
  } catch (error) {
    // A scenario module that needs Node (fs, a native package) cannot run in a browser: say so in one line.
    const first = (error as { errors?: readonly { text: string }[] }).errors?.[0]?.text ?? (error as Error).message;
    throw new CrisisSimError([
      {
        code: 'invalid_scenario',
        path: ['explorer'],
        message: `cannot bundle ${scenarioPath} for the explorer (${first}); a scenario for the browser may import only the engine and plain JavaScript, or leave the explorer out with --no-explorer`,
        value: scenarioPath,
      },
    ]);
  }
  return { worker: outputText(built[0]), page: outputText(built[1]) };
}

function outputText(result: BuildResult): string {
  const [output] = result.outputFiles ?? [];
  if (output === undefined) throw new Error('esbuild wrote no output');
  return output.text;
}
