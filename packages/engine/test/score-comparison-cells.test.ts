import { describe, expect, it } from 'vitest';
import { scoreComparisonCells, scoreText } from '../src/score-comparison-cells.js';
import type { ScoreComparison } from '../src/score-forecast.js';

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
});
