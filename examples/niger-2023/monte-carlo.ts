/**
 * Question: "given what was known on 2023-08-08, how likely is each way the Niger crisis
 * could end within 180 days, and when would the key events come?"
 * Runs a seeded Monte Carlo batch from code and prints outcome probabilities with 95%
 * Wilson intervals and the median date of each indicator.
 *
 * Run: pnpm exec tsx examples/niger-2023/monte-carlo.ts [runs] [seed]
 */
import { dayToDate, describeSummary, runMonteCarlo } from '@crisis-sim/engine';
import { niger2023 } from '@crisis-sim/niger-2023';

const runs = Number(process.argv[2] ?? 10_000);
const seed = process.argv[3] ?? 'niger-example';

const summary = runMonteCarlo(niger2023, { runs, seed });
const report = describeSummary(summary);
const percent = (p: number) => `${(100 * p).toFixed(1)}%`;

console.log(`${niger2023.title}: ${report.runs} runs, seed ${summary.manifest.seed}, parameters ${summary.manifest.parametersHash}`);
for (const outcome of report.outcomes) {
  console.log(
    `${outcome.id.padEnd(24)} ${percent(outcome.probability).padStart(6)}  [${percent(outcome.interval.low)}, ${percent(outcome.interval.high)}]`,
  );
}
for (const indicator of report.indicators) {
  const median = indicator.firstDay.median;
  const when = median === null ? 'never' : dayToDate(niger2023.startDate, median);
  console.log(`${indicator.id.padEnd(32)} ${percent(indicator.probability).padStart(6)}  median ${when}`);
}
