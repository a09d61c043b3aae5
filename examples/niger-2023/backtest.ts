/**
 * Question: "how well did a forecast made with what was known on 2023-08-08 do against what
 * actually happened over the next 180 days?" Scores the default forecast against the
 * scenario's observed record: Brier and log scores by the horizon and by day d, timing,
 * a reliability table, and the same scores for a no-skill and a base-rate forecast.
 *
 * The record is evaluation data only: it comes after the scenario's start date and must
 * never be used to set the scenario's defaults.
 *
 * Run: pnpm exec tsx examples/niger-2023/backtest.ts [runs]
 */
import { runMonteCarlo, scoreForecast } from '@crisis-sim/engine';
import { niger2023, nigerObservedRecord } from '@crisis-sim/niger-2023';

const runs = Number(process.argv[2] ?? 10_000);

const forecast = runMonteCarlo(niger2023, { runs, seed: 'backtest' });
const report = scoreForecast(forecast, nigerObservedRecord);
console.log(
  `forecast of ${nigerObservedRecord.startDate} (${forecast.runs} runs, seed ${forecast.manifest.seed}) scored against ${nigerObservedRecord.startDate}..${nigerObservedRecord.asOf}`,
);
console.log(`events: ${report.selection}`);
for (const event of report.events) {
  const { forecast: p, happened, brier } = event.byHorizon;
  const timing =
    event.observedDay === null
      ? ''
      : `  observed day ${event.observedDay}, median forecast day ${event.medianForecastDay ?? '-'}, P(by then) ${event.timingPercentile?.toFixed(2)}`;
  console.log(
    `${event.indicator.padEnd(32)} forecast ${p.toFixed(3)}  happened ${String(happened).padEnd(5)}  Brier ${brier.toFixed(3)}${timing}`,
  );
}
const { horizon, byDay } = report;
console.log(
  `mean Brier ${horizon.model.brier.toFixed(3)} by day ${report.asOfDay} (no-skill 0.5: ${horizon.noSkill.brier.toFixed(3)}, ` +
    `base rate ${report.pooledBaseRate.toFixed(2)}: ${horizon.baseRate.brier.toFixed(3)}); log loss ${horizon.model.logLoss.toFixed(3)} (no-skill ${horizon.noSkill.logLoss.toFixed(3)})`,
);
console.log(
  `by days ${report.checkpoints.join(', ')}: mean Brier ${byDay.model.brier.toFixed(3)} (no-skill ${byDay.noSkill.brier.toFixed(3)}, base rate ${byDay.baseRate.brier.toFixed(3)}), ${byDay.checks} checks`,
);
console.log(`outcome Brier ${report.outcomeBrier?.toFixed(3)} (the outcome was ${nigerObservedRecord.outcome?.id})`);
console.log('reliability: forecast bin, checks, mean forecast, observed rate');
for (const bin of report.reliability) {
  console.log(
    `  [${bin.low.toFixed(1)}, ${bin.high.toFixed(1)})  ${String(bin.count).padStart(3)}  ${bin.meanForecast?.toFixed(2) ?? '-'}  ${bin.observedRate?.toFixed(2) ?? '-'}`,
  );
}
