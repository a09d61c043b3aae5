import { describe, expect, it } from 'vitest';
import { traceReplayCommand } from '../src/trace-replay-command.js';

describe('traceReplayCommand', () => {
  it('names the run, the parameters given and priors', () => {
    expect(
      traceReplayCommand({
        scenarioId: 'toy',
        modulePath: './s.js',
        seed: 'two words',
        runIndex: 42,
        parameters: { 'hawk.aggression': 0.5, 'council.rule': 'consensus' },
        uncertainty: 'priors',
      }),
    ).toBe(
      "crisis-sim trace toy --scenario-module ./s.js --seed 'two words' --run 42 --set hawk.aggression=0.5 --set council.rule=consensus --uncertainty priors",
    );
  });

  it('says nothing of uncertainty without priors', () => {
    expect(traceReplayCommand({ scenarioId: 'toy', seed: '1', runIndex: 0, uncertainty: 'none' })).toBe(
      'crisis-sim trace toy --seed 1 --run 0',
    );
  });
});
