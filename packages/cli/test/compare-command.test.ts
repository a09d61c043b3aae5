import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';
import { expectRefused, fixture, runCli } from './run-cli.js';

const M = ['--scenario-module', fixture];

interface Comparison {
  readonly seed: string;
  readonly runs: number;
  readonly base: Record<string, unknown>;
  readonly alternative: Record<string, unknown>;
  readonly outcomes: readonly {
    id: string;
    baseOnly: number;
    alternativeOnly: number;
    difference: { estimate: number; low: number; high: number };
  }[];
}

describe('crisis-sim compare', () => {
  it('reports both arms, the paired difference and how to replay, as a table', async () => {
    const { code, stdout, stderr } = await runCli(['compare', ...M, '--alt', 'navy.escalation=0.6', '--runs', '500', '--seed', '9']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('navy.escalation: 0.3 -> 0.6');
    expect(stdout).toContain('500 paired runs (the same seed and run indices in both arms), seed 9');
    expect(stdout).toMatch(/^Outcome +Base +Alternative +Difference +95% interval +Only base \/ only alt\.$/m);
    expect(stdout).toContain(
      `Replay: crisis-sim compare strait-standoff --scenario-module ${fixture} --runs 500 --seed 9 --alt navy.escalation=0.6`,
    );
  });

  it('writes --format csv: a row per arm and outcome or indicator, the numbers of the JSON, the seed and manifests first', async () => {
    const args = [
      'compare',
      ...M,
      '--arm',
      'guard.restraint=false',
      '--arm',
      'navy.escalation=0.6,guard.restraint=false',
      '--runs',
      '120',
      '--seed',
      '3',
    ];
    const [json, csv] = await Promise.all([runCli([...args, '--format', 'json']), runCli([...args, '--format', 'csv'])]);
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    const all = JSON.parse(json.stdout) as { arms: (Comparison & { name: string; indicators: Comparison['outcomes'] })[] };
    const { comments, header, rows } = parseCsv(csv.stdout);
    expect(comments[0]).toBe('crisis-sim compare: strait-standoff 1.0.0, seed 3, 120 paired runs per arm, 2 arms against the base');
    const manifests = comments.filter((line) => line.startsWith('manifest'));
    expect(manifests.map((line) => line.slice(0, line.indexOf(': ')))).toEqual([
      'manifest (base)',
      'manifest (guard.restraint=false)',
      'manifest (navy.escalation=0.6,guard.restraint=false)',
    ]);
    const last = JSON.parse(manifests[2]?.slice(manifests[2].indexOf(': ') + 2) ?? '') as {
      seed: string;
      parameters: Record<string, unknown>;
    };
    expect(last.seed).toBe('3');
    expect(last.parameters).toMatchObject({ 'navy.escalation': 0.6, 'guard.restraint': false });
    expect(comments.at(-1)).toMatch(
      /^replay: crisis-sim compare strait-standoff .* --runs 120 --seed 3 --arm guard\.restraint=false --arm navy\.escalation=0\.6,guard\.restraint=false$/,
    );
    // The arm's name holds a comma: quoted in the text, whole when read back.
    expect(csv.stdout).toContain('"navy.escalation=0.6,guard.restraint=false",outcome,');
    expect(header).toEqual([
      'arm',
      'kind',
      'id',
      'base_probability',
      'arm_probability',
      'difference',
      'difference_ci_low',
      'difference_ci_high',
      'base_only',
      'arm_only',
    ]);
    const expected = all.arms.flatMap((arm) =>
      [...arm.outcomes.map((entry) => ['outcome', entry] as const), ...arm.indicators.map((entry) => ['indicator', entry] as const)].map(
        ([kind, entry]) => {
          const full = entry as typeof entry & { base: { probability: number }; alternative: { probability: number } };
          return [
            arm.name,
            kind,
            entry.id,
            full.base.probability,
            full.alternative.probability,
            entry.difference.estimate,
            entry.difference.low,
            entry.difference.high,
            entry.baseOnly,
            entry.alternativeOnly,
          ].map(String);
        },
      ),
    );
    expect(rows).toEqual(expected);
    for (const row of rows) expect(row).toHaveLength(header.length);
    // One arm (--alt): the same columns, named after the change.
    const one = await runCli(['compare', ...M, '--alt', 'navy.escalation=0.6', '--runs', '100', '--format', 'csv']);
    expect(one.code).toBe(0);
    expect(parseCsv(one.stdout).rows.every((row) => row[0] === 'navy.escalation=0.6' && row.length === header.length)).toBe(true);
  });

  it('finds no difference when the alternative changes nothing, and applies --set to both arms', async () => {
    const { code, stdout } = await runCli([
      'compare',
      ...M,
      '--set',
      'navy.escalation=0.5',
      '--alt',
      'navy.escalation=0.5',
      '--runs',
      '300',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const comparison = JSON.parse(stdout) as Comparison;
    expect(comparison.base['navy.escalation']).toBe(0.5);
    expect(comparison.alternative['navy.escalation']).toBe(0.5);
    for (const row of comparison.outcomes) {
      expect(row.baseOnly + row.alternativeOnly).toBe(0);
      expect(row.difference.estimate).toBe(0);
    }
  });

  it('gives the same numbers as the JSON of a repeated command (seeded)', async () => {
    const args = ['compare', ...M, '--alt', 'guard.restraint=false', '--runs', '200', '--format', 'json'];
    const [first, second] = await Promise.all([runCli(args), runCli(args)]);
    expect(first.stdout).toBe(second.stdout);
    expect((JSON.parse(first.stdout) as Comparison).seed).toBe('1');
  });

  it('refuses a missing --alt or a bad one with one line and exit code 2', async () => {
    for (const args of [[], ['--alt', 'navy.escalatoin=0.5'], ['--alt', 'navy.escalation=7'], ['--alt', 'novalue']]) {
      expectRefused(await runCli(['compare', ...M, ...args]), /^crisis-sim: /, args.join(' '));
    }
  });
});

describe('crisis-sim compare with several arms', () => {
  it('runs every --arm against one base on the same runs, each arm equal to its own two-arm compare, with transition tables', async () => {
    const M2 = ['--scenario-module', fixture];
    const common = ['compare', ...M2, '--runs', '300', '--seed', '5', '--set', 'navy.escalation=0.2'];
    const many = await runCli([
      ...common,
      '--alt',
      'navy.escalation=0.6',
      '--arm',
      'guard.restraint=false',
      '--arm',
      'navy.escalation=0.6,guard.restraint=false',
      '--format',
      'json',
    ]);
    expect(many.stderr).toBe('');
    expect(many.code).toBe(0);
    const all = JSON.parse(many.stdout) as {
      arms: { name: string; outcomes: unknown; transitions: Record<string, Record<string, number>> }[];
    };
    expect(all.arms.map((arm) => arm.name)).toEqual([
      'navy.escalation=0.6',
      'guard.restraint=false',
      'navy.escalation=0.6,guard.restraint=false',
    ]);
    const single = JSON.parse((await runCli([...common, '--alt', 'guard.restraint=false', '--format', 'json'])).stdout) as {
      outcomes: unknown;
      transitions: unknown;
    };
    expect(all.arms[1]?.outcomes).toEqual(single.outcomes);
    expect(all.arms[1]?.transitions).toEqual(single.transitions);
    const total = Object.values(all.arms[0]?.transitions ?? {}).reduce(
      (sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0),
      0,
    );
    expect(total).toBe(300);
    const table = await runCli([...common, '--arm', 'guard.restraint=false', '--arm', 'navy.escalation=0.9']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Arm 1 of 2: guard.restraint=false');
    expect(table.stdout).toContain('Arm 2 of 2: navy.escalation=0.9');
    expect(table.stdout).toMatch(
      /^Transitions \(rows: outcome under the base; columns: the same runs under the alternative; \d+ of 300 runs moved\):$/m,
    );
    expect(table.stdout).toMatch(/^base \\ alternative +clash +agreement +stalemate +total$/m);
  });
});
