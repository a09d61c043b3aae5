import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

const M = ['--scenario-module', fixture];

interface Global {
  readonly method: string;
  readonly points: number;
  readonly rows: readonly {
    key: string;
    morris?: { muStar: number };
    sobol?: { first: { estimate: number }; total: { estimate: number } };
  }[];
}

describe('crisis-sim sensitivity', () => {
  it('screens with Morris: one row per parameter with a prior, most important first, the same for 1 and 3 workers', async () => {
    const args = [
      'sensitivity',
      ...M,
      '--method',
      'morris',
      '--target',
      'outcome:clash',
      '--trajectories',
      '4',
      '--runs',
      '200',
      '--quiet',
    ];
    const [one, three] = await Promise.all([runCli([...args, '--workers', '1']), runCli([...args, '--workers', '3'])]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('Morris screening of outcome:clash');
    // Two number parameters with priors, 4 trajectories of 3 points each.
    expect(one.stdout).toContain('12 points x 200 runs, the same runs at every point, seed 1');
    expect(one.stdout).toMatch(/^navy\.escalation +0\.1\.\.0\.5 +\d\.\d{3}/m);
    expect(one.stdout).toMatch(/^mediator\.delay +2\.\.12 +\d\.\d{3}/m);
    const json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as Global;
    expect(json.rows.map((row) => row.key).sort()).toEqual(['mediator.delay', 'navy.escalation']);
    const muStars = json.rows.map((row) => row.morris?.muStar ?? -1);
    expect(muStars[0]).toBeGreaterThanOrEqual(muStars[1] ?? 0);
  });

  it('gives Sobol indices with intervals, as table and CSV', async () => {
    const args = [
      'sensitivity',
      ...M,
      '--method',
      'sobol',
      '--target',
      'indicator:blockade',
      '--samples',
      '32',
      '--runs',
      '100',
      '--quiet',
    ];
    const table = await runCli(args);
    expect(table.code).toBe(0);
    // N (k + 2) = 32 x 4 points.
    expect(table.stdout).toContain('Sobol indices of indicator:blockade');
    expect(table.stdout).toContain('128 points x 100 runs');
    expect(table.stdout).toMatch(/^navy\.escalation +0\.1\.\.0\.5 +-?\d\.\d{3} \[-?\d\.\d{3}, -?\d\.\d{3}\] +-?\d\.\d{3} \[/m);
    const csv = await runCli([...args, '--format', 'csv']);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toMatch(/^# crisis-sim sensitivity: method sobol, target indicator:blockade, seed 1, 128 points x 100 runs/);
    expect(lines[1]).toMatch(/^# replay: crisis-sim sensitivity strait-standoff /);
    expect(lines[2]).toBe('key,min,max,first,first_low,first_high,total,total_low,total_high');
    expect(lines.filter((line) => /^(navy\.escalation|mediator\.delay),/.test(line))).toHaveLength(2);
  });

  it('moves each parameter one at a time with a paired interval', async () => {
    const { code, stdout } = await runCli([
      'sensitivity',
      ...M,
      '--method',
      'oat',
      '--target',
      'outcome:clash',
      '--keys',
      'navy.escalation,guard.restraint',
      '--runs',
      '300',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('one-at-a-time sensitivity of outcome:clash');
    expect(stdout).toMatch(/^navy\.escalation +0 +1 +[\d.]+% +[\d.]+% +-?[\d.]+% \[/m);
    expect(stdout).toMatch(/^guard\.restraint +false +true /m);
  });
});
