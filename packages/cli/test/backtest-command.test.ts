import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nigerObservedRecord } from '@crisis-sim/niger-2023';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

interface Backtest {
  readonly forecasts: readonly {
    forecast: string;
    runs: number;
    report: {
      selection: string;
      events: { indicator: string; byHorizon: { forecast: number } }[];
      horizon: { noSkill: { brier: number } };
    };
  }[];
}

describe('crisis-sim backtest', () => {
  it("scores defaults and priors against niger-2023's observed record, the selection rule first, the same for 1 and 2 workers", async () => {
    const args = ['backtest', 'niger-2023', '--runs', '300', '--quiet'];
    const [one, two] = await Promise.all([runCli([...args, '--workers', '1']), runCli([...args, '--workers', '2'])]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.split('\n');
    expect(lines[1]).toBe(`Events: ${nigerObservedRecord.selection}`);
    expect(one.stdout).toContain('Forecast under defaults (300 runs, seed 1), scored as of day 179:');
    expect(one.stdout).toContain('Forecast under priors (300 runs, seed 1), scored as of day 179:');
    for (const event of nigerObservedRecord.events)
      expect(one.stdout).toMatch(new RegExp(`^${event.indicator} +[\\d.]+ +(no|day \\d+) `, 'm'));
    // A 0.5 forecast always scores 0.25 and ln 2.
    const events = nigerObservedRecord.events.length;
    expect(one.stdout).toMatch(new RegExp(`^by the horizon +${events} +[\\d.]+ +0\\.250 +[\\d.]+ +[\\d.]+ +0\\.693 `, 'm'));
    // Five checkpoints (days 30 to 150) per event.
    expect(one.stdout).toMatch(new RegExp(`^by day d +${5 * events} `, 'm'));
    expect(one.stdout).toMatch(/^0\.8-1\.0 +\d+ +[\d.]+ +[\d.]+$/m);
    expect(one.stdout).toContain('Outcome as of 2024-02-03: junta-consolidated');
    expect(one.stdout).toContain('Replay: crisis-sim backtest niger-2023 --runs 300 --seed 1');
  });

  it('takes base rates from a file and scores one forecast as JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rates.json'), JSON.stringify({ 'au-suspension': 1, 'counter-coup': 0 }));
    const { code, stdout } = await runCli(
      [
        'backtest',
        '--uncertainty',
        'defaults',
        '--base-rates',
        'rates.json',
        '--checkpoints',
        '30,90',
        '--runs',
        '200',
        '--format',
        'json',
        '--out',
        'b.json',
        '--quiet',
      ],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const result = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as Backtest;
    expect(result.forecasts.map((entry) => entry.forecast)).toEqual(['defaults']);
    const [report] = result.forecasts.map((entry) => entry.report);
    expect(report?.events.map((event) => event.indicator)).toEqual(nigerObservedRecord.events.map((event) => event.indicator));
    expect(report?.horizon.noSkill.brier).toBe(0.25);
  });
});
