import { describe, expect, it } from 'vitest';
import { backtest, runMonteCarlo } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('backtest', () => {
  const summary = runMonteCarlo(toyScenario, { runs: 400, seed: 4 });

  it('scores indicators with the forecast probability by the observation day', () => {
    const report = backtest(summary, { asOfDay: 59, indicators: { attack: 20, sanctions: null }, outcome: 'war' });
    const attack = report.indicators.find((score) => score.id === 'attack');
    const tally = summary.indicators.attack;
    const forecast = (summary.runs - (tally?.never ?? 0)) / summary.runs;
    expect(attack?.forecast).toBeCloseTo(forecast, 12);
    expect(attack?.brier).toBeCloseTo((forecast - 1) ** 2, 12);
    expect(attack?.timingPercentile).toBeGreaterThanOrEqual(0);
    expect(attack?.timingPercentile).toBeLessThanOrEqual(attack?.forecast ?? 0);
    const sanctions = report.indicators.find((score) => score.id === 'sanctions');
    expect(sanctions?.happened).toBe(false);
    expect(sanctions?.timingPercentile).toBeNull();
    expect(report.meanBrier).toBeCloseTo(((attack?.brier ?? 0) + (sanctions?.brier ?? 0)) / 2, 12);
    expect(report.outcomeBrier).toBeGreaterThan(0);
    expect(report.outcomeBrier).toBeLessThan(2);
  });

  it('gives a perfect forecast a Brier score of zero and an early cut-off a smaller forecast', () => {
    const late = backtest(summary, { asOfDay: 59, indicators: { attack: null } });
    const early = backtest(summary, { asOfDay: 5, indicators: { attack: null } });
    expect(early.indicators[0]?.forecast).toBeLessThanOrEqual(late.indicators[0]?.forecast ?? 0);
    const certain = runMonteCarlo(toyScenario, { runs: 50, seed: 4, parameters: { 'hawk.aggression': 0 } });
    expect(backtest(certain, { asOfDay: 59, indicators: { attack: null } }).indicators[0]?.brier).toBe(0);
  });

  it('rejects unknown indicators and observed days past the cut-off', () => {
    expect(() => backtest(summary, { asOfDay: 10, indicators: { invasion: 3 } })).toThrow(/indicator invasion is not in the summary/);
    expect(() => backtest(summary, { asOfDay: 10, indicators: { attack: 11 } })).toThrow(/from 0 to 10, got 11/);
  });
});
