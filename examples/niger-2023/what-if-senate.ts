/**
 * Question: "what if Nigeria's Senate had been willing to approve the use of force?"
 * Nigeria's Senate urged diplomacy on 2023-08-05; the scenario gives its approval of troops
 * a probability. A two-arm comparison runs the same runs (same seed and run indices, so
 * every actor draws the same random numbers) with the default and with a Senate that
 * approves nine times in ten, and reports each difference with a paired 95% interval.
 *
 * Run: pnpm exec tsx examples/niger-2023/what-if-senate.ts [runs]
 */
import { compareArms } from '@crisis-sim/engine';
import { niger2023 } from '@crisis-sim/niger-2023';

const runs = Number(process.argv[2] ?? 4_000);
const comparison = compareArms(niger2023, {
  seed: 'what-if-senate',
  runs,
  alternative: { 'nigeria.senateApprovalProbability': 0.9 },
});

const show = (p: number) => `${(100 * p).toFixed(1)}%`;
console.log(`Senate approval ${comparison.base['nigeria.senateApprovalProbability']} vs 0.9, ${runs} paired runs, seed ${comparison.seed}`);
for (const row of [...comparison.outcomes, ...comparison.indicators.filter((indicator) => indicator.id.startsWith('intervention'))]) {
  const { estimate, low, high } = row.difference;
  console.log(
    `${row.id.padEnd(24)} ${show(row.base.probability).padStart(6)} -> ${show(row.alternative.probability).padStart(6)}  ` +
      `difference ${show(estimate)} [${show(low)}, ${show(high)}]  (${row.baseOnly} vs ${row.alternativeOnly} discordant runs)`,
  );
}
