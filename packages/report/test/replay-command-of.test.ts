import { compareAlternatives, compareArms, runMonteCarlo, sweepParameter } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { replayCommandOf } from '../src/replay-command-of.js';
import { scenario } from './fixtures/strait.js';

describe('replayCommandOf', () => {
  it('names the seed, size and every parameter that differs from its default', () => {
    const summary = runMonteCarlo(scenario, { runs: 10, seed: 'two words', parameters: { 'talks.format': 'shuttle' } });
    expect(replayCommandOf({ kind: 'run', summary }, scenario, './s.js')).toBe(
      "crisis-sim run strait-standoff --scenario-module ./s.js --runs 10 --seed 'two words' --set talks.format=shuttle",
    );
    const comparison = compareArms(scenario, {
      seed: 1,
      runs: 5,
      base: { 'mediator.delay': 3 },
      alternative: { 'mediator.delay': 3, 'navy.escalation': 0.6 },
    });
    expect(replayCommandOf({ kind: 'compare', comparison }, scenario)).toBe(
      'crisis-sim compare strait-standoff --runs 5 --seed 1 --set mediator.delay=3 --alt navy.escalation=0.6',
    );
    const sweep = sweepParameter(scenario, {
      key: 'navy.escalation',
      values: [0, 1],
      runs: 4,
      seed: 2,
      parameters: { 'guard.restraint': false },
    });
    expect(replayCommandOf({ kind: 'sweep', sweep }, scenario)).toBe(
      'crisis-sim sweep strait-standoff --param navy.escalation --values 0,1 --runs 4 --seed 2 --set guard.restraint=false',
    );
    const arms = compareAlternatives(scenario, {
      seed: 3,
      runs: 5,
      base: { 'mediator.delay': 3 },
      alternatives: [
        { name: 'a', parameters: { 'mediator.delay': 3, 'navy.escalation': 0.6 } },
        { name: 'b', parameters: { 'mediator.delay': 3, 'guard.restraint': false, 'talks.format': 'shuttle' } },
      ],
    });
    expect(replayCommandOf({ kind: 'compare-arms', comparison: arms }, scenario)).toBe(
      'crisis-sim compare strait-standoff --runs 5 --seed 3 --set mediator.delay=3 --arm navy.escalation=0.6 --arm guard.restraint=false,talks.format=shuttle',
    );
  });

  it('uses the command an analysis saved with its output', () => {
    const sensitivity = {
      replay: 'crisis-sim sensitivity strait-standoff --method oat --target outcome:clash',
      scenarioId: 'strait-standoff',
      scenarioVersion: '1.0.0',
      method: 'oat',
      target: { outcome: 'clash' },
      seed: '1',
      runs: 10,
      rows: [],
    } as const;
    expect(replayCommandOf({ kind: 'sensitivity', sensitivity }, scenario)).toBe(sensitivity.replay);
  });
});
