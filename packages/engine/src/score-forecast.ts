import { CrisisSimError } from './crisis-sim-error.js';
import { cumulativeByDay, dayQuantile } from './day-histogram.js';
import { dateToDay, isIsoDate } from './day-to-date.js';
import { forecastCheck } from './forecast-check.js';
import type { Issue } from './issue.js';
import type { ObservedRecord } from './observed-record.js';
import { type ReliabilityBin, reliabilityTable } from './reliability-table.js';
import type { Summary } from './summary.js';

/** A probability forecast of "happened by day d" and how it scored. */
export interface ForecastCheck {
  readonly day: number;
  readonly forecast: number;
  readonly happened: boolean;
  /** (forecast - outcome)^2: 0 is perfect, 0.25 is a coin toss. */
  readonly brier: number;
  /** -ln(probability given to what happened), probabilities kept off 0 and 1 by half a run: lower is better, ln 2 = 0.693 is a coin toss. */
  readonly logLoss: number;
}

/** One event of the record, scored. */
export interface EventScore {
  readonly indicator: string;
  readonly source: string;
  /** Observed day it happened (days after the start date), or null. */
  readonly observedDay: number | null;
  /** "Happened by the horizon" (the record's as-of day). */
  readonly byHorizon: ForecastCheck;
  /** "Happened by day d" for each checkpoint day up to the horizon. */
  readonly byDay: readonly ForecastCheck[];
  /** Median day among the runs in which it happened (null if it never did). */
  readonly medianForecastDay: number | null;
  /** When it happened: the forecast probability that it would have by then (near half of byHorizon.forecast is well timed). */
  readonly timingPercentile: number | null;
}

/** Mean Brier score and log loss over a set of checks. */
export interface MeanScores {
  readonly brier: number;
  readonly logLoss: number;
}

/** The model's mean scores over a set of checks, beside two reference forecasts scored on the same checks. */
export interface ScoreComparison {
  /** Number of checks (event x day) averaged. */
  readonly checks: number;
  readonly model: MeanScores;
  /** The no-skill forecast: 0.5 for everything. */
  readonly noSkill: MeanScores;
  /** The base-rate forecast (see {@link ScoreForecastOptions.baseRates}). */
  readonly baseRate: MeanScores;
  /** Brier skill scores, 1 - model Brier / reference Brier: positive when the model beats the reference. */
  readonly skillVsNoSkill: number;
  readonly skillVsBaseRate: number;
}

/** Result of {@link scoreForecast}. */
export interface ForecastScoreReport {
  /** The record's event-selection rule, to print with the scores. */
  readonly selection: string;
  readonly asOfDay: number;
  readonly checkpoints: readonly number[];
  readonly events: readonly EventScore[];
  /** The pooled base rate used where no per-event base rate was given: the share of events that happened by the horizon. */
  readonly pooledBaseRate: number;
  /** Over "happened by the horizon" checks. */
  readonly horizon: ScoreComparison;
  /** Over every "happened by day d" check. */
  readonly byDay: ScoreComparison;
  /** Calibration over every check (by day and by the horizon). */
  readonly reliability: readonly ReliabilityBin[];
  /** Multi-category Brier score of the outcome (sum over outcomes), when the record has one. */
  readonly outcomeBrier: number | null;
}

/** Options of {@link scoreForecast}. */
export interface ScoreForecastOptions {
  /** Days at which "happened by day d" is scored (default 30, 60, 90, ... up to the horizon). */
  readonly checkpoints?: readonly number[];
  /**
   * Base rates per indicator for the base-rate reference forecast (say, from reference
   * classes). Default: the share of the record's events that happened, the same for every
   * event: an in-sample climatology, which flatters the reference.
   */
  readonly baseRates?: Readonly<Record<string, number>>;
  /** Bins of the reliability table (default 5: records are short). */
  readonly bins?: number;
}

/**
 * Scores a forecast (a summary of runs from the start date) against an observed record:
 * Brier and log scores per event for "happened by the horizon" and "happened by day d",
 * a reliability table, the median forecast day against the observed day, and the same
 * scores for a no-skill 0.5 forecast and a base-rate forecast. Evaluation only: what
 * happened after the start date must never flow back into the scenario's defaults.
 */
