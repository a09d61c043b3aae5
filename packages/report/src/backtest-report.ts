import type { AnyScenario, ForecastScoreReport, ObservedRecord } from '@crisis-sim/engine';
import { eventScoreCells, scoreComparisonCells, scoreText } from '@crisis-sim/engine/internal';
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from './escape-html.js';
import { eventLabel } from './event-label.js';
import { htmlTable } from './html-table.js';
import { manifestSection } from './manifest-section.js';
import { PALETTE } from './palette.js';
import { probabilityScale } from './probability-scale.js';
import { renderChart } from './render-chart.js';
import { reportPage } from './report-page.js';
import type { SavedProvenance } from './saved-provenance.js';

/** One scored forecast of a backtest: under the defaults or the priors. */
export interface SavedForecast {
  readonly forecast: string;
  readonly seed: string;
  readonly runs: number;
  readonly report: ForecastScoreReport;
}

/** A backtest as `crisis-sim backtest --format json` saves it: the record scored against and each forecast's scores. */
export interface SavedBacktest extends SavedProvenance {
  readonly record: ObservedRecord;
  readonly forecasts: readonly SavedForecast[];
}

/** What {@link renderBacktestReport} needs: a saved backtest and the scenario it ran. */
export interface BacktestReportInput {
  readonly scenario: AnyScenario;
  readonly backtest: SavedBacktest;
  /** The footer line: what made the report. */
  readonly generator: string;
}

/**
 * The HTML report of a backtest (`crisis-sim backtest`): the rule that chose the events first,
 * then the reliability diagram (forecast probability against how often the event had
 * happened, bin by bin), the median forecast day against the observed day for each event, and
 * the scores: Brier and log loss per event, and over all events beside a no-skill 0.5
 * forecast and a base-rate forecast.
 */
export async function renderBacktestReport(input: BacktestReportInput): Promise<string> {
  const { scenario, backtest: b } = input;
  const name = (forecast: string) => `Forecast under ${forecast}`;
  const label = (indicator: string) => eventLabel(scenario, 'indicator', indicator);
  const forecasts = b.forecasts.map((entry) => name(entry.forecast));
  const bins = b.forecasts.flatMap((entry) =>
    entry.report.reliability.flatMap((bin) =>
      bin.count === 0 || bin.meanForecast === null || bin.observedRate === null
        ? []
        : [
            {
              forecast: name(entry.forecast),
              bin: `${bin.low.toFixed(1)} to ${bin.high.toFixed(1)}`,
              meanForecast: bin.meanForecast,
              observedRate: bin.observedRate,
              count: bin.count,
            },
          ],
    ),
  );
  const reliability = await renderChart({
    id: 'reliability',
    title: 'Reliability: forecast probability against what happened',
    description: `Every check (each event by each checkpoint day and by ${b.record.asOf}) grouped into bins of forecast probability: each point is a bin's mean forecast (across) and the share of its checks where the event had happened (up), sized by the number of checks. On the dashed diagonal a forecast is calibrated; with few checks per bin the points are noisy.`,
    spec: reliabilitySpec(bins, forecasts),
    table: {
      columns: ['Forecast', 'Bin', 'Checks', 'Mean forecast', 'Observed share'],
      rows: bins.map((bin) => [bin.forecast, bin.bin, String(bin.count), bin.meanForecast.toFixed(3), bin.observedRate.toFixed(3)]),
      numeric: [2, 3, 4],
    },
  });
  const timingRows = b.forecasts.flatMap((entry) =>
    entry.report.events.flatMap((event) => [
      ...(event.medianForecastDay === null
        ? []
        : [{ event: label(event.indicator), series: `Median forecast day (${entry.forecast})`, day: event.medianForecastDay }]),
    ]),
  );
  const observedRows = (b.forecasts[0]?.report.events ?? []).flatMap((event) =>
    event.observedDay === null ? [] : [{ event: label(event.indicator), series: 'Observed day', day: event.observedDay }],
  );
  const dayRows = [...timingRows, ...observedRows];
  const series = [...b.forecasts.map((entry) => `Median forecast day (${entry.forecast})`), 'Observed day'];
  const timing =
    dayRows.length === 0
      ? '<p>No event happened in the record and none in the runs: no day to compare.</p>'
      : await renderChart({
          id: 'timing',
          title: 'When: median forecast day against the observed day',
          description: `For each event, the median day (after ${b.record.startDate}) among the runs in which it happened, under each forecast, and the day it happened in the record (events that did not happen by ${b.record.asOf} have no observed day).`,
          spec: timingSpec(dayRows, series),
          table: {
            columns: ['Event', 'Series', 'Day'],
            rows: dayRows.map((row) => [row.event, row.series, String(row.day)]),
            numeric: [2],
          },
        });
  const scores = b.forecasts
    .map((entry) => {
      const r = entry.report;
      const events = htmlTable(
        {
          columns: ['Event', 'P(by horizon)', 'Happened', 'Median day', 'P(by then)', 'Brier', 'Log loss', 'Brier by day'],
          rows: r.events.map((event) => [label(event.indicator), ...eventScoreCells(event)]),
          numeric: [1, 3, 4, 5, 6, 7],
        },
        `Each event under ${entry.forecast} (${entry.runs.toLocaleString('en-US')} runs, seed ${entry.seed}), scored as of day ${r.asOfDay}: P(by then) is the forecast that it would have happened by the day it did`,
      );
      const means = htmlTable(
        {
          columns: ['Checks', 'n', 'Brier', 'Brier 0.5', 'Brier base', 'Log loss', 'Log 0.5', 'Log base', 'Skill vs 0.5', 'Skill vs base'],
          rows: [
            scoreComparisonCells('By the horizon', r.horizon),
            scoreComparisonCells(`By day d (${r.checkpoints.join(', ')})`, r.byDay),
          ],
          numeric: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        },
        `Mean scores under ${entry.forecast}, beside the no-skill 0.5 forecast and the base-rate forecast: lower is better; skill = 1 - model Brier / reference Brier, positive when the model beats the reference`,
      );
      const sources = htmlTable(
        {
          columns: ['Event', 'Observed', 'Source'],
          rows: r.events.map((event) => [
            label(event.indicator),
            event.observedDay === null ? 'not by the as-of date' : `day ${event.observedDay}`,
            event.source,
          ]),
        },
        'Where the record says so',
      );
      const outcome = r.outcomeBrier === null ? '' : `<p>Outcome Brier score (sum over outcomes): ${scoreText(r.outcomeBrier)}</p>`;
      return `<h3>${escapeHtml(`Forecast under ${entry.forecast}`)}</h3>${events}\n${means}\n${outcome}<details><summary>Sources of the record</summary>${sources}</details>`;
    })
    .join('\n');
  const first = b.forecasts[0];
  const manifest = manifestSection(
    'Backtest',
    [
      ['Scenario', `${scenario.title} (${b.scenarioId} ${b.scenarioVersion})`],
      ['Record', `${b.record.startDate} to ${b.record.asOf}, ${b.record.events.length} events`],
      ['Events chosen by', b.record.selection],
      ['Forecasts', b.forecasts.map((entry) => `${entry.forecast} (${entry.runs.toLocaleString('en-US')} runs)`).join(', ')],
      ['Seed', first?.seed ?? ''],
      ...(b.record.outcome === undefined
        ? []
        : [[`Outcome as of ${b.record.asOf}`, `${b.record.outcome.id} (${b.record.outcome.source})`] as [string, string]]),
    ],
    b.replay,
    'Evaluation only: the record never sets a default. A backtest of one crisis scores a handful of events; read the scores as a check, not a verdict.',
  );
  return reportPage({
    title: scenario.title,
    lede: `Backtest report: ${b.forecasts.map((entry) => entry.forecast).join(' and ')} scored against the record of ${b.record.startDate} to ${b.record.asOf}`,
    kind: 'backtest',
    sections: [
      manifest,
      `<section id="reliability"><h2>Reliability</h2>${reliability}</section>`,
      `<section id="timing"><h2>Timing</h2>${timing}</section>`,
      `<section id="scores"><h2>Scores</h2>${scores}</section>`,
    ],
    generator: input.generator,
  });
}

