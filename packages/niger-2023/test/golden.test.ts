import { runMonteCarlo, type Summary, simulate } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { niger2023 } from '../src/index.js';

// Pins niger-2023's results to committed files: a change of the model's code that is meant to
// leave results alone (speed-ups, refactors) must leave these byte-identical. A change that is
// meant to move results updates them on purpose: `npx vitest run packages/niger-2023/test/golden.test.ts -u`,
// and the diff of test/golden/ shows what moved.

/** Outcome counts and indicator histograms, one line each so that a diff names what moved. */
function countsText(summary: Summary): string {
  const lines = [`runs ${summary.runs}`];
  for (const [id, count] of Object.entries(summary.outcomes)) lines.push(`outcome ${id} ${count}`);
  for (const [id, tally] of Object.entries(summary.indicators))
    lines.push(`indicator ${id} never ${tally.never} days ${JSON.stringify(tally.days)}`);
  return `${lines.join('\n')}\n`;
}

describe('niger2023 golden results', () => {
  it('default parameters, seed 7, 2,000 runs', async () => {
    const summary = runMonteCarlo(niger2023, { runs: 2000, seed: 7 });
    await expect(countsText(summary)).toMatchFileSnapshot('golden/summary-seed-7.txt');
  });

  it('overridden parameters (voting rule, hazards, commitments, a member), seed 3, 1,000 runs without invariants', async () => {
    const summary = runMonteCarlo(niger2023, {
      runs: 1000,
      seed: 3,
      checkInvariants: false,
      parameters: {
        'ecowas.votingRule': 'simple-majority',
        'ecowas.nigeria.forceWillingness': 0.95,
        'france.ambassadorFactor': 3,
        'mali.warCommitment': 0.9,
        'junta.collapseMedianDays': 300,
        'economy.tradeSeverity': 0.9,
        horizonDays: 365,
      },
    });
    await expect(countsText(summary)).toMatchFileSnapshot('golden/summary-seed-3-overrides.txt');
  });

  it('parameters drawn from their priors, seed 9, 1,000 runs', async () => {
    const summary = runMonteCarlo(niger2023, { runs: 1000, seed: 9, uncertainty: 'priors' });
    await expect(countsText(summary)).toMatchFileSnapshot('golden/summary-seed-9-priors.txt');
  });

  it('the story of run 3 of seed 7, and its final state', async () => {
    const run = simulate(niger2023, { seed: 7, runIndex: 3, mode: 'trace' });
    const lines = run.events.map((event) => JSON.stringify(event));
    lines.push(`outcome ${run.outcome}`, JSON.stringify(run.indicators), JSON.stringify(run.finalState));
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('golden/trace-seed-7-run-3.txt');
  });
});
