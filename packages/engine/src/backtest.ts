import { CrisisSimError } from './crisis-sim-error.js';
import { cumulativeByDay } from './day-histogram.js';
import type { Summary } from './summary.js';

/** What happened after the start date, for scoring a forecast made on it. */
export interface Observations {
  /** Last day observed: events after it are unknown, not absent. */
  readonly asOfDay: number;
  /** Day each indicator first happened, or null if it had not happened by `asOfDay`. */
  readonly indicators: Readonly<Record<string, number | null>>;
  /** The outcome label that applies, when the horizon has been reached. */
  readonly outcome?: string;
}

/** How one indicator's forecast fared. */
export interface IndicatorScore {
  readonly id: string;
  /** Forecast probability that it happens by `asOfDay`. */
  readonly forecast: number;
  readonly happened: boolean;
  /** (forecast - outcome)^2: 0 is perfect, 0.25 is a coin toss. */
  readonly brier: number;
  /** -ln(probability given to what happened), with probabilities kept off 0 and 1 by half a run. */
  readonly logLoss: number;
  /** When it happened: the forecast probability that it would have happened by then (a timing percentile). */
  readonly timingPercentile: number | null;
}

/** Result of {@link backtest}. */
export interface BacktestReport {
  readonly asOfDay: number;
  readonly indicators: readonly IndicatorScore[];
  /** Mean Brier score over the indicators. */
  readonly meanBrier: number;
  /** Multi-category Brier score of the outcome (sum over outcomes), when the outcome is known. */
  readonly outcomeBrier: number | null;
}

/**
 * Scores a summary's forecasts against what happened later. This is evaluation, never
 * calibration: observations must not flow back into a scenario's defaults, which may use
 * only what was knowable on its start date.
 */
export function backtest(summary: Summary, observations: Observations): BacktestReport {
  const runs = summary.runs;
  if (runs === 0)
    throw new CrisisSimError([
      { code: 'invalid_option', path: ['summary'], message: 'cannot backtest a summary of zero runs', value: runs },
    ]);
  if (!(Number.isInteger(observations.asOfDay) && observations.asOfDay >= 0)) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['asOfDay'],
        message: `asOfDay must be a whole number >= 0, got ${observations.asOfDay}`,
        value: observations.asOfDay,
      },
    ]);
  }
  const floor = 1 / (2 * runs);
  const clamp = (p: number) => Math.min(1 - floor, Math.max(floor, p));
  const scores: IndicatorScore[] = [];
  for (const [id, observedDay] of Object.entries(observations.indicators)) {
    const tally = summary.indicators[id];
    if (tally === undefined) {
      throw new CrisisSimError([
        {
          code: 'unknown_key',
          path: ['indicators', id],
          message: `indicator ${id} is not in the summary; known: ${Object.keys(summary.indicators).join(', ')}`,
          value: id,
        },
      ]);
    }
    if (observedDay !== null && !(Number.isInteger(observedDay) && observedDay >= 0 && observedDay <= observations.asOfDay)) {
      throw new CrisisSimError([
        {
          code: 'out_of_range',
          path: ['indicators', id],
          message: `observed day of ${id} must be a whole number from 0 to ${observations.asOfDay}, got ${observedDay}`,
          value: observedDay,
        },
      ]);
    }
    const cumulative = cumulativeByDay(tally.days, runs, observations.asOfDay);
    const forecast = cumulative[observations.asOfDay] ?? 0;
    const happened = observedDay !== null;
    const outcome = happened ? 1 : 0;
    scores.push({
      id,
      forecast,
      happened,
      brier: (forecast - outcome) ** 2,
      logLoss: -Math.log(happened ? clamp(forecast) : 1 - clamp(forecast)),
      timingPercentile: observedDay === null ? null : (cumulative[observedDay] ?? 0),
    });
  }
  let outcomeBrier: number | null = null;
  if (observations.outcome !== undefined) {
    if (summary.outcomes[observations.outcome] === undefined) {
      throw new CrisisSimError([
        {
          code: 'unknown_key',
          path: ['outcome'],
          message: `outcome ${observations.outcome} is not in the summary; known: ${Object.keys(summary.outcomes).join(', ')}`,
          value: observations.outcome,
        },
      ]);
    }
    outcomeBrier = 0;
    for (const [id, count] of Object.entries(summary.outcomes)) outcomeBrier += (count / runs - (id === observations.outcome ? 1 : 0)) ** 2;
  }
  const meanBrier = scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score.brier, 0) / scores.length;
  return { asOfDay: observations.asOfDay, indicators: scores, meanBrier, outcomeBrier };
}
