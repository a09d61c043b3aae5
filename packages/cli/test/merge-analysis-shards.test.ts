import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';

const ensemble = [
  'ensemble',
  '--scenario-module',
  fixture,
  '--param',
  'navy.escalation=0:1:5',
  '--param',
  'talks.format',
  '--runs',
  '1500',
  '--quiet',
];
const sobol = [
  'sensitivity',
  '--scenario-module',
  fixture,
  '--method',
  'sobol',
  '--target',
  'outcome:clash',
  '--samples',
  '8',
  '--bootstrap',
  '50',
  '--runs',
  '300',
  '--quiet',
];
const sweep = ['sweep', '--scenario-module', fixture, '--param', 'navy.escalation', '--steps', '3', '--runs', '1500', '--quiet'];
const compare = [
  'compare',
  '--scenario-module',
  fixture,
  '--alt',
  'navy.escalation=0.45',
  '--arm',
  'talks.format=direct',
  '--runs',
  '1500',
  '--quiet',
];
const discover = ['discover', '--scenario-module', fixture, '--target', 'outcome:clash', '--runs', '2500', '--quiet'];

/** Runs `args` in `dir`, expecting success, and returns its stdout. */
async function ok(args: readonly string[], dir: string): Promise<string> {
  const result = await runCli(args, dir);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('crisis-sim merge of analysis shards', () => {
  it.each([
    ['ensemble', ensemble, 'json'],
    ['sensitivity sobol', sobol, 'csv'],
    ['discover', discover, 'table'],
    ['sweep', sweep, 'csv'],
    ['compare (paired arms)', compare, 'table'],
  ])('joins %s shards 1/2 and 2/2 into the unsharded output, byte for byte', async (_, command, format) => {
    const dir = tempDir();
    await ok([...command, '--format', format, '--out', 'whole.out'], dir);
    // Shards on different worker counts, merged in either order.
    await ok([...command, '--format', format, '--shard', '1/2', '--workers', '1', '--out', 'shard-1.json'], dir);
    await ok([...command, '--format', format, '--shard', '2/2', '--workers', '2', '--out', 'shard-2.json'], dir);
    await ok(['merge', 'shard-2.json', 'shard-1.json', '--out', 'merged.out', '--quiet'], dir);
    const whole = readFileSync(join(dir, 'whole.out'), 'utf8');
    expect(whole.length).toBeGreaterThan(100);
    expect(readFileSync(join(dir, 'merged.out'), 'utf8')).toBe(whole);
    // To stdout, in the format the shards were given.
    expect(await ok(['merge', 'shard-1.json', 'shard-2.json'], dir)).toBe(whole);
  });

  it('refuses a shard twice, a missing shard, shards of different commands or splits, with one line and exit 2, writing nothing', async () => {
    const dir = tempDir();
    await ok([...ensemble, '--shard', '1/2', '--out', 'a1.json'], dir);
    await ok([...ensemble, '--shard', '2/2', '--out', 'a2.json'], dir);
    await ok([...ensemble, '--seed', '2', '--shard', '2/2', '--out', 'b2.json'], dir);
    await ok([...ensemble, '--shard', '2/3', '--out', 'c2.json'], dir);
    await ok([...ensemble, '--format', 'json', '--out', 'summary-like.json'], dir);
    const cases: [readonly string[], RegExp][] = [
      [['a1.json', 'a1.json'], /^crisis-sim: a1\.json and a1\.json are both shard 1\/2: give each shard once\n$/],
      [['a2.json'], /^crisis-sim: missing shard 1\/2: merge all 2 shards\n$/],
      [['a1.json', 'b2.json'], /^crisis-sim: b2\.json and a1\.json are shards of different commands/],
      [['a1.json', 'c2.json'], /^crisis-sim: c2\.json is shard 2\/3 but a1\.json is 1\/2/],
      [['a1.json', 'summary-like.json'], /^crisis-sim: shard file summary-like\.json is not an analysis checkpoint or shard file/],
      [['a1.json', 'a2.json', '--allow-partial'], /^crisis-sim: --allow-partial applies to run summaries/],
    ];
    for (const [files, message] of cases) {
      const result = await runCli(['merge', ...files, '--out', 'merged.json'], dir);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n').length).toBe(2);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(() => readFileSync(join(dir, 'merged.json'))).toThrow();
    }
  });
});
