import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';

const M = ['--scenario-module', fixture];

interface Ensemble {
  readonly design: string;
  readonly seed: string;
  readonly runs: number;
  readonly keys: readonly string[];
  readonly points: readonly {
    values: Record<string, unknown>;
    seed: string;
    summary: { runs: number; outcomes: Record<string, number>; manifest: { seed: string; parameters: Record<string, unknown> } };
  }[];
}

describe('crisis-sim ensemble', () => {
  it('runs the full factorial of a stepped range and every value of a choice, one row per point', async () => {
    const { code, stdout, stderr } = await runCli([
      'ensemble',
      ...M,
      '--param',
      'navy.escalation=0:1:3',
      '--param',
      'talks.format',
      '--runs',
      '100',
      '--seed',
      '4',
      '--workers',
      '1',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('ensemble, grid design of 6 points');
    expect(stdout).toContain('100 runs per point, each point seeded from seed 4 and its parameter values');
    for (const value of ['0', '0.5', '1']) {
      expect(stdout).toMatch(new RegExp(`^${value.replace('.', '\\.')} +direct +[\\d.]+%`, 'm'));
      expect(stdout).toMatch(new RegExp(`^${value.replace('.', '\\.')} +shuttle +[\\d.]+%`, 'm'));
    }
    expect(stdout).toContain(
      `Replay: crisis-sim ensemble strait-standoff --scenario-module ${fixture} --param navy.escalation=0:1:3 --param talks.format --design grid --runs 100 --seed 4`,
    );
  });

  it('gives byte-identical CSV for 1, 2 and 4 workers, and each point equals crisis-sim run with its seed and values', async () => {
    const args = [
      'ensemble',
      ...M,
      '--param',
      'navy.escalation=0.1:0.5',
      '--param',
      'mediator.delay=2:12',
      '--design',
      'lhs',
      '--points',
      '5',
      '--runs',
      '1500',
      '--seed',
      '9',
      '--format',
      'csv',
      '--quiet',
    ];
    const outputs = await Promise.all(['1', '2', '4'].map((workers) => runCli([...args, '--workers', workers])));
    for (const output of outputs) expect(output.code).toBe(0);
    expect(outputs[1]?.stdout).toBe(outputs[0]?.stdout);
    expect(outputs[2]?.stdout).toBe(outputs[0]?.stdout);
    const lines = (outputs[0]?.stdout ?? '').split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toMatch(/^# crisis-sim ensemble: strait-standoff 1\.0\.0, engine \S+, seed 9, design lhs, 5 points x 1500 runs/);
    expect(lines[1]).toMatch(/^# manifest: \{"scenarioId":"strait-standoff"/);
    expect(lines[2]).toMatch(/^# replay: crisis-sim ensemble strait-standoff/);
    const header = lines[3]?.split(',') ?? [];
    expect(header.slice(0, 4)).toEqual(['navy.escalation', 'mediator.delay', 'seed', 'runs']);
    expect(header).toContain('outcome:clash');
    expect(header).toContain('indicator:blockade:median_day');
    const rows = lines.slice(4).map((line) => line.split(','));
    expect(rows).toHaveLength(5);
    // Latin hypercube: one point per fifth of each range.
    const cells = rows.map((row) => Math.floor((Number(row[0]) - 0.1) / 0.08)).sort();
    expect(cells).toEqual([0, 1, 2, 3, 4]);
    // A point is reproduced by `run` with its seed and values (blocks of 1,000 runs cross workers).
    const row = rows[2] ?? [];
    const run = await runCli([
      'run',
      ...M,
      '--set',
      `navy.escalation=${row[0]}`,
      '--set',
      `mediator.delay=${row[1]}`,
      '--seed',
      String(row[2]),
      '--runs',
      '1500',
      '--format',
      'json',
      '--quiet',
    ]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { summary?: { outcomes: Record<string, number> }; outcomes?: Record<string, number> };
    const outcomes = summary.summary?.outcomes ?? summary.outcomes ?? {};
    expect(Number(row[header.indexOf('outcome:clash')])).toBe((outcomes.clash ?? -1) / 1500);
  });

  it('seeds a point by its values, not its position: a point keeps its result when others are added', async () => {
    const dir = tempDir();
    const small = await runCli(
      ['ensemble', ...M, '--param', 'navy.escalation=0.2,0.4', '--runs', '200', '--format', 'json', '--out', 'a.json', '--quiet'],
      dir,
    );
    const large = await runCli(
      ['ensemble', ...M, '--param', 'navy.escalation=0.4,0.3,0.2', '--runs', '200', '--format', 'json', '--out', 'b.json', '--quiet'],
      dir,
    );
    expect(small.code).toBe(0);
    expect(large.code).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as Ensemble;
    const b = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as Ensemble;
    const at = (e: Ensemble, v: number) => e.points.find((point) => point.values['navy.escalation'] === v);
    for (const v of [0.2, 0.4]) {
      expect(at(b, v)?.seed).toBe(at(a, v)?.seed);
      expect(at(b, v)?.summary.outcomes).toEqual(at(a, v)?.summary.outcomes);
    }
    expect(at(a, 0.2)?.seed).not.toBe(at(a, 0.4)?.seed);
  });

  it('places a Sobol design and writes JSON to --out, naming the file on stderr', async () => {
    const dir = tempDir();
    const { code, stderr } = await runCli(
      ['ensemble', ...M, '--param', 'navy.escalation=0:1', '--design', 'sobol', '--points', '4', '--runs', '50', '--out', 'e.json'],
      dir,
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/^crisis-sim: wrote e\.json \(4 points; replay: crisis-sim ensemble /);
    const e = JSON.parse(readFileSync(join(dir, 'e.json'), 'utf8')) as Ensemble;
    expect(e.design).toBe('sobol');
    expect(e.points.map((point) => point.values['navy.escalation'])).toEqual([0, 0.5, 0.75, 0.25]);
    for (const point of e.points) expect(point.summary.manifest.parameters['navy.escalation']).toBe(point.values['navy.escalation']);
  });
});
