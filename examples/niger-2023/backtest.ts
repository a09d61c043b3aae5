/**
 * Question: "how well did a forecast made with what was known on 2023-08-08 do against what
 * actually happened over the next 180 days?" Scores the forecast under default parameters and
 * under priors with Brier scores and timing percentiles (the forecast probability that the
 * event would have happened by the day it did), next to two simple forecasts: a coin toss (0.5)
 * and a base rate, the chance of the event within the horizon from the scenario's own
 * reference class where it has one.
 *
 * Rule for choosing events: every indicator of the scenario is scored, each with the dated
 * public record of when it happened, or null if it had not by day 179; none is left out except
 * an indicator that repeats another one's event (us-aid-cut is the legal consequence of the
 * coup determination, announced in the same statement, so it would count one event twice).
 * The script refuses to run if an indicator is neither observed nor listed as a repeat.
 *
 * The observations below are evaluation data only: they come after the scenario's start date
 * and must never be used to set the scenario's defaults.
 *
 * Run: pnpm exec tsx examples/niger-2023/backtest.ts [runs]
 */
import { backtest, dateToDay, fitReferenceClass, runMonteCarlo } from '@crisis-sim/engine';
import { niger2023 } from '@crisis-sim/niger-2023';

const runs = Number(process.argv[2] ?? 10_000);
const asOfDay = 179;
const day = (date: string) => dateToDay(niger2023.startDate, date);

// What happened by 2024-02-03 (day 179), with the public record each date comes from.
const observed: Record<string, number | null> = {
  'standby-force-activated': day('2023-08-10'), // ECOWAS summit communique, Abuja, 2023-08-10: activation of the standby force ordered
  'transition-timetable-announced': day('2023-08-19'), // Gen. Tiani's televised address, 2023-08-19: a transition of up to three years
  'au-suspension': day('2023-08-22'), // AU Peace and Security Council communique published 2023-08-22: Niger suspended
  'sahel-defence-pact': day('2023-09-16'), // Liptako-Gourma Charter signed by Mali, Burkina Faso and Niger, 2023-09-16
  'french-withdrawal-announced': day('2023-09-24'), // President Macron's television interview, 2023-09-24
  'us-coup-determination': day('2023-10-10'), // US State Department statement, 2023-10-10
  'french-withdrawal-completed': day('2023-12-22'), // French armed forces: last troops left Niger, 2023-12-22
  'french-ambassador-expelled': day('2023-08-25'), // CNSP statement, 2023-08-25: France's ambassador given 48 hours to leave
  'airspace-reopened': day('2023-09-04'), // Niger's transport ministry, 2023-09-04: airspace reopened to commercial flights
  'counter-coup': null,
  'mediation-accepted': day('2023-08-12'), // Nigerian Islamic scholars received by Gen. Tiani, 2023-08-12: the junta says it is open to diplomacy
  'sanctions-tightened': null, // no further ECOWAS sanctions by 2024-02-03 beyond those of 2023-07-30
  'sanctions-eased': null, // eased on 2024-02-24, after the horizon
  'us-withdrawal-announced': null, // agreed on 2024-05-19, after the horizon
  'us-withdrawal-completed': null,
  'russian-deployment': null, // Russian instructors arrived in April 2024, after the horizon
  'intervention-launched': null,
  'intervention-succeeded': null,
  'mali-at-war': null,
  'burkina-faso-at-war': null,
  'bazoum-released': null,
  'bazoum-harmed': null,
  'bazoum-reinstated': null,
  'transition-agreed': null,
  'us-aid-restored': null,
};
const repeats: Record<string, string> = { 'us-aid-cut': 'us-coup-determination' };

const unscored = (niger2023.indicators ?? []).map((indicator) => indicator.id).filter((id) => !(id in observed) && !(id in repeats));
if (unscored.length > 0) throw new Error(`every indicator must be observed or listed as a repeat; missing: ${unscored.join(', ')}`);

// Base rates: P(the event within the horizon) from the reference class behind its parameter.
const horizon = asOfDay + 1;
const baseRateOf = (key: string): number | undefined => {
  const definition = niger2023.parameters[key as keyof typeof niger2023.parameters];
  const referenceClass = definition.kind === 'number' ? definition.referenceClass : undefined;
  if (referenceClass === undefined) return undefined;
  const fit = fitReferenceClass(referenceClass);
  return fit.method === 'waiting-time' ? 1 - Math.exp(-fit.medianRate * horizon) : fit.medianProbability;
};
const baseRates: Record<string, number | undefined> = {
  'us-coup-determination': baseRateOf('us.determinationMedianDays'),
  'french-withdrawal-announced': baseRateOf('france.withdrawalMedianDays'),
  'french-ambassador-expelled': baseRateOf('junta.expelAmbassadorMedianDays'),
  'counter-coup': baseRateOf('junta.collapseMedianDays'),
  'russian-deployment': baseRateOf('junta.inviteRussiaMedianDays'),
  'transition-timetable-announced': baseRateOf('junta.timetableMedianDays'),
  'bazoum-released': baseRateOf('junta.releaseMedianDays'),
  'au-suspension': baseRateOf('au.suspensionProbability'),
};

const brier = (p: number, happened: boolean) => (p - (happened ? 1 : 0)) ** 2;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

for (const uncertainty of ['none', 'priors'] as const) {
  const forecast = runMonteCarlo(niger2023, { runs, seed: 'backtest', uncertainty });
  const report = backtest(forecast, { asOfDay, indicators: observed, outcome: 'junta-consolidated' });
  const label = uncertainty === 'none' ? 'defaults' : 'priors';
  console.log(
    `forecast of 2023-08-08 under ${label} (${forecast.runs} runs, seed ${forecast.manifest.seed}) scored against 2023-08-08..2024-02-03`,
  );
  const withBase: { model: number; base: number }[] = [];
  for (const score of report.indicators) {
    const timing = score.timingPercentile === null ? '' : `  P(by the day it happened) ${score.timingPercentile.toFixed(2)}`;
    const base = baseRates[score.id];
    const baseText = base === undefined ? '' : `  base rate ${base.toFixed(3)} (Brier ${brier(base, score.happened).toFixed(3)})`;
    if (base !== undefined) withBase.push({ model: score.brier, base: brier(base, score.happened) });
    console.log(
      `${score.id.padEnd(32)} forecast ${score.forecast.toFixed(3)}  happened ${String(score.happened).padEnd(5)}  Brier ${score.brier.toFixed(3)}${timing}${baseText}`,
    );
  }
  console.log(
    `mean Brier ${report.meanBrier.toFixed(3)} over ${report.indicators.length} indicators (a coin toss scores 0.250); outcome Brier ${report.outcomeBrier?.toFixed(3)}`,
  );
  console.log(
    `on the ${withBase.length} indicators with a reference class: model ${mean(withBase.map((row) => row.model)).toFixed(3)}, base rate ${mean(withBase.map((row) => row.base)).toFixed(3)}`,
  );
  console.log('');
}
