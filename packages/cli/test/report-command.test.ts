import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenFixture, fixture, runCli, tempDir } from './run-cli.js';

const M = ['--scenario-module', fixture];

// Each test runs the CLI several times, and a report bundles and renders: more than the default time on a busy machine.
describe('crisis-sim report', { timeout: 300_000 }, () => {
  it('turns a saved summary into the same page that run --report wrote, without rerunning', async () => {
    const cwd = tempDir();
    const run = await runCli(['run', ...M, '--runs', '300', '--seed', '2', '--quiet', '--out', 's.json', '--report', 'run.html'], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = await runCli(['report', ...M, 's.json', '--out', 'again.html'], cwd);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    const html = readFileSync(join(cwd, 'run.html'), 'utf8');
    expect(readFileSync(join(cwd, 'again.html'), 'utf8')).toBe(html);
    expect(html).toContain('data-report-kind="run"');
    expect(html).toContain(`crisis-sim run strait-standoff --scenario-module ${fixture} --runs 300 --seed 2`);
    expect(html).toContain('id="explorer-worker"');
  });

  it('writes to stdout without --out, and leaves the explorer out with --no-explorer', async () => {
    const cwd = tempDir();
    await runCli(['run', ...M, '--runs', '50', '--quiet', '--out', 's.json'], cwd);
    const { code, stdout } = await runCli(['report', ...M, 's.json', '--no-explorer'], cwd);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).not.toContain('<script');
  });

  it('reports compare and sweep with --report, and a saved trace', async () => {
    const cwd = tempDir();
    const compare = await runCli(['compare', ...M, '--alt', 'navy.escalation=0.6', '--runs', '100', '--report', 'c.html'], cwd);
    expect(compare.code).toBe(0);
    expect(compare.stdout).toContain('Replay: crisis-sim compare');
    expect(readFileSync(join(cwd, 'c.html'), 'utf8')).toContain('data-report-kind="compare"');
    const sweep = await runCli(['sweep', ...M, '--param', 'talks.format', '--runs', '50', '--report', 's.html'], cwd);
    expect(sweep.code).toBe(0);
    expect(readFileSync(join(cwd, 's.html'), 'utf8')).toContain('data-report-kind="sweep"');
    await runCli(['trace', ...M, '--run', '1', '--format', 'json', '--out', 't.json'], cwd);
    const trace = await runCli(['report', ...M, 't.json', '--out', 't.html'], cwd);
    expect(trace.code).toBe(0);
    expect(readFileSync(join(cwd, 't.html'), 'utf8')).toContain(
      `crisis-sim trace strait-standoff --scenario-module ${fixture} --seed 1 --run 1`,
    );
  });

  it('refuses bad input with one line and exit code 2, leaving an existing output untouched', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'out.html'), 'before');
    writeFileSync(join(cwd, 'notes.json'), '{"hello": 1}');
    writeFileSync(join(cwd, 'half.json'), '{"format": "crisis-sim-summary/1", ');
    await runCli(['run', ...M, '--runs', '20', '--quiet', '--out', 's.json'], cwd);
    const cases: [string[], RegExp][] = [
      [['report', 'missing.json', '--out', 'out.html'], /^crisis-sim: cannot read missing\.json: no such file\n$/],
      [
        ['report', 'notes.json', '--out', 'out.html'],
        /^crisis-sim: notes\.json is not a saved crisis-sim output; a report reads the JSON of crisis-sim run/,
      ],
      [['report', 'half.json', '--out', 'out.html'], /^crisis-sim: half\.json is not valid JSON/],
      [['report', 's.json', '--out', 'out.html'], /^crisis-sim: unknown scenario strait-standoff/],
      [['report', '--scenario-module', brokenFixture, 's.json', '--out', 'out.html'], /^crisis-sim: /],
      [
        ['compare', ...M, '--alt', 'navy.escalation=0.6', '--out', 'x.json', '--report', 'x.json'],
        /--out and --report name the same file x\.json/,
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await runCli(args, cwd);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stdout).toBe('');
      expect(readFileSync(join(cwd, 'out.html'), 'utf8')).toBe('before');
    }
  });

  it('refuses, before running, a scenario module the browser cannot load, writing nothing', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'needs-node.js'), `import 'node:fs';\nexport { default } from ${JSON.stringify(fixture)};\n`);
    const { code, stdout, stderr } = await runCli(
      ['run', '--scenario-module', './needs-node.js', '--runs', '100000', '--out', 's.json', '--report', 'r.html'],
      cwd,
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^crisis-sim: cannot bundle .*needs-node\.js for the explorer \(.*node:fs.*\); .*--no-explorer\n$/);
    expect(existsSync(join(cwd, 's.json'))).toBe(false);
    expect(existsSync(join(cwd, 'r.html'))).toBe(false);
  });
});
