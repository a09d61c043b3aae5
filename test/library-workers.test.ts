/**
 * Library use of runBatch with worker threads from a research project outside this
 * repository that installed the packages by path (symlinks in its node_modules, as
 * `pnpm add <path>` makes): the example of docs/running-at-scale.md runs there as written,
 * and gives the same counts on one and on two worker threads.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function researchProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'my-study-'));
  mkdirSync(join(project, 'node_modules', '@crisis-sim'), { recursive: true });
  for (const name of ['engine', 'runner', 'niger-2023']) {
    symlinkSync(join(root, 'packages', name), join(project, 'node_modules', '@crisis-sim', name), 'dir');
  }
  writeFileSync(join(project, 'package.json'), '{ "name": "my-study", "private": true, "type": "module" }\n');
  return project;
}

/** The `js` block of docs/running-at-scale.md: the study script as the page shows it. */
function studyScript(): string {
  const page = readFileSync(join(root, 'docs', 'running-at-scale.md'), 'utf8');
  const block = /^```js\n([\s\S]*?)^```\s*$/m.exec(page)?.[1];
  if (block === undefined) throw new Error('docs/running-at-scale.md has no js block');
  return block;
}

const run = (project: string, script: string) => {
  writeFileSync(join(project, 'study.mjs'), script);
  return JSON.parse(execFileSync(process.execPath, ['study.mjs'], { cwd: project, encoding: 'utf8' })) as {
    runs: number;
    outcomes: Record<string, number>;
  };
};

describe('runBatch with worker threads from a project outside the repository', () => {
  const project = researchProject();
  const script = studyScript();

  it('runs the documented example on two worker threads, as on one', () => {
    const two = run(project, script);
    expect(two.runs).toBe(4000);
    const one = run(project, script.replace('workers: 2', 'workers: 1'));
    expect(one).toEqual(two);
  });

  it('finds the scenario package from the current directory when `from` is not given', () => {
    expect(script).toContain(', from: import.meta.url');
    const two = run(project, script.replace(', from: import.meta.url', ''));
    expect(two.runs).toBe(4000);
  });
});
