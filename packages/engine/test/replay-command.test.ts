import { describe, expect, it } from 'vitest';
import { replayCommand } from '../src/replay-command.js';

describe('replayCommand', () => {
  it('writes the parts in the order every command does', () => {
    expect(
      replayCommand({
        command: 'ensemble',
        scenarioId: 'toy',
        modulePath: './my scenario.js',
        options: ['--param', 'a=0:1:3'],
        runs: 200,
        seed: '7',
        afterSeed: ['--uncertainty', 'priors'],
        sets: ['b=true'],
        params: 'held.json',
        after: ['--alt', 'c=2'],
      }),
    ).toBe(
      "crisis-sim ensemble toy --scenario-module './my scenario.js' --param a=0:1:3 --runs 200 --seed 7 --uncertainty priors --set b=true --params held.json --alt c=2",
    );
  });

  it('leaves out what is not given', () => {
    expect(replayCommand({ command: 'trace', scenarioId: 'toy', seed: '1', afterSeed: ['--run', '3'] })).toBe(
      'crisis-sim trace toy --seed 1 --run 3',
    );
  });
});
