/**
 * Throughput of the engine's global sensitivity path on one thread: a Sobol analysis of 8
 * niger-2023 parameters (Saltelli design, common random numbers) and a Morris screening of
 * every number parameter with a prior, both scaled down, with planning and analysis timed
 * apart from the runs. The targets (Sobol, 8 parameters, N = 1,024, 200 runs per
 * point: about 2 million runs; Morris, 20 trajectories) are for the runner with 2 workers:
 * this prints the single-thread time they would take at the measured rate, so the runner's
 * overhead can be judged against it.
 *
 * Run: node_modules/.bin/tsx bench/global-sensitivity.ts [samples] [runs per point]
 */
import { availableParallelism, loadavg } from 'node:os';
import { globalSensitivityFromSummaries, planGlobalSensitivity, runEnsemblePoint } from '@crisis-sim/engine/internal';
import { niger2023 } from '@crisis-sim/niger-2023';

const samples = Number(process.argv[2] ?? 32);
const runs = Number(process.argv[3] ?? 200);
console.log(
  `niger-2023 ${niger2023.version}; ${availableParallelism()} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, (performance.now() - started) / 1000];
}

const keys = Object.entries(niger2023.parameters)
  .filter(([, definition]) => definition.kind === 'number' && definition.prior !== undefined && definition.prior.kind !== 'fixed')
  .map(([key]) => key);
for (const [method, options] of [
  ['sobol', { samples, keys: keys.slice(0, 8) }],
  ['morris', { trajectories: Math.max(2, Math.round(samples / 8)) }],
] as const) {
  const [plan, planSeconds] = time(() =>
    planGlobalSensitivity(niger2023, { method, target: 'outcome:regional-war', runs, seed: 'bench', ...options }),
  );
  const [summaries, runSeconds] = time(() => plan.ensemble.points.map((point) => runEnsemblePoint(niger2023, point)));
  const [result, analysisSeconds] = time(() => globalSensitivityFromSummaries(plan, summaries));
  const total = plan.ensemble.points.length * runs;
  const rate = total / runSeconds;
  console.log(
    `${method}: ${plan.factors.length} parameters, ${plan.ensemble.points.length} points x ${runs} runs = ${total.toLocaleString('en-US')} runs; ` +
      `plan ${planSeconds.toFixed(2)} s, runs ${runSeconds.toFixed(1)} s (${Math.round(rate).toLocaleString('en-US')} runs/s), analysis ${analysisSeconds.toFixed(2)} s; top ${result.rows[0]?.key}`,
  );
  if (method === 'sobol') {
    const target = 1024 * (8 + 2) * 200;
    console.log(
      `  issue target, N = 1,024: ${target.toLocaleString('en-US')} runs, ${(target / rate).toFixed(0)} s on one thread at this rate`,
    );
  } else {
    const target = 20 * (plan.factors.length + 1) * runs;
    console.log(
      `  issue target, 20 trajectories: ${target.toLocaleString('en-US')} runs, ${(target / rate).toFixed(0)} s on one thread at this rate`,
    );
  }
}
