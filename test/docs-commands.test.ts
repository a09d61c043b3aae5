/**
 * Every `crisis-sim` command shown in docs/ and the README runs, with the built CLI, and
 * exits 0. To keep the suite fast, run counts are capped (see capRuns: a few hundred runs a
 * command, a few dozen per design point, at most 2 Morris trajectories and 2 workers, a
 * stopping rule at 1,000 runs); everything else runs as written, block by block in one shell,
 * in a scratch folder where `./my-scenario.js` is the compiled tutorial scenario. A block
 * fenced as ```sh no-run is shown only (installation steps, cluster commands).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/dist/bin.js');
// One folder per process: another copy of the suite running beside this one must not delete this one's files.
const scratch = join(root, 'examples', '.doc-shell', String(process.pid));

function pages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
    );
  return [join(root, 'README.md'), ...walk(join(root, 'docs'))];
}

/** The lines of each shell block that run `crisis-sim` (also inside a one-line loop), comments removed, run counts capped. */
function commandBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  for (const match of markdown.matchAll(/^```(?:sh|bash|shell)([^\n]*)\n([\s\S]*?)^```\s*$/gm)) {
    if ((match[1] ?? '').includes('no-run')) continue;
    const lines = (match[2] ?? '')
      .split('\n')
      .map((line) => line.replace(/\s+#\s.*$/, '').trim())
      .filter((line) => /(^|; do |&& )crisis-sim /.test(line))
      .map(capRuns);
    if (lines.length > 0) blocks.push(lines);
  }
  return blocks;
}

/** Commands that run one batch: `--runs` counts every run. */
const BATCH_COMMANDS = ['run', 'compare', 'discover', 'backtest'];
/** Commands that run a design: `--runs` counts the runs at each point. */
const DESIGN_COMMANDS = ['sweep', 'ensemble', 'sensitivity'];
/** Runs a batch command makes here, at most. */
const BATCH_RUNS = 200;
/** Runs at each design point here, at most: a Morris screen of every niger-2023 parameter has over 300 points. */
const POINT_RUNS = 20;

/**
 * `line` with its run counts capped, as the file's comment says. A command that gives no
 * `--runs` gets the cap, since the defaults (up to 10,000 runs, 200 at each of thousands of
 * Morris points) would take minutes; shards, seeds, keys, formats and outputs are untouched,
 * so that shards of one batch still merge.
 */
function capRuns(line: string): string {
  const command = /(?:^|; do |&& )crisis-sim (\w+)/.exec(line)?.[1] ?? '';
  const cap = BATCH_COMMANDS.includes(command) ? BATCH_RUNS : DESIGN_COMMANDS.includes(command) ? POINT_RUNS : undefined;
  if (cap === undefined) return line;
  let capped = line.replace(/--runs (\d+)/g, (_, runs: string) => `--runs ${Math.min(Number(runs), cap)}`);
  capped = capped.replace(/--workers (\d+)/g, (_, workers: string) => `--workers ${Math.min(Number(workers), 2)}`);
  capped = capped.replace(/--trajectories (\d+)/g, (_, count: string) => `--trajectories ${Math.min(Number(count), 2)}`);
  if (capped.includes('--until-ci')) return capped.includes('--max-runs') ? capped : `${capped} --max-runs 1000`;
  if (!capped.includes('--runs')) capped = capped.replace(`crisis-sim ${command} `, `crisis-sim ${command} --runs ${cap} `);
  return capped;
}

const found = pages()
  .map((path) => ({ name: relative(root, path), blocks: commandBlocks(readFileSync(path, 'utf8')) }))
  .filter((page) => page.blocks.length > 0);

describe('crisis-sim commands in the docs', () => {
  it('finds the command examples', () => {
    expect(found.map((page) => page.name)).toEqual(expect.arrayContaining(['README.md', 'docs/cli.md']));
  });

  for (const page of found) {
    it(
      `run as written in ${page.name}`,
      () => {
        const dir = join(scratch, page.name.replaceAll('/', '__'));
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'my-scenario.js'), "export { default } from '../../../dist/harbour-standoff/scenario.js';\n");
        page.blocks.forEach((block, index) => {
          const script = [`crisis-sim() { node ${JSON.stringify(bin)} "$@"; }`, 'set -e', ...block].join('\n');
          try {
            execFileSync('bash', ['-c', script], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
          } catch (error) {
            const { stderr } = error as { stderr?: string };
            throw new Error(`block ${index + 1} of ${page.name} failed: ${stderr ?? String(error)}\n${block.join('\n')}`);
          }
        });
        // A time limit per command, not per page: a page of thirty commands on a busy two-core
        // machine (another test suite beside this one) needs minutes, and that is not a failure.
      },
      20_000 * page.blocks.flat().length + 30_000,
    );
  }
});
