/**
 * Question: "how well did a forecast made with what was known on 2023-08-08 do against what
 * actually happened over the next 180 days?" Scores the default forecast with Brier scores,
 * log loss and timing percentiles.
 *
 * The observations below are evaluation data only: they come after the scenario's start date
 * and must never be used to set the scenario's defaults.
 *
 * Run: pnpm exec tsx examples/niger-2023/backtest.ts [runs]
 */
import { backtest, dateToDay, runMonteCarlo } from '@crisis-sim/engine';
import { niger2023 } from '@crisis-sim/niger-2023';

const runs = Number(process.argv[2] ?? 10_000);
const day = (date: string) => dateToDay(niger2023.startDate, date);

// What happened by 2024-02-03 (day 179), with the public record each date comes from.
const observed: Record<string, number | null> = {
  'standby-force-activated': day('2023-08-10'), // ECOWAS summit communique, Abuja, 2023-08-10: activation of the standby force ordered
  'transition-timetable-announced': day('2023-08-19'), // Gen. Tiani's televised address, 2023-08-19: a transition of up to three years
  'au-suspension': day('2023-08-22'), // AU Peace and Security Council communique published 2023-08-22: Niger suspended
  'sahel-defence-pact': day('2023-09-16'), // Liptako-Gourma Charter signed by Mali, Burkina Faso and Niger, 2023-09-16
  'french-withdrawal-announced': day('2023-09-24'), // President Macron's television interview, 2023-09-24
  'us-coup-determination': day('2023-10-10'), // US State Department statement, 2023-10-10
  'us-aid-cut': day('2023-10-10'), // same statement: assistance to the government terminated under section 7008
  'french-withdrawal-completed': day('2023-12-22'), // French armed forces: last troops left Niger, 2023-12-22
  'intervention-launched': null,
  'mali-at-war': null,
  'burkina-faso-at-war': null,
  'bazoum-released': null,
  'bazoum-harmed': null,
  'bazoum-reinstated': null,
  'transition-agreed': null,
  'us-aid-restored': null,
};

const forecast = runMonteCarlo(niger2023, { runs, seed: 'backtest' });
const report = backtest(forecast, { asOfDay: 179, indicators: observed, outcome: 'junta-consolidated' });
console.log(`forecast of 2023-08-08 (${forecast.runs} runs, seed ${forecast.manifest.seed}) scored against 2023-08-08..2024-02-03`);
for (const score of report.indicators) {
  const timing = score.timingPercentile === null ? '' : `  forecast P(by then) ${score.timingPercentile.toFixed(2)}`;
  console.log(
    `${score.id.padEnd(32)} forecast ${score.forecast.toFixed(3)}  happened ${String(score.happened).padEnd(5)}  Brier ${score.brier.toFixed(3)}${timing}`,
  );
}
console.log(`mean Brier ${report.meanBrier.toFixed(3)} (0.25 is a coin toss); outcome Brier ${report.outcomeBrier?.toFixed(3)}`);
