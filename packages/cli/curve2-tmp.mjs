const t0 = performance.now();
const { planMonteCarlo, runBatchRange } = await import('@crisis-sim/engine/internal');
const { niger2023 } = await import('@crisis-sim/niger-2023');
const t1 = performance.now();
const plan = planMonteCarlo(niger2023, { runs: 10000, seed: '1', checkInvariants: true });
const t2 = performance.now();
const out = [];
let c = process.cpuUsage();
let s = 0;
for (const step of [1, 1, 1, 1, 1, 5, 10, 10, 10, 10, 10, 50, 50, 50, 50, 50, 50, 50]) {
  const w = performance.now();
  runBatchRange(niger2023, plan, s, s + step);
  s += step;
  const d = process.cpuUsage(c);
  c = process.cpuUsage();
  out.push(`${step}:${((d.user + d.system) / step).toFixed(0)}/${(((performance.now() - w) * 1000) / step).toFixed(0)}`);
}
console.log(`import ${(t1 - t0).toFixed(0)} ms plan ${(t2 - t1).toFixed(0)} ms; chunk:cpu-us/wall-us per run:`, out.join(' '));
