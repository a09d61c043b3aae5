import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nigerObservedRecord } from '@crisis-sim/niger-2023';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';
import { runCli, tempDir } from './run-cli.js';

interface Backtest {
  readonly forecasts: readonly {
    forecast: string;
    runs: number;
    report: {
      selection: string;
      asOfDay: number;
      events: {
        indicator: string;
        observedDay: number | null;
        byHorizon: { forecast: number; happened: boolean; brier: number; logLoss: number };
        timingPercentile: number | null;
        medianForecastDay: number | null;
      }[];
      horizon: { noSkill: { brier: number; logLoss: number }; baseRate: { brier: number; logLoss: number } };
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

  it('writes --format csv: a row per event and forecast, the numbers of the JSON, the seed, manifests and selection rule first', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rates.json'), JSON.stringify({ 'au-suspension': 0.9 }));
    const args = ['backtest', 'niger-2023', '--base-rates', 'rates.json', '--runs', '100', '--seed', '5', '--quiet'];
    const [json, csv] = await Promise.all([runCli([...args, '--format', 'json'], dir), runCli([...args, '--format', 'csv'], dir)]);
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    const [defaults, priors] = (JSON.parse(json.stdout) as Backtest).forecasts;
    const { comments, header, rows } = parseCsv(csv.stdout);
    expect(comments[0]).toMatch(
      /^crisis-sim backtest: niger-2023 \S+, engine \S+, seed 5, 100 runs per forecast \(defaults, priors\), record 2023-08-08 to 2024-02-03 \(horizon day 179\)$/,
    );
    expect(comments).toContain(`events: ${nigerObservedRecord.selection}`);
    const manifest = (label: string) => {
      const line = comments.find((comment) => comment.startsWith(`manifest (${label}): `)) ?? '';
      return JSON.parse(line.slice(line.indexOf(': ') + 2)) as { seed: string; runs: number; uncertainty: string };
    };
    expect(manifest('defaults')).toMatchObject({ seed: '5', runs: 100, uncertainty: 'none' });
    expect(manifest('priors')).toMatchObject({ seed: '5', runs: 100, uncertainty: 'priors' });
    expect(comments.at(-1)).toBe('replay: crisis-sim backtest niger-2023 --base-rates rates.json --runs 100 --seed 5');
    expect(header).toEqual([
      'event',
      'happened',
      'observed_day',
      'forecast',
      'probability',
      'brier',
      'log_loss',
      'p_by_observed_day',
      'median_forecast_day',
    ]);
    const events = defaults?.report.events ?? [];
    expect(rows).toHaveLength(4 * events.length);
    const cell = (value: number | boolean | null) => (value === null ? '' : String(value));
    for (const [i, event] of events.entries()) {
      const observed = [event.indicator, String(event.byHorizon.happened), cell(event.observedDay)];
      for (const [j, scored] of [event, priors?.report.events[i]].entries()) {
        expect(rows[4 * i + j]).toEqual([
          ...observed,
          j === 0 ? 'defaults' : 'priors',
          ...[scored?.byHorizon.forecast, scored?.byHorizon.brier, scored?.byHorizon.logLoss].map((value) => String(value)),
          cell(scored?.timingPercentile ?? null),
          cell(scored?.medianForecastDay ?? null),
        ]);
      }
      expect(rows[4 * i + 2]?.slice(0, 5)).toEqual([
        ...observed,
        'base rate',
        event.indicator === 'au-suspension' ? '0.9' : rows[4 * i + 2]?.[4],
      ]);
      expect(rows[4 * i + 3]?.slice(0, 6)).toEqual([...observed, '0.5', '0.5', '0.25']);
    }
    // The references' rows average to the JSON's mean scores by the horizon.
    const mean = (forecast: string, column: number) => {
      const values = rows.filter((row) => row[3] === forecast).map((row) => Number(row[column]));
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    expect(mean('base rate', 5)).toBeCloseTo(defaults?.report.horizon.baseRate.brier ?? Number.NaN, 12);
    expect(mean('base rate', 6)).toBeCloseTo(defaults?.report.horizon.baseRate.logLoss ?? Number.NaN, 12);
    expect(mean('0.5', 6)).toBeCloseTo(defaults?.report.horizon.noSkill.logLoss ?? Number.NaN, 12);
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
