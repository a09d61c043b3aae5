import type { ForecastScoreReport, ScoreComparison } from './score-forecast.js';

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

/**
 * One event's row of a backtest, as the CLI's table and the HTML report both print it, after
 * the event's name: its forecast by the horizon, whether and when it happened, the median
 * forecast day, the forecast's percentile at the observed day, Brier and log score by the
 * horizon, and the mean Brier score over the checkpoint days.
 */
export function eventScoreCells(event: ForecastScoreReport['events'][number]): string[] {
  return [
    scoreText(event.byHorizon.forecast),
    event.observedDay === null ? 'no' : `day ${event.observedDay}`,
    event.medianForecastDay === null ? '-' : String(event.medianForecastDay),
    scoreText(event.timingPercentile),
    scoreText(event.byHorizon.brier),
    scoreText(event.byHorizon.logLoss),
    scoreText(event.byDay.reduce((sum, check) => sum + check.brier, 0) / Math.max(1, event.byDay.length)),
  ];
}
