import type { ScoreComparison } from './score-forecast.js';

/** A score to three decimals, or `-` where there is none (no checks, or an infinite log loss left out). */
export function scoreText(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : value.toFixed(3);
}

/**
 * One row of a backtest's score table, as the CLI's table and the HTML report both print it:
 * the label, the number of checks, then Brier and log loss of the model, the no-skill 0.5
 * forecast and the base-rate forecast, then the model's skill against each.
 */
export function scoreComparisonCells(label: string, comparison: ScoreComparison): string[] {
  const c = comparison;
  return [
    label,
    String(c.checks),
    scoreText(c.model.brier),
    scoreText(c.noSkill.brier),
    scoreText(c.baseRate.brier),
    scoreText(c.model.logLoss),
    scoreText(c.noSkill.logLoss),
    scoreText(c.baseRate.logLoss),
    scoreText(c.skillVsNoSkill),
    scoreText(c.skillVsBaseRate),
  ];
}
