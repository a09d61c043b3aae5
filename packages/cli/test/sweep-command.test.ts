import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

const M = ['--scenario-module', fixture];

interface Sweep {
  readonly key: string;
  readonly seed: string;
  readonly points: readonly { value: unknown; summary: { runs: number; manifest: { parameters: Record<string, unknown> } } }[];
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
      const { code, stdout, stderr } = await runCli(['sweep', ...M, ...args]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
