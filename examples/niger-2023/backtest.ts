/**
 * Question: "how well did a forecast made with what was known on 2023-08-08 do against what
 * actually happened over the next 180 days?" Scores the forecast under default parameters and
 * under priors against the scenario's observed record (`nigerObservedRecord`, which states the
 * rule that chose its events): Brier and log scores by the horizon and by day d, timing (the
 * forecast probability that an event would have happened by the day it did), a reliability
 * table, and the same scores for two simple forecasts: a coin toss (0.5) and a base rate, the
 * chance of the event within the horizon from the reference class behind its parameter where
 * it has one (the pooled rate of the record otherwise).
 *
 * The record is evaluation data only: it comes after the scenario's start date and must
 * never be used to set the scenario's defaults.
 *
 * Run: pnpm exec tsx examples/niger-2023/backtest.ts [runs]
 */
import { dateToDay, fitReferenceClass, runMonteCarlo, scoreForecast } from '@crisis-sim/engine';
import { niger2023, nigerObservedRecord } from '@crisis-sim/niger-2023';

const runs = Number(process.argv[2] ?? 10_000);
const record = nigerObservedRecord;

// The record's rule: every indicator is scored but one that repeats another's event.
const repeats: Readonly<Record<string, string>> = {
  'us-aid-cut': 'us-coup-determination',
  'borders-and-electricity-restored': 'sanctions-eased',
};
const scored = new Set(record.events.map((event) => event.indicator));
const unscored = (niger2023.indicators ?? []).map((indicator) => indicator.id).filter((id) => !scored.has(id) && !(id in repeats));
if (unscored.length > 0) throw new Error(`every indicator must be in the record or listed as a repeat; missing: ${unscored.join(', ')}`);

// Base rates: P(the event within the horizon) from the reference class behind its parameter.
const horizon = dateToDay(record.startDate, record.asOf) + 1;
const baseRateOf = (key: keyof typeof niger2023.parameters): number | undefined => {
  const definition = niger2023.parameters[key];
  const referenceClass = definition.kind === 'number' ? definition.referenceClass : undefined;
  if (referenceClass === undefined) return undefined;
  const fit = fitReferenceClass(referenceClass);
  return fit.method === 'waiting-time' ? 1 - Math.exp(-fit.medianRate * horizon) : fit.medianProbability;
};
const classOf: Readonly<Record<string, keyof typeof niger2023.parameters>> = {
  'us-coup-determination': 'us.determinationMedianDays',
  'french-withdrawal-announced': 'france.withdrawalMedianDays',
  'french-ambassador-expelled': 'junta.expelAmbassadorMedianDays',
  'counter-coup': 'junta.collapseMedianDays',
  'russian-deployment': 'junta.inviteRussiaMedianDays',
  'transition-timetable-announced': 'junta.timetableMedianDays',
  'bazoum-released': 'junta.releaseMedianDays',
  'bazoum-charged': 'junta.chargeBazoumMedianDays',
  'au-suspension': 'au.suspensionProbability',
  'eu-sanctions-framework': 'eu.sanctionsMedianDays',
  // v2.3: two indicators whose parameters now come from reference classes.
  'major-jihadist-attack': 'jihadist.majorAttackMedianDays',
  'benin-border-reopened': 'benin.reopenMedianDays',
};
// Indicators added in v2.2 (2.2.0), with their actors, after the v2.1 backtest and with knowledge
// of what happened after the start date: their scores are not out-of-sample. The comparable
// figure is the mean over the others (v2.1's set), printed beside the full one.
const addedInV22 = new Set(['french-troops-ordered-out', 'major-jihadist-attack', 'eu-sanctions-framework', 'benin-border-reopened']);
const baseRates: Record<string, number> = {};
for (const [indicator, key] of Object.entries(classOf)) {
  const rate = baseRateOf(key);
  if (rate !== undefined) baseRates[indicator] = rate;
}

console.log(`events: ${record.selection}`);
for (const uncertainty of ['none', 'priors'] as const) {
  const forecast = runMonteCarlo(niger2023, { runs, seed: 'backtest', uncertainty });
  const report = scoreForecast(forecast, record, { baseRates });
  const label = uncertainty === 'none' ? 'defaults' : 'priors';
  console.log(
    `\nforecast of ${record.startDate} by ${niger2023.id} ${niger2023.version} under ${label} (${forecast.runs} runs, seed ${forecast.manifest.seed}) scored against ${record.startDate}..${record.asOf}`,
  );
  for (const event of report.events) {
    const { forecast: p, happened, brier } = event.byHorizon;
    const timing =
      event.observedDay === null
        ? ''
        : `  observed day ${event.observedDay}, median forecast day ${event.medianForecastDay ?? '-'}, P(by then) ${event.timingPercentile?.toFixed(2)}`;
    const base = baseRates[event.indicator];
    const baseText = base === undefined ? '' : `  base rate ${base.toFixed(3)}`;
    console.log(
      `${event.indicator.padEnd(32)} forecast ${p.toFixed(3)}  happened ${String(happened).padEnd(5)}  Brier ${brier.toFixed(3)}${timing}${baseText}`,
    );
  }
  const { horizon: byHorizon, byDay } = report;
  console.log(
    `mean Brier ${byHorizon.model.brier.toFixed(3)} by day ${report.asOfDay} over ${report.events.length} events (no-skill 0.5: ${byHorizon.noSkill.brier.toFixed(3)}, ` +
      `base rates: ${byHorizon.baseRate.brier.toFixed(3)}); log loss ${byHorizon.model.logLoss.toFixed(3)} (no-skill ${byHorizon.noSkill.logLoss.toFixed(3)})`,
  );
  console.log(
    `by days ${report.checkpoints.join(', ')}: mean Brier ${byDay.model.brier.toFixed(3)} (no-skill ${byDay.noSkill.brier.toFixed(3)}, base rates ${byDay.baseRate.brier.toFixed(3)}), ${byDay.checks} checks`,
  );
  const withClass = report.events.filter((event) => baseRates[event.indicator] !== undefined);
  const brierOf = (p: number, happened: boolean) => (p - (happened ? 1 : 0)) ** 2;
  const meanOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  console.log(
    `on the ${withClass.length} events with a reference class: model ${meanOf(withClass.map((event) => event.byHorizon.brier)).toFixed(3)}, ` +
      `class base rates ${meanOf(withClass.map((event) => brierOf(baseRates[event.indicator] as number, event.byHorizon.happened))).toFixed(3)}`,
  );
  const v21 = report.events.filter((event) => !addedInV22.has(event.indicator));
  console.log(
    `on the ${v21.length} indicators of v2.1 (comparable; the ${report.events.length - v21.length} added in v2.2 were chosen after the fact): ` +
      `mean Brier ${meanOf(v21.map((event) => event.byHorizon.brier)).toFixed(3)}`,
  );
  console.log(`outcome Brier ${report.outcomeBrier?.toFixed(3)} (the outcome was ${record.outcome?.id})`);
  console.log('reliability: forecast bin, checks, mean forecast, observed rate');
  for (const bin of report.reliability) {
    console.log(
      `  [${bin.low.toFixed(1)}, ${bin.high.toFixed(1)})  ${String(bin.count).padStart(3)}  ${bin.meanForecast?.toFixed(2) ?? '-'}  ${bin.observedRate?.toFixed(2) ?? '-'}`,
    );
  }
}
