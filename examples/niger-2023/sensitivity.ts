/**
 * Question: "which assumptions drive the chance that ECOWAS launches an intervention?"
 * One-at-a-time sensitivity: each parameter moved from the bottom to the top of its range,
 * the others held at their defaults, on common random numbers; the largest effects first.
 *
 * Run: pnpm exec tsx examples/niger-2023/sensitivity.ts [runs per arm] [how many to show]
 */
import { oneAtATimeSensitivity } from '@crisis-sim/engine';
import { niger2023 } from '@crisis-sim/niger-2023';

const runs = Number(process.argv[2] ?? 500);
const show = Number(process.argv[3] ?? 12);
const keys = Object.keys(niger2023.parameters).filter(
  (key) => key.startsWith('ecowas.') || key.startsWith('nigeria.') || key.startsWith('junta.'),
);

const rows = oneAtATimeSensitivity(niger2023, { target: { indicator: 'intervention-launched' }, runs, seed: 'sensitivity', keys });
console.log(
  `P(intervention launched) as each of ${rows.length} parameters goes from its minimum to its maximum (${runs} paired runs each)`,
);
for (const row of rows.slice(0, show)) {
  const { estimate, low, high } = row.effect;
  console.log(
    `${row.key.padEnd(44)} ${row.lowProbability.toFixed(3)} -> ${row.highProbability.toFixed(3)}  effect ${estimate.toFixed(3)} [${low.toFixed(3)}, ${high.toFixed(3)}]`,
  );
}
