import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';
import { expectRefused, fixture, runCli } from './run-cli.js';

const M = ['--scenario-module', fixture];

interface Sweep {
  readonly key: string;
  readonly seed: string;
  readonly points: readonly { value: unknown; summary: { runs: number; manifest: { parameters: Record<string, unknown> } } }[];
}

interface Estimate {
  readonly id: string;
  readonly probability: number;
  readonly interval: { low: number; high: number };
}

describe('crisis-sim sweep', () => {
  it('runs every value with the same seed and prints one row per value', async () => {
    const { code, stdout, stderr } = await runCli([
      'sweep',
      ...M,
      '--param',
      'navy.escalation',
      '--values',
      '0,0.5,1',
      '--runs',
      '300',
      '--seed',
      '4',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('300 runs per value, the same seed and run indices at every value, seed 4');
    expect(stdout).toMatch(/^0 +[\d.]+%/m);
    expect(stdout).toMatch(/^0\.5 +[\d.]+%/m);
    expect(stdout).toMatch(/^1 +[\d.]+%/m);
    expect(stdout).toContain(
      `Replay: crisis-sim sweep strait-standoff --scenario-module ${fixture} --param navy.escalation --values 0,0.5,1 --runs 300 --seed 4`,
    );
  });

  it('writes --format csv as ensemble does: a row per value, the numbers of the JSON, the seed and manifest first', async () => {
    const args = ['sweep', ...M, '--param', 'navy.escalation', '--values', '0,0.5,1', '--runs', '150', '--seed', '6', '--quiet'];
    const [json, csv] = await Promise.all([runCli([...args, '--format', 'json']), runCli([...args, '--format', 'csv'])]);
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    const sweep = JSON.parse(json.stdout) as Sweep & {
      points: { report: { outcomes: Estimate[]; indicators: (Estimate & { firstDay: { median: number | null } })[] } }[];
    };
    const { comments, header, rows } = parseCsv(csv.stdout);
    expect(comments[0]).toMatch(
      /^crisis-sim sweep: strait-standoff 1\.0\.0, engine \S+, seed 6, design sweep of navy\.escalation, 3 points x 150 runs, streams common/,
    );
    expect(JSON.parse(comments[1]?.replace(/^manifest: /, '') ?? '')).toMatchObject({
      scenarioId: 'strait-standoff',
      seed: '6',
      runs: 150,
    });
    expect(comments[2]).toBe(
      `replay: crisis-sim sweep strait-standoff --scenario-module ${fixture} --param navy.escalation --values 0,0.5,1 --runs 150 --seed 6`,
    );
    expect(header.slice(0, 3)).toEqual(['navy.escalation', 'seed', 'runs']);
    expect(rows).toHaveLength(3);
    for (const [i, row] of rows.entries()) {
      expect(row).toHaveLength(header.length);
      const point = sweep.points[i];
      const cell = (name: string) => row[header.indexOf(name)];
      expect(Number(cell('navy.escalation'))).toBe(point?.value);
      expect(cell('seed')).toBe('6');
      expect(Number(cell('runs'))).toBe(150);
      for (const outcome of point?.report.outcomes ?? []) {
        expect(Number(cell(`outcome:${outcome.id}`))).toBe(outcome.probability);
        expect(Number(cell(`outcome:${outcome.id}:ci_low`))).toBe(outcome.interval.low);
        expect(Number(cell(`outcome:${outcome.id}:ci_high`))).toBe(outcome.interval.high);
      }
      for (const indicator of point?.report.indicators ?? []) {
        expect(Number(cell(`indicator:${indicator.id}`))).toBe(indicator.probability);
        expect(cell(`indicator:${indicator.id}:median_day`)).toBe(
          indicator.firstDay.median === null ? '' : String(indicator.firstDay.median),
        );
      }
    }
  });

  it('spreads --steps across the range, and each point is the batch at that value', async () => {
    const { code, stdout } = await runCli([
      'sweep',
      ...M,
      '--param',
      'navy.escalation',
      '--steps',
      '3',
      '--runs',
      '200',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const sweep = JSON.parse(stdout) as Sweep;
    expect(sweep.points.map((point) => point.value)).toEqual([0, 0.5, 1]);
    for (const point of sweep.points) {
      expect(point.summary.runs).toBe(200);
      expect(point.summary.manifest.parameters['navy.escalation']).toBe(point.value);
    }
  });

  it('visits every value of a choice and both values of a switch', async () => {
    const choice = JSON.parse(
      (await runCli(['sweep', ...M, '--param', 'talks.format', '--runs', '50', '--format', 'json'])).stdout,
    ) as Sweep;
    expect(choice.points.length).toBeGreaterThan(1);
    const toggle = JSON.parse(
      (await runCli(['sweep', ...M, '--param', 'guard.restraint', '--runs', '50', '--format', 'json'])).stdout,
    ) as Sweep;
    expect(toggle.points.map((point) => point.value)).toEqual([false, true]);
  });

  it('refuses bad input with one line and exit code 2', async () => {
    for (const args of [
      [],
      ['--param', 'navy.escalatoin'],
      ['--param', 'navy.escalation', '--values', '0,,1'],
      ['--param', 'navy.escalation', '--values', '0,5'],
      ['--param', 'navy.escalation', '--steps', '1'],
    ]) {
      expectRefused(await runCli(['sweep', ...M, ...args]), undefined, args.join(' '));
    }
  });
});
