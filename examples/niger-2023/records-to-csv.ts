/**
 * Question: "in which runs did ECOWAS launch an intervention, and under which drawn values
 * of the uncertain parameters?" Runs the scenario with parameters drawn from their priors
 * and writes one CSV row per run (RFC 4180: loads as is with pandas.read_csv or R's
 * read.csv), ready for a regression or a classification tree.
 *
 * Run: pnpm exec tsx examples/niger-2023/records-to-csv.ts [runs] [out.csv]
 */
import { writeFileSync } from 'node:fs';
import { drawnParameterKeys, runMonteCarlo } from '@crisis-sim/engine';
import { niger2023 } from '@crisis-sim/niger-2023';
import { formatRecord, type RecordLayout, recordHeader } from '@crisis-sim/runner';

const runs = Number(process.argv[2] ?? 5_000);
const out = process.argv[3] ?? 'niger-2023-runs.csv';

const layout: RecordLayout = {
  format: 'csv',
  parameters: drawnParameterKeys(niger2023.parameters, []),
  indicators: (niger2023.indicators ?? []).map((indicator) => indicator.id),
};
const rows: string[] = [recordHeader(layout)];
let interventions = 0;
const summary = runMonteCarlo(niger2023, {
  runs,
  seed: 'records',
  uncertainty: 'priors',
  onRecord: (record) => {
    rows.push(formatRecord(record, layout));
    if (record.indicators['intervention-launched'] !== null) interventions++;
  },
});
writeFileSync(out, rows.join(''));
console.log(
  `wrote ${out}: ${summary.runs} runs x ${layout.parameters.length} drawn parameters; interventions in ${interventions} runs (seed ${summary.manifest.seed})`,
);
console.log('In Python: pandas.read_csv(path); in R: read.csv(path, check.names = FALSE)');
