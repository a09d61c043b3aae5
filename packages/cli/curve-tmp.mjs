// Single thread, fresh process: per-block us/run (CPU) of runBatchRange as a worker does it.
const t0 = performance.now();
const { planMonteCarlo, runBatchRange } = await import('@crisis-sim/engine/internal');
const { niger2023 } = await import('@crisis-sim/niger-2023');
const t1 = performance.now();
const plan = planMonteCarlo(niger2023, { runs: 10000, seed: '1', checkInvariants: true });
const step = Number(process.argv[2] ?? 250);
const out = [];
let c = process.cpuUsage();
for (let s = 0; s < 5000; s += step) {
  runBatchRange(niger2023, plan, s, s + step);
  const d = process.cpuUsage(c);
  c = process.cpuUsage();
  out.push(((d.user + d.system) / step).toFixed(0));
}
console.log(
  `import ${(t1 - t0).toFixed(0)} ms; us/run per ${step}-run chunk:`,
  out.join(' '),
  `total ${(performance.now() - t1).toFixed(0)} ms`,
);
