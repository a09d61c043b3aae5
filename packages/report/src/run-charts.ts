import type { AnyScenario, SummaryReport } from '@crisis-sim/engine';
import { dayToDate } from '@crisis-sim/engine';
import type { TopLevelSpec } from 'vega-lite';
import { PALETTE } from './palette.js';
import { probabilityScale } from './probability-scale.js';

/** Where a chart's rows come from: inline values (static report) or a named dataset the explorer fills in. */
export type ChartData = { readonly values: readonly Record<string, unknown>[] } | { readonly name: string };

/** One row of the outcome chart. */
export interface OutcomeRow {
  readonly outcome: string;
  readonly probability: number;
  readonly low: number;
  readonly high: number;
  readonly count: number;
}

/** One point of an indicator's cumulative probability curve. */
export interface CumulativeRow {
  readonly indicator: string;
  readonly date: string;
  readonly probability: number;
}

/** The labels a chart needs from a scenario: kept apart so that the explorer can ship them as JSON. */
export interface ChartLabels {
  readonly startDate: string;
  readonly outcomes: readonly { readonly id: string; readonly label: string }[];
  readonly indicators: readonly { readonly id: string; readonly label: string }[];
}

/** The labels of a scenario's outcomes and indicators, and its start date. */
export function chartLabels(scenario: AnyScenario): ChartLabels {
  return {
    startDate: scenario.startDate,
    outcomes: scenario.outcomes.map((outcome: { id: string; label: string }) => ({ id: outcome.id, label: outcome.label })),
    indicators: (scenario.indicators ?? []).map((indicator: { id: string; label: string }) => ({
      id: indicator.id,
      label: indicator.label,
    })),
  };
}

/** Rows of the outcome chart, in the scenario's outcome order. */
export function outcomeRows(labels: ChartLabels, report: SummaryReport): OutcomeRow[] {
  return report.outcomes.map((estimate) => ({
    outcome: labels.outcomes.find((outcome) => outcome.id === estimate.id)?.label ?? estimate.id,
    probability: estimate.probability,
    low: estimate.interval.low,
    high: estimate.interval.high,
    count: estimate.count,
  }));
}

/**
 * Rows of the cumulative chart: for each indicator, a point on day 0, on every day its
 * cumulative probability changes, and on the last day of the horizon. The chart draws steps
 * between them, so the curve is exact with far fewer points than one per day.
 */
export function cumulativeRows(labels: ChartLabels, report: SummaryReport, horizon: number): CumulativeRow[] {
  const rows: CumulativeRow[] = [];
  const lastDay = Math.max(0, horizon - 1);
  for (const estimate of report.indicators) {
    const indicator = labels.indicators.find((entry) => entry.id === estimate.id)?.label ?? estimate.id;
    let previous = -1;
    let lastPlotted = -1;
    const point = (day: number, probability: number) => {
      rows.push({ indicator, date: dayToDate(labels.startDate, day), probability });
      lastPlotted = day;
    };
    // A point where the curve steps; the last day always, so every curve reaches the horizon.
    estimate.cumulative.forEach((probability, day) => {
      if (probability !== previous || day === 0) point(day, probability);
      previous = probability;
    });
    if (estimate.cumulative.length === 0) point(0, 0);
    const final = estimate.cumulative[estimate.cumulative.length - 1] ?? 0;
    if (lastPlotted < lastDay) point(lastDay, final);
  }
  return rows;
}

/** The outcome chart: a bar per outcome with its 95% interval. */
export function outcomeSpec(data: ChartData, outcomeOrder: readonly string[]): TopLevelSpec {
  const y = { field: 'outcome', type: 'nominal', title: 'Outcome', sort: [...outcomeOrder] } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    data: data as never,
    encoding: { y },
    layer: [
      {
        name: 'bars',
        mark: { type: 'bar', color: PALETTE[0] },
        encoding: {
          x: probabilityScale('probability', 'Probability (share of runs, %)'),
        },
      },
      {
        name: 'intervals',
        mark: { type: 'rule', color: 'currentColor', strokeWidth: 1.5 },
        encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
    ],
  } as TopLevelSpec;
}

/**
 * The cumulative chart: one small panel per indicator (a scenario may have dozens, too many
 * to tell apart as coloured lines in one panel), each the probability that it has happened
 * by each date, on shared axes.
 */
export function cumulativeSpec(data: ChartData, indicatorOrder: readonly string[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: data as never,
    columns: 4,
    facet: {
      field: 'indicator',
      type: 'nominal',
      title: null,
      sort: [...indicatorOrder],
      header: { labelLimit: 0, labelFontSize: 10, labelColor: 'currentColor' },
    },
    spec: {
      width: 150,
      height: 80,
      mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2, color: PALETTE[0] },
      encoding: {
        x: {
          field: 'date',
          type: 'temporal',
          scale: { type: 'utc' },
          title: 'Date',
          axis: { format: '%b %Y', labelAngle: -30, tickCount: 3 },
        },
        y: {
          field: 'probability',
          type: 'quantitative',
          title: 'Probability (%)',
          scale: { domain: [0, 1] },
          axis: { format: '.0%', tickCount: 3 },
        },
      },
    },
  } as TopLevelSpec;
}
