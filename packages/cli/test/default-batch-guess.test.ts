import { describe, expect, it } from 'vitest';
import { defaultBatchGuess } from '../src/default-batch-guess.js';
import { RUN_DEFAULTS } from '../src/run-defaults.js';

const defaults = { runs: RUN_DEFAULTS.runs, seed: RUN_DEFAULTS.seed, uncertainty: 'none', parameters: {}, checkInvariants: true };

describe('defaultBatchGuess', () => {
  it('guesses the default batch for run with only options that do not change it', () => {
    for (const argv of [
      ['run'],
      ['run', 'niger-2023'],
      ['run', 'niger-2023', '--quiet'],
      ['run', '--quiet', '--format', 'json'],
      ['run', 'niger-2023', '--workers', '3', '--format=csv', '--quiet'],
      ['run', 'niger-2023', '--workers=1'],
    ])
      expect(defaultBatchGuess(argv), argv.join(' ')).toEqual(defaults);
  });

  it('guesses nothing for a line whose batch differs, reads a file, or that the parser may refuse', () => {
    for (const argv of [
      ['describe', 'niger-2023'],
      ['run', 'elsewhere'],
      ['run', 'niger-2023', '--runs', '500'],
      ['run', 'niger-2023', '--seed', '1'],
      ['run', 'niger-2023', '--set', 'horizonDays=365'],
      ['run', 'niger-2023', '--no-check-invariants'],
      ['run', 'niger-2023', '--checkpoint', 'run.ckpt'],
      ['run', 'niger-2023', '--records', 'runs.csv'],
      ['run', 'niger-2023', '--out', 'summary.json'],
      ['run', 'niger-2023', '--scenario-module', './s.js'],
      ['run', 'niger-2023', '--format', 'yaml'],
      ['run', 'niger-2023', '--format'],
      ['run', 'niger-2023', '--workers', '--quiet'],
      ['run', 'niger-2023', '--quiet', '--quiet'],
      ['run', 'niger-2023', '--format', 'json', '--format=csv'],
      ['run', 'niger-2023', 'extra'],
      ['run', 'niger-2023', '--quiet=false'],
    ])
      expect(defaultBatchGuess(argv), argv.join(' ')).toBeUndefined();
  });
});
