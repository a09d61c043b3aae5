import { describe, expect, it } from 'vitest';
import { eventScoreCells, scoreComparisonCells, scoreText } from '../src/score-comparison-cells.js';
import type { ForecastScoreReport, ScoreComparison } from '../src/score-forecast.js';

describe('scoreComparisonCells', () => {
  it("prints the checks, the three forecasts' Brier and log scores, then both skills, to three decimals", () => {
    const comparison = {
      checks: 27,
      model: { brier: 0.12, logLoss: 0.4 },
      noSkill: { brier: 0.25, logLoss: Math.LN2 },
      baseRate: { brier: 0.2, logLoss: null },
      skillVsNoSkill: 0.52,
      skillVsBaseRate: 0.4,
    } as unknown as ScoreComparison;
    expect(scoreComparisonCells('by the horizon', comparison)).toEqual([
      'by the horizon',
      '27',
      '0.120',
      '0.250',
      '0.200',
      '0.400',
      '0.693',
      '-',
      '0.520',
      '0.400',
    ]);
  });

  it('writes a missing score as a dash', () => {
    expect(scoreText(undefined)).toBe('-');
    expect(scoreText(null)).toBe('-');
    expect(scoreText(0.12345)).toBe('0.123');
  });

  it("prints an event's forecast, when it happened, its timing and its scores", () => {
    const event = {
      indicator: 'x',
      byHorizon: { forecast: 0.25, brier: 0.5625, logLoss: 1.386 },
      observedDay: 27,
      medianForecastDay: null,
      timingPercentile: 0.4,
      byDay: [{ brier: 0.1 }, { brier: 0.3 }],
    } as unknown as ForecastScoreReport['events'][number];
    expect(eventScoreCells(event)).toEqual(['0.250', 'day 27', '-', '0.400', '0.563', '1.386', '0.200']);
    expect(eventScoreCells({ ...event, observedDay: null, byDay: [] })[1]).toBe('no');
    expect(eventScoreCells({ ...event, observedDay: null, byDay: [] })[6]).toBe('0.000');
  });
});
