import { readFileSync } from 'node:fs';

const tcpu = () => {
  const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const { planMonteCarlo, runBatchRange } = await import('@crisis-sim/engine/internal');
const { niger2023 } = await import('@crisis-sim/niger-2023');
const plan = planMonteCarlo(niger2023, { runs: 10000, seed: '1', checkInvariants: true });
const probe = process.argv[2] === 'probe' ? new Float64Array(new SharedArrayBuffer(64)) : undefined;
for (let s = 0; s < 3000; s += 1000) runBatchRange(niger2023, plan, s, s + 1000, undefined, probe);
const t = tcpu();
for (let s = 3000; s < 8000; s += 1000) runBatchRange(niger2023, plan, s, s + 1000, undefined, probe);
console.log(process.argv[2] ?? 'none', process.execArgv.join(' '), `${((5000 / (tcpu() - t)) * 1000).toFixed(0)} runs per thread CPU-s`);
