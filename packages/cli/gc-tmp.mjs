const { planMonteCarlo, runBatchRange } = await import('@crisis-sim/engine/internal');
const { niger2023 } = await import('@crisis-sim/niger-2023');
const plan = planMonteCarlo(niger2023, { runs: 10000, seed: '1', checkInvariants: true });
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let s = 0; s < 5000; s += 1000) runBatchRange(niger2023, plan, s, s + 1000);
const c = process.cpuUsage(c0);
console.log(
  process.execArgv.join(' '),
  `5000 runs: ${((c.user + c.system) / 1000).toFixed(0)} ms cpu, ${(performance.now() - t0).toFixed(0)} ms wall`,
);
