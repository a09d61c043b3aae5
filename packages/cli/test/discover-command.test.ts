import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

const M = ['--scenario-module', fixture];

describe('crisis-sim discover', () => {
  it('prints the chosen box in plain words, its limits and the peeling trajectory, the same for 1 and 2 workers', async () => {
    const args = ['discover', ...M, '--target', 'outcome:clash', '--runs', '2000', '--seed', '3', '--min-coverage', '0.3', '--quiet'];
    const [one, two] = await Promise.all([runCli([...args, '--workers', '1']), runCli([...args, '--workers', '2'])]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('scenario discovery for outcome:clash');
    expect(one.stdout).toContain('2,000 runs with every parameter that has a prior drawn, seed 3; PRIM over 3 parameters');
    // The fixture's navy escalates more with a higher chance per day, and a guard without restraint fires back.
    expect(one.stdout).toMatch(/^clash is \d+\.\dx as likely when navy\.escalation is at least [\d.]+ and guard\.restraint is false/m);
    expect(one.stdout).toMatch(/^Chosen box:\n {2}navy\.escalation >= [\d.]+\n {2}guard\.restraint is false\n/m);
    expect(one.stdout).toMatch(/^0 +100\.0% +[\d.]+% +100\.0% +0$/m);
    expect(one.stdout).toMatch(/^\d+\* +[\d.]+%/m);
    expect(one.stdout).toContain(
      `Replay: crisis-sim discover strait-standoff --scenario-module ${fixture} --target outcome:clash --min-coverage 0.3 --runs 2000 --seed 3`,
    );
  });

  it('writes the whole trajectory as CSV and JSON', async () => {
    const args = ['discover', ...M, '--target', 'outcome:clash', '--runs', '1000', '--alpha', '0.1', '--quiet'];
    const csv = await runCli([...args, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toMatch(
      /^# crisis-sim discover: strait-standoff 1\.0\.0, target outcome:clash, seed 1, 1000 runs with priors drawn, base rate 0\.\d+/,
    );
    expect(lines[1]).toMatch(/^# chosen: clash is /);
    expect(lines[3]).toBe('step,coverage,density,mass,runs,chosen,limits');
    const json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as {
      trajectory: unknown[];
      chosenIndex: number;
      inputs: string[];
    };
    expect(lines.length - 4).toBe(json.trajectory.length);
    expect(lines.filter((line) => line.split(',')[5] === '1')).toHaveLength(1);
    expect(json.inputs).toEqual(['navy.escalation', 'mediator.delay', 'guard.restraint']);
  });
});
