import { describe, expect, it } from 'vitest';
import { CrisisSimError, runMonteCarlo, sweepParameter } from '../src/index.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('sweepParameter', () => {
  it('runs the same batch at each value, each point equal to a plain batch at that value', () => {
    const sweep = sweepParameter(toyScenario, { key: 'hawk.aggression', values: [0.02, 0.1, 0.3], runs: 200, seed: 11 });
    expect(sweep.points.map((point) => point.value)).toEqual([0.02, 0.1, 0.3]);
    const direct = runMonteCarlo(toyScenario, { runs: 200, seed: 11, parameters: { 'hawk.aggression': 0.1 } });
    expect(sweep.points[1]?.summary).toEqual(direct);
    const war = sweep.points.map((point) => point.report.outcomes.find((outcome) => outcome.id === 'war')?.probability ?? -1);
    expect(war[0]).toBeLessThan(war[2] as number);
  });

  it('suggests the closest key for an unknown one, and rejects a bad value naming it', () => {
    expect(() => sweepParameter(toyScenario, { key: 'hawk.agression', values: [0.1], runs: 10, seed: 1 })).toThrow(
      /did you mean hawk.aggression/,
    );
    expect(() => sweepParameter(toyScenario, { key: 'hawk.aggression', values: [2], runs: 10, seed: 1 })).toThrow(CrisisSimError);
    expect(() => sweepParameter(toyScenario, { key: 'hawk.aggression', values: [], runs: 10, seed: 1 })).toThrow(/at least one value/);
  });
});
