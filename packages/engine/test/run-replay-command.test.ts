import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../src/run-monte-carlo.js';
import { runReplayCommand } from '../src/run-replay-command.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('runReplayCommand', () => {
  it('sets only the parameters that differ from their defaults, and names the shard', () => {
    const summary = runMonteCarlo(toyScenario, { runs: 20, seed: 5, parameters: { 'hawk.aggression': 0.6 } });
    expect(runReplayCommand(toyScenario, summary, { modulePath: './toy.js', shard: '2/4' })).toBe(
      'crisis-sim run toy-standoff --scenario-module ./toy.js --runs 20 --seed 5 --set hawk.aggression=0.6 --shard 2/4',
    );
  });

  it('under priors sets the held parameters too, so that the replay holds them instead of drawing them', () => {
    const summary = runMonteCarlo(toyScenario, {
      runs: 20,
      seed: 5,
      uncertainty: 'priors',
      parameters: { 'dove.patience': 30 },
    });
    const replay = runReplayCommand(toyScenario, summary);
    expect(replay).toContain('--set dove.patience=30');
    expect(replay).not.toContain('hawk.aggression');
    expect(replay.endsWith('--uncertainty priors')).toBe(true);
  });

  it('gives a stopping rule instead of the size', () => {
    const summary = runMonteCarlo(toyScenario, { seed: 1, stop: { ciHalfWidth: 0.2, maxRuns: 3000, minRuns: 1000, every: 1000 } });
    expect(runReplayCommand(toyScenario, summary)).toBe('crisis-sim run toy-standoff --seed 1 --until-ci 0.2 --max-runs 3000');
  });
});
