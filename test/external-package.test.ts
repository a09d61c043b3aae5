/**
 * The external scenario package of docs/scenario-modules.md, built from the page's own
 * blocks: every block fenced with `file=PATH` is written to a temporary folder, crisis-sim's
 * packages are packed as tarballs into its `vendor/` (as the page tells a user to), and pnpm
 * installs it as a user would, from the npm registry (or pnpm's store) and the tarballs.
 * Then the scenario compiles, its property tests pass under vitest, fast-check is installed
 * once, and the page's command block (fenced `external-package`) runs against the compiled
 * module with the installed CLI. Needs the built packages (`pnpm build`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const page = readFileSync(join(root, 'docs/scenario-modules.md'), 'utf8');
const packed = ['engine', 'runner', 'report', 'niger-2023', 'cli'];

/** The page's `file=PATH` blocks, by path. */
function fileBlocks(markdown: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const match of markdown.matchAll(/^```\S*[^\n]*\bfile=(\S+)[^\n]*\n([\s\S]*?)^```\s*$/gm)) {
    files.set(match[1] as string, match[2] as string);
  }
  return files;
}

/** The `crisis-sim` lines of the page's block fenced `external-package`, run counts capped to keep the test fast. */
function commandLines(markdown: string): string[] {
  const block = /^```sh[^\n]*\bexternal-package\b[^\n]*\n([\s\S]*?)^```\s*$/m.exec(markdown)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('crisis-sim '))
    .map((line) => {
      const capped = line.replace(/--runs (\d+)/g, (_, runs: string) => `--runs ${Math.min(Number(runs), 400)}`);
      return /^crisis-sim run\b/.test(capped) && !capped.includes('--runs') ? `${capped} --runs 400` : capped;
    });
}

/**
 * The environment of a user's shell: none of the variables that the outer pnpm and vitest
 * set for this test run, which would otherwise leak into the inner install and test run.
 */
function userEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|PNPM_|VITEST|TEST$|NODE_OPTIONS$|NODE_ENV$|FORCE_COLOR$)/i.test(key)) continue;
    env[key] = value;
  }
  env.NO_COLOR = '1';
  return env;
}

const pnpm = (args: readonly string[], cwd: string): string =>
  execFileSync('npx', ['--yes', 'pnpm@12.4.2', ...args], { cwd, env: userEnvironment(), encoding: 'utf8', stdio: 'pipe' });

describe('the external scenario package of docs/scenario-modules.md', () => {
  const files = fileBlocks(page);
  let project = '';

  beforeAll(() => {
    for (const name of packed) {
      if (!existsSync(join(root, 'packages', name, 'dist'))) throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
    }
    project = mkdtempSync(join(tmpdir(), 'my-crisis-'));
    for (const [path, text] of files) {
      mkdirSync(dirname(join(project, path)), { recursive: true });
      writeFileSync(join(project, path), text);
    }
    const vendor = join(project, 'vendor');
    for (const name of packed) pnpm(['pack', '--pack-destination', vendor], join(root, 'packages', name));
    // As a user would: from the registry, through pnpm's store when it already holds a package.
    pnpm(['install', '--prefer-offline'], project);
    pnpm(['run', 'build'], project);
  }, 180_000);

  afterAll(() => {
    if (project !== '') rmSync(project, { recursive: true, force: true });
  });

  it('is complete: a package.json, pnpm settings, a tsconfig, a vitest config, a scenario and its tests', () => {
    expect([...files.keys()].sort()).toEqual([
      'package.json',
      'pnpm-workspace.yaml',
      'src/my-scenario.ts',
      'test/my-scenario.test.ts',
      'tsconfig.json',
      'vitest.config.ts',
    ]);
    expect(files.get('package.json')).not.toContain('link:');
    expect(files.get('pnpm-workspace.yaml')).toMatch(/allowBuilds:\s*\n\s*esbuild: true/);
  });

  it('installs crisis-sim from tarballs, with one copy of fast-check and of the engine', () => {
    const store = readdirSync(join(project, 'node_modules/.pnpm'));
    expect(store.filter((entry) => entry.startsWith('fast-check@'))).toEqual(['fast-check@4.11.0']);
    expect(store.filter((entry) => entry.startsWith('@crisis-sim+engine@'))).toHaveLength(1);
    expect(store.some((entry) => entry.startsWith('esbuild@'))).toBe(true);
  });

  it('needs its allowBuilds line: without it, pnpm refuses to install', () => {
    const bare = mkdtempSync(join(tmpdir(), 'my-crisis-bare-'));
    try {
      cpSync(join(project, 'vendor'), join(bare, 'vendor'), { recursive: true });
      writeFileSync(join(bare, 'package.json'), files.get('package.json') as string);
      const settings = (files.get('pnpm-workspace.yaml') as string).replace(/allowBuilds:\s*\n\s*esbuild: true\n/, '');
      expect(settings).not.toContain('allowBuilds');
      writeFileSync(join(bare, 'pnpm-workspace.yaml'), settings);
      let refusal = '';
      try {
        pnpm(['install', '--prefer-offline'], bare);
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        refusal = `${stdout ?? ''}${stderr ?? ''}`;
      }
      expect(refusal).toMatch(/ERR_PNPM_IGNORED_BUILDS[\s\S]*esbuild/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  }, 120_000);

  it('compiles the scenario and passes its property tests under vitest', () => {
    expect(existsSync(join(project, 'dist/my-scenario.js'))).toBe(true);
    const output = pnpm(['test'], project);
    expect(output).toMatch(/Tests\s+2 passed/);
  }, 120_000);

  it('runs every command of the page on the compiled module with the installed CLI', () => {
    const lines = commandLines(page);
    expect(lines.map((line) => line.split(' ')[1])).toEqual(
      expect.arrayContaining(['describe', 'run', 'trace', 'compare', 'sweep', 'merge']),
    );
    const bin = join(project, 'node_modules/.bin/crisis-sim');
    const script = [`crisis-sim() { ${JSON.stringify(bin)} "$@"; }`, 'set -e', ...lines].join('\n');
    const output = execFileSync('bash', ['-c', script], { cwd: project, env: userEnvironment(), encoding: 'utf8', stdio: 'pipe' });
    expect(output).toContain('A dockers strike (port-strike 0.1.0)');
    expect(output).toContain('400 runs, seed 11');
  }, 120_000);
});
