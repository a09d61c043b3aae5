import { readFileSync } from 'node:fs';

const tcpu = () => {
  const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const pcpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const { planMonteCarlo, runBatchRange } = await import('@crisis-sim/engine/internal');
const { niger2023 } = await import('@crisis-sim/niger-2023');
const plan = planMonteCarlo(niger2023, { runs: 10000, seed: '1', checkInvariants: true });
const n = Number(process.argv[2] ?? 5000);
let t = tcpu(),
  p = pcpu();
const out = [];
for (let s = 0; s < n; s += 1000) {
  runBatchRange(niger2023, plan, s, s + 1000);
  const t2 = tcpu(),
    p2 = pcpu();
  out.push(`thread ${t2 - t} other ${(p2 - p - (t2 - t)).toFixed(0)}`);
  t = t2;
  p = p2;
}
console.log(process.execArgv.join(' ') || '(defaults)', out.join(' | '));