function reliabilitySpec(rows: readonly Record<string, unknown>[], forecasts: readonly string[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 360,
    height: 360,
    layer: [
      {
        data: {
          values: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        },
        mark: { type: 'line', color: 'currentColor', strokeDash: [4, 4], opacity: 0.5 },
        encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
      },
      {
        data: { values: rows as never },
        encoding: {
          x: probabilityScale('meanForecast', 'Forecast probability (mean of the bin, %)'),
          y: probabilityScale('observedRate', 'Observed frequency (%)'),
          color: {
            field: 'forecast',
            type: 'nominal',
            title: '',
            sort: [...forecasts],
            scale: { domain: [...forecasts], range: [PALETTE[0], PALETTE[1]] },
            legend: { orient: 'bottom' },
          },
        },
        layer: [
          {
            name: 'curves',
            mark: { type: 'line', strokeWidth: 1.5 },
            encoding: { strokeDash: { field: 'forecast', type: 'nominal', legend: null } },
          },
          {
            name: 'bins',
            mark: { type: 'point', filled: true, opacity: 0.9 },
            encoding: {
              size: { field: 'count', type: 'quantitative', title: 'Checks in the bin', legend: { orient: 'bottom' } },
              shape: { field: 'forecast', type: 'nominal', title: '', sort: [...forecasts], legend: { orient: 'bottom' } },
            },
          },
        ],
      },
    ],
  } as unknown as TopLevelSpec;
}

function timingSpec(rows: readonly Record<string, unknown>[], series: readonly string[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 480,
    data: { values: rows as never },
    name: 'days',
    mark: { type: 'point', filled: true, size: 90, opacity: 0.9 },
    encoding: {
      y: { field: 'event', type: 'nominal', title: 'Event', axis: { labelLimit: 320 } },
      x: { field: 'day', type: 'quantitative', title: 'Days after the start date (days)' },
      color: {
        field: 'series',
        type: 'nominal',
        title: '',
        sort: [...series],
        scale: { domain: [...series], range: [...PALETTE.slice(0, series.length - 1), PALETTE[3]] },
        legend: { orient: 'bottom', columns: 1, labelLimit: 600 },
      },
      shape: {
        field: 'series',
        type: 'nominal',
        sort: [...series],
        title: '',
        scale: { domain: [...series], range: [...series.slice(0, -1).map(() => 'circle'), 'diamond'] },
        // Merged with the colour legend (same field and title): each series shown by colour and shape.
        legend: { orient: 'bottom', columns: 1, labelLimit: 600 },
      },
    },
  } as unknown as TopLevelSpec;
}
