import type { ForecastScoreReport, ObservedRecord, SummaryManifest } from '@crisis-sim/engine';
import { forecastCheck } from '@crisis-sim/engine/internal';
import { csvText } from '@crisis-sim/runner';
import { csvHeaderComments } from './csv-header-comments.js';

/** One scored forecast of a backtest: which (defaults or priors), the manifest of its batch and its scores. */
export interface BacktestCsvForecast {
  readonly forecast: string;
  readonly manifest: SummaryManifest;
  readonly report: ForecastScoreReport;
}

/**
 * A backtest as one RFC 4180 table: a row per event and forecast (the model's under its
 * defaults and priors, then the base-rate and the no-skill 0.5 references), each with what
 * was observed (happened by the horizon, on which day), the forecast probability of "by the
 * horizon", its Brier score and log loss, and for the model the forecast probability of "by
 * the observed day" and the median forecast day. The references are scored with the same
 * rule as the model (`forecastCheck`), so their mean over the rows is the JSON's mean.
 * `#` lines first: scenario, seed and runs, the rule that chose the events (a backtest of
 * hand-picked events proves little), each forecast's manifest and the replay command.
 */
export function formatBacktestCsv(
  scenario: { readonly id: string; readonly version: string },
  record: ObservedRecord,
  forecasts: readonly BacktestCsvForecast[],
  baseRates: Readonly<Record<string, number>> | undefined,
  baseRateSource: string,
  replay: string,
): string {
  const first = forecasts[0];
  const horizon = first?.report.asOfDay ?? 0;
  const runs = first?.manifest.runs ?? 0;
  const comments = csvHeaderComments(
    `backtest: ${scenario.id} ${scenario.version}, engine ${first?.manifest.engineVersion}, seed ${first?.manifest.seed}, ${runs} runs per forecast (${forecasts.map((entry) => entry.forecast).join(', ')}), record ${record.startDate} to ${record.asOf} (horizon day ${horizon})`,
    forecasts.map((entry) => [entry.forecast, entry.manifest] as const),
    replay,
    [`events: ${record.selection}`, `base rate: ${baseRateSource}`],
  );
  const rows: unknown[][] = [
    ['event', 'happened', 'observed_day', 'forecast', 'probability', 'brier', 'log_loss', 'p_by_observed_day', 'median_forecast_day'],
  ];
  for (const [i, event] of (first?.report.events ?? []).entries()) {
    const observed = [event.indicator, event.byHorizon.happened, event.observedDay];
    for (const entry of forecasts) {
      const scored = entry.report.events[i];
      if (scored === undefined) continue;
      const check = scored.byHorizon;
      rows.push([
        ...observed,
        entry.forecast,
        check.forecast,
        check.brier,
        check.logLoss,
        scored.timingPercentile,
        scored.medianForecastDay,
      ]);
    }
    const references = [
      ['base rate', baseRates?.[event.indicator] ?? first?.report.pooledBaseRate ?? 0.5],
      ['0.5', 0.5],
    ] as const;
    for (const [name, rate] of references) {
      const check = forecastCheck(horizon, rate, event.byHorizon.happened, runs);
      rows.push([...observed, name, check.forecast, check.brier, check.logLoss, null, null]);
    }
  }
  return csvText(comments, rows);
}
