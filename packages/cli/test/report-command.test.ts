import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenFixture, expectRefused, fixture, runCli, runCliBatch, tempDir } from './run-cli.js';

/** Runs every case in one process in `cwd` and checks each is refused by the bad-input rule with its message. */
async function expectAllRefused(cases: readonly (readonly [string[], RegExp])[], cwd: string): Promise<void> {
  const { results, stray } = await runCliBatch(
    cases.map(([args]) => args),
    cwd,
  );
  expect(stray).toBe('');
  for (const [i, [args, message]] of cases.entries()) expectRefused(results[i], message, args.join(' '));
}

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

  it('reports each analysis with --report: the same page as crisis-sim report of its saved JSON, whatever the --format', async () => {
    const cwd = tempDir();
    const commands: [string, string[]][] = [
      ['ensemble', ['ensemble', ...M, '--param', 'navy.escalation=0.1:0.5:3', '--runs', '50', '--quiet']],
      ['sensitivity', ['sensitivity', ...M, '--method', 'oat', '--target', 'outcome:clash', '--runs', '50', '--quiet']],
      ['discover', ['discover', ...M, '--target', 'outcome:clash', '--runs', '300', '--quiet']],
      ['compare-arms', ['compare', ...M, '--alt', 'navy.escalation=0.6', '--arm', 'guard.restraint=false', '--runs', '50']],
      ['sweep', ['sweep', ...M, '--param', 'navy.escalation', '--steps', '2', '--runs', '50', '--quiet']],
    ];
    // The table goes to stdout while the report is written; then the JSON, reported afterwards.
    // The 12 commands run one after another in one process through the built main.
    const { results, stray } = await runCliBatch(
      commands.flatMap(([kind, args]) => [
        [...args, '--report', `${kind}.html`],
        [...args, '--format', 'json', '--out', `${kind}.json`],
        ['report', ...M, `${kind}.json`, '--out', `${kind}-again.html`],
      ]),
      cwd,
    );
    expect(stray).toBe('');
    for (const [i, [kind]] of commands.entries()) {
      const [table, json, again] = results.slice(3 * i, 3 * i + 3);
      expect(table?.code, kind).toBe(0);
      expect(table?.stdout, kind).toMatch(/Replay: crisis-sim /);
      expect(json?.code, kind).toBe(0);
      expect(again?.stderr, kind).toBe('');
      const html = readFileSync(join(cwd, `${kind}.html`), 'utf8');
      expect(html, kind).toContain(`data-report-kind="${kind}"`);
      expect(readFileSync(join(cwd, `${kind}-again.html`), 'utf8'), kind).toBe(html);
    }
  });

  it('refuses an analysis --report that cannot be written before running, and an old analysis file without its scenario', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'out.html'), 'before');
    await runCli(
      ['sensitivity', ...M, '--method', 'oat', '--target', 'outcome:clash', '--runs', '20', '--quiet', '--out', 'oat.json'],
      cwd,
    );
    const { scenarioId: _id, ...old } = JSON.parse(readFileSync(join(cwd, 'oat.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(cwd, 'old.json'), JSON.stringify(old));
    const cases: [string[], RegExp][] = [
      [
        ['ensemble', ...M, '--param', 'navy.escalation=0.1:0.5:3', '--runs', '1000000', '--report', 'nowhere/r.html'],
        /^crisis-sim: cannot write --report nowhere\/r\.html: directory nowhere does not exist/,
      ],
      [
        ['discover', ...M, '--target', 'outcome:clash', '--runs', '1000000', '--out', 'out.html', '--report', 'out.html'],
        /--out and --report name the same file out\.html/,
      ],
      [
        ['backtest', 'niger-2023', '--runs', '1000000', '--report', 'out.html/x.html'],
        /^crisis-sim: cannot write --report out\.html\/x\.html/,
      ],
      [
        ['report', ...M, 'old.json', '--out', 'out.html'],
        /^crisis-sim: old\.json is not a valid sensitivity output: scenarioId must be a string/,
      ],
    ];
    await expectAllRefused(cases, cwd);
    expect(readFileSync(join(cwd, 'out.html'), 'utf8')).toBe('before');
    expect(existsSync(join(cwd, 'nowhere'))).toBe(false);
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
    await expectAllRefused(cases, cwd);
    expect(readFileSync(join(cwd, 'out.html'), 'utf8')).toBe('before');
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
