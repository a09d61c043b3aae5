const { planMonteCarlo, runBatchRange } = await import('@crisis-sim/engine/internal');
const { niger2023 } = await import('@crisis-sim/niger-2023');
const plan = planMonteCarlo(niger2023, { runs: 10000, seed: '1', checkInvariants: true });
const n = Number(process.argv[2] ?? 300);
runBatchRange(niger2023, plan, 0, n);