export function scoreForecast(summary: Summary, record: ObservedRecord, options: ScoreForecastOptions = {}): ForecastScoreReport {
  const issues: Issue[] = [];
  const runs = summary.runs;
  if (runs === 0) issues.push({ code: 'invalid_option', path: ['summary'], message: 'cannot score a summary of zero runs', value: runs });
  for (const field of ['startDate', 'asOf'] as const) {
    if (!isIsoDate(record[field]))
      issues.push({
        code: 'invalid_option',
        path: ['record', field],
        message: `${field} must be a date YYYY-MM-DD, got ${record[field]}`,
        value: record[field],
      });
  }
  if (issues.length > 0) throw new CrisisSimError(issues);
  const asOfDay = dateToDay(record.startDate, record.asOf);
  if (asOfDay < 1)
    issues.push({
      code: 'invalid_option',
      path: ['record', 'asOf'],
      message: `asOf (${record.asOf}) must come after the start date ${record.startDate}`,
      value: record.asOf,
    });
  if (record.selection.trim() === '')
    issues.push({
      code: 'invalid_option',
      path: ['record', 'selection'],
      message: 'state how the events were selected',
      value: record.selection,
    });
  const seen = new Set<string>();
  record.events.forEach((event, i) => {
    const path = ['record', 'events', i];
    if (summary.indicators[event.indicator] === undefined) {
      issues.push({
        code: 'unknown_key',
        path: [...path, 'indicator'],
        message: `indicator ${event.indicator} is not in the summary; known: ${Object.keys(summary.indicators).join(', ')}`,
        value: event.indicator,
      });
    }
    if (seen.has(event.indicator))
      issues.push({
        code: 'invalid_option',
        path: [...path, 'indicator'],
        message: `indicator ${event.indicator} is listed twice`,
        value: event.indicator,
      });
    seen.add(event.indicator);
    if (event.source.trim() === '')
      issues.push({
        code: 'invalid_option',
        path: [...path, 'source'],
        message: `event ${event.indicator} needs a source`,
        value: event.source,
      });
    if (event.happened !== null) {
      const day = isIsoDate(event.happened) ? dateToDay(record.startDate, event.happened) : Number.NaN;
      if (!(day >= 1 && day <= asOfDay)) {
        issues.push({
          code: 'out_of_range',
          path: [...path, 'happened'],
          message: `date of ${event.indicator} must be after ${record.startDate} and no later than ${record.asOf}, got ${event.happened}`,
          value: event.happened,
        });
      }
    }
  });
  if (record.outcome !== undefined && summary.outcomes[record.outcome.id] === undefined) {
    issues.push({
      code: 'unknown_key',
      path: ['record', 'outcome'],
      message: `outcome ${record.outcome.id} is not in the summary; known: ${Object.keys(summary.outcomes).join(', ')}`,
      value: record.outcome.id,
    });
  }
  const checkpoints = (options.checkpoints ?? Array.from({ length: Math.floor(asOfDay / 30) }, (_, i) => 30 * (i + 1))).filter(
    (day) => day <= asOfDay,
  );
  for (const day of checkpoints) {
    if (!(Number.isSafeInteger(day) && day >= 0))
      issues.push({
        code: 'invalid_option',
        path: ['checkpoints'],
        message: `checkpoint days must be whole numbers >= 0, got ${day}`,
        value: day,
      });
  }
  if (issues.length > 0) throw new CrisisSimError(issues);

  const check = (day: number, forecast: number, happened: boolean): ForecastCheck => forecastCheck(day, forecast, happened, runs);
  const events: EventScore[] = record.events.map((event) => {
    const tally = summary.indicators[event.indicator] as { days: number[]; never: number };
    const cumulative = cumulativeByDay(tally.days, runs, asOfDay);
    const observedDay = event.happened === null ? null : dateToDay(record.startDate, event.happened);
    const by = (day: number) => check(day, cumulative[day] ?? 0, observedDay !== null && observedDay <= day);
    return {
      indicator: event.indicator,
      source: event.source,
      observedDay,
      byHorizon: by(asOfDay),
      byDay: checkpoints.map(by),
      medianForecastDay: dayQuantile(tally.days, 0.5),
      timingPercentile: observedDay === null ? null : (cumulative[observedDay] ?? 0),
    };
  });

  const horizonChecks = events.map((event) => ({ indicator: event.indicator, check: event.byHorizon }));
  const dayChecks = events.flatMap((event) => event.byDay.map((check) => ({ indicator: event.indicator, check })));
  const pooledRate = horizonChecks.length === 0 ? 0.5 : horizonChecks.filter((entry) => entry.check.happened).length / horizonChecks.length;
  const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
  const compare = (entries: readonly { indicator: string; check: ForecastCheck }[]): ScoreComparison => {
    const reference = (rate: (indicator: string) => number): MeanScores => {
      const scored = entries.map((entry) => check(entry.check.day, rate(entry.indicator), entry.check.happened));
      return { brier: mean(scored.map((c) => c.brier)), logLoss: mean(scored.map((c) => c.logLoss)) };
    };
    const model = { brier: mean(entries.map((entry) => entry.check.brier)), logLoss: mean(entries.map((entry) => entry.check.logLoss)) };
    const noSkill = reference(() => 0.5);
    const baseRate = reference((indicator) => options.baseRates?.[indicator] ?? pooledRate);
    const skill = (against: MeanScores) => (against.brier === 0 ? 0 : 1 - model.brier / against.brier);
    return { checks: entries.length, model, noSkill, baseRate, skillVsNoSkill: skill(noSkill), skillVsBaseRate: skill(baseRate) };
  };

  let outcomeBrier: number | null = null;
  if (record.outcome !== undefined) {
    outcomeBrier = 0;
    for (const [id, count] of Object.entries(summary.outcomes)) outcomeBrier += (count / runs - (id === record.outcome.id ? 1 : 0)) ** 2;
  }
  const calibration = [...dayChecks, ...horizonChecks].map((entry) => entry.check);
  return {
    selection: record.selection,
    asOfDay,
    checkpoints,
    events,
    pooledBaseRate: pooledRate,
    horizon: compare(horizonChecks),
    byDay: compare(dayChecks),
    reliability: reliabilityTable(
      calibration.map((check) => check.forecast),
      calibration.map((check) => check.happened),
      options.bins ?? 5,
    ),
    outcomeBrier,
  };
}
