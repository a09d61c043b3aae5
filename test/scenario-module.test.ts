/**
 * A scenario written outside this repository, compiled to an ES module with its own
 * node_modules, runs in the built CLI with --scenario-module: on one thread and on worker
 * threads with the same result, in describe and trace too (docs/scenario-modules.md).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/dist/bin.js');

function externalProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'my-crisis-'));
  mkdirSync(join(project, 'node_modules', '@crisis-sim'), { recursive: true });
  symlinkSync(join(root, 'packages/engine'), join(project, 'node_modules', '@crisis-sim', 'engine'), 'dir');
  mkdirSync(join(project, 'dist'));
  copyFileSync(join(root, 'examples/dist/harbour-standoff/scenario.js'), join(project, 'dist', 'my-scenario.js'));
  return project;
}

const cli = (args: readonly string[], cwd: string) => execFileSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

describe('a scenario module from outside the repository', () => {
  const project = externalProject();
  const module = './dist/my-scenario.js';

  it('runs with identical summaries on one thread and on two workers', () => {
    const one = cli(['run', '--scenario-module', module, '--runs', '3000', '--seed', '11', '--workers', '1', '--format', 'json'], project);
    const two = cli(['run', '--scenario-module', module, '--runs', '3000', '--seed', '11', '--workers', '2', '--format', 'json'], project);
    expect(two).toBe(one);
    const parsed = JSON.parse(one) as { manifest: { scenarioId: string; seed: string }; runs: number };
    expect(parsed.manifest).toMatchObject({ scenarioId: 'harbour-standoff', seed: '11' });
    expect(parsed.runs).toBe(3000);
  });

  it('is described and traced like a built-in scenario', () => {
    expect(cli(['describe', '--scenario-module', module], project)).toContain('league.votingRule');
    const trace = cli(['trace', '--scenario-module', module, '--seed', '11', '--run', '3'], project);
    expect(trace).toMatch(/2025-\d\d-\d\d/);
    expect(trace).toContain('aldoria');
  });
});
