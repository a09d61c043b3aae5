import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

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
      const { code, stdout, stderr } = await runCli(['compare', ...M, ...args]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^crisis-sim: /);
    }
  });
});
