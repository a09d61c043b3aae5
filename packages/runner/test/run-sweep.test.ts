import { CrisisSimError, sweepParameter } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { loadScenario, runSweep, scenarioModuleSource } from '../src/index.js';

const source = scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname);
const scenario = await loadScenario(source);

describe('runSweep', () => {
  it('gives the engine’s sweep byte for byte, for 1, 2 and 4 workers', async () => {
    // 1,200 runs: two blocks per value, spread over the workers.
    const options = { key: 'navy.escalation', values: [0, 0.3, 0.5], runs: 1200, seed: 'sweep', parameters: { 'talks.format': 'direct' } };
    const expected = JSON.stringify(sweepParameter(scenario, options));
    for (const workers of [1, 2, 4]) expect(JSON.stringify(await runSweep(options, { scenario, source, workers }))).toBe(expected);
  });

  it('refuses an unknown key with the closest name', async () => {
    await expect(runSweep({ key: 'navy.escalaton', values: [0], runs: 5, seed: 1 }, { scenario })).rejects.toThrow(
      new CrisisSimError([
        {
          code: 'unknown_key',
          path: ['key'],
          message: 'unknown parameter navy.escalaton; did you mean navy.escalation?',
          value: 'navy.escalaton',
        },
      ]),
    );
  });
});
