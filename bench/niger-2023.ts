/**
 * Cost of one 180-day batch run of the niger-2023 scenario, on one core. Calls the engine's
 * `runScenario` directly with resolved default parameters, as a Monte Carlo driver would, after
 * a warm-up; reports runs per second with invariant checking off and on (the CLI's default),
 * by wall time and by this process's CPU time (the steadier figure on a shared machine).
 * Target: at least 20,000 runs/s with invariants on.
 *
 * Run from the repository root after building engine and niger-2023:
 *   node_modules/.bin/tsx bench/niger-2023.ts [runs]
 */
import { loadavg } from 'node:os';
import { assertParameters, runScenario } from '@crisis-sim/engine';
import { niger2023 } from '@crisis-sim/niger-2023';

const runs = Number(process.argv[2] ?? 20_000);
const seed = 20230808;
const params = assertParameters(niger2023.parameters);

function timeRuns(count: number, checkInvariants: boolean): { perSecond: number; perCpuSecond: number; interventions: number } {
  let interventions = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let run = 0; run < count; run++) {
    const result = runScenario(niger2023, params, { seed, runIndex: run, mode: 'batch', checkInvariants, recordEvents: false });
    if (result.indicators['intervention-launched'] !== null) interventions++;
  }
  const cpu = process.cpuUsage(cpuStart);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { perSecond: count / seconds, perCpuSecond: count / ((cpu.user + cpu.system) / 1e6), interventions };
}

// Warm-up: let the JIT settle on the hot paths before measuring.
timeRuns(Math.min(runs, 5_000), false);
timeRuns(Math.min(runs, 2_000), true);

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const checkInvariants of [false, true]) {
  const { perSecond, perCpuSecond, interventions } = timeRuns(runs, checkInvariants);
  console.log(
    `niger-2023 batch, ${runs} runs x ${params.horizonDays} days, invariants ${checkInvariants ? 'on ' : 'off'}: ` +
      `${Math.round(perSecond).toLocaleString('en-US')} runs/s (${(1e6 / perSecond).toFixed(1)} us/run; ` +
      `${Math.round(perCpuSecond).toLocaleString('en-US')} runs per CPU second; interventions in ${((100 * interventions) / runs).toFixed(1)}% of runs)`,
  );
}
