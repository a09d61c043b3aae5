import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenFixture, fixture, runCli, runCliBatch, tempDir } from './run-cli.js';

const M = ['--scenario-module', fixture];

/** A directory holding one good shard and several bad merge inputs. */
async function mergeInputs(): Promise<string> {
  const dir = tempDir();
  const shard = (k: string, seed = '1', out = `shard-${k}.json`) => [
    ...['run', ...M, '--runs', '300', '--seed', seed, '--shard', `${k}/3`, '--workers', '1', '--out', out, '--quiet'],
  ];
  const made = await runCliBatch([shard('1'), shard('2'), shard('2', '9', 'other-seed.json')], dir);
  for (const result of made.results) expect(result.code, result.stderr).toBe(0);
  writeFileSync(join(dir, 'corrupt.json'), '{"format": "crisis-sim-summary/1", "manifest": {');
  writeFileSync(join(dir, 'not-summary.json'), '{"hello": "world"}');
  writeFileSync(join(dir, 'bad-params.json'), '[1, 2]');
  return dir;
}

// [what, arguments, what the one line must say]
const badInputs: [string, string[], RegExp][] = [
  ['unknown scenario', ['run', 'nigr-2023'], /unknown scenario nigr-2023; did you mean niger-2023\?/],
  [
    'two outputs on one file',
    ['run', ...M, '--runs', '10', '--records', 'result.json'],
    /--out and --records name the same file result\.json/,
  ],
  [
    'min runs above max runs',
    ['run', ...M, '--until-ci', '0.1', '--max-runs', '10', '--min-runs', '100'],
    /minimum runs \(100\) must not exceed max runs \(10\)/,
  ],
  ['trace run past the largest batch', ['trace', ...M, '--run', '1000000000000'], /--run must be at most 999,999,999,999/],
  ['unknown parameter', ['run', ...M, '--set', 'navy.escalaton=0.5'], /unknown parameter navy\.escalaton; did you mean navy\.escalation\?/],
  ['value out of range', ['run', ...M, '--set', 'navy.escalation=2'], /navy\.escalation must be a number from 0 to 1, got 2/],
  ['value of the wrong type', ['run', ...M, '--set', 'guard.restraint=maybe'], /guard\.restraint must be true or false/],
  ['value not allowed', ['run', ...M, '--set', 'talks.format=shutle'], /did you mean shuttle\?/],
  ['malformed --set', ['run', ...M, '--set', 'navy.escalation'], /--set needs key=value, got "navy\.escalation"/],
  ['runs = 0', ['run', ...M, '--runs', '0'], /--runs must be a whole number >= 1, got "0"/],
  ['runs < 0', ['run', ...M, '--runs', '-5'], /--runs must be a whole number >= 1/],
  ['runs not a number', ['run', ...M, '--runs', 'many'], /--runs must be a whole number >= 1, got "many"/],
  ['runs without value', ['run', ...M, '--runs'], /--runs needs a value/],
  ['shard k > n', ['run', ...M, '--shard', '5/4'], /shard must be k\/n .*k must be between 1 and 4, got 5/],
  ['shard not k/n', ['run', ...M, '--shard', '3-16'], /shard must be k\/n with 1 <= k <= n, like 3\/16; got "3-16"/],
  ['more shards than runs', ['run', ...M, '--runs', '3', '--shard', '1/4'], /cannot split 3 runs into 4 shards/],
  ['bad seed', ['run', ...M, '--seed', ''], /seed must be a non-negative whole number or a non-empty string/],
  ['bad --until-ci', ['run', ...M, '--until-ci', 'tight'], /--until-ci must be a number between 0 and 0\.5/],
  ['--runs with --until-ci', ['run', ...M, '--until-ci', '0.01', '--runs', '100'], /give --runs or --until-ci, not both/],
  ['bad workers', ['run', ...M, '--workers', '0'], /--workers must be a whole number >= 1/],
  ['bad format', ['run', ...M, '--format', 'xml'], /--format must be one of "table", "json", "csv", got "xml"/],
  ['unknown flag', ['run', ...M, '--frmat', 'json'], /unknown argument frmat; did you mean --format\?/],
  ['unknown command', ['rn', 'niger-2023'], /unknown command rn; did you mean run\?/],
  [
    'bad records extension',
    ['run', ...M, '--records', 'runs.txt'],
    /--records runs\.txt must end in \.csv or \.ndjson: the extension picks the format/,
  ],
  ['unreadable --params', ['run', ...M, '--params', 'nope.json'], /cannot read nope\.json: no such file/],
  ['--params not an object', ['run', ...M, '--params', 'bad-params.json'], /--params bad-params\.json must hold a JSON object/],
  ['missing scenario module', ['run', '--scenario-module', './nope.js'], /cannot load scenario module .*nope\.js: file not found/],
  ['unreadable merge input', ['merge', 'nope.json', 'shard-1.json'], /cannot read nope\.json: no such file/],
  ['corrupt merge input', ['merge', 'shard-1.json', 'corrupt.json'], /corrupt\.json is not valid JSON/],
  ['merge input not a summary', ['merge', 'not-summary.json'], /not-summary\.json is not a crisis-sim summary/],
  [
    'incompatible merge input',
    ['merge', 'shard-1.json', 'other-seed.json'],
    /cannot merge other-seed\.json with shard-1\.json: seed differs \(9 vs 1\)/,
  ],
  ['overlapping merge input', ['merge', 'shard-1.json', 'shard-2.json', 'shard-1.json'], /cannot merge: runs 0-99 counted more than once/],
  [
    'missing runs in merge',
    ['merge', 'shard-1.json', 'shard-2.json'],
    /missing runs 200-299 of 300: merge every shard \(or pass --allow-partial/,
  ],
  [
    'records directory missing',
    ['run', ...M, '--records', 'no-such-dir/r.csv'],
    /cannot write --records no-such-dir\/r\.csv: directory no-such-dir does not exist/,
  ],
  ['flag given twice', ['run', ...M, '--seed', '1', '--seed', '2'], /--seed was given more than once; give it once/],
  ['trace run < 0', ['trace', ...M, '--run', '-1'], /--run must be a whole number >= 0/],
  ['broken model', ['run', '--scenario-module', brokenFixture, '--runs', '10'], /invariant small broken on day 2/],
];

describe('bad input', () => {
  it('gives exit code 2, one line on stderr naming the problem, nothing on stdout and no output file', async () => {
    const dir = await mergeInputs();
    const before = readdirSync(dir).sort();
    // One after another in one process through the built main (bad-input.test.ts runs a sample as processes of their own).
    const { results, stray } = await runCliBatch(
      badInputs.map(([, args]) => [...args, '--out', 'result.json']),
      dir,
    );
    expect(stray).toBe('');
    badInputs.forEach(([what, , expected], i) => {
      const result = results[i];
      expect({ what, code: result?.code }).toEqual({ what, code: 2 });
      expect(result?.stdout, what).toBe('');
      expect(result?.stderr, what).toMatch(/^crisis-sim: [^\n]+\n$/);
      expect(result?.stderr, what).toMatch(expected);
    });
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('prints the stack trace only with --debug', async () => {
    const plain = await runCli(['run', 'nigr-2023']);
    const debug = await runCli(['run', 'nigr-2023', '--debug']);
    expect(plain.stderr.split('\n')).toHaveLength(2);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^crisis-sim: unknown scenario[^\n]*\nCrisisSimError: .*\n\s+at /);
  });

  it('names its positional in merge --help without a default', async () => {
    const { code, stdout } = await runCli(['merge', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/files +Summary files \(JSON\) to merge +\[array\] \[required\]\n/);
    expect(stdout).not.toContain('[default: []]');
  });
});

describe('the default scenario', () => {
  it('is niger-2023 for every command that takes a scenario, trace and describe included', async () => {
    const [trace, describeText] = await Promise.all([runCli(['trace', '--run', '3']), runCli(['describe'])]);
    expect(trace.code).toBe(0);
    expect(trace.stdout).toMatch(/^Niger 2023: .*\(niger-2023 [^)]+\): run 3 of seed 1\n/);
    expect(trace.stdout).toContain('Replay: crisis-sim trace niger-2023 --seed 1 --run 3');
    expect(describeText.stdout).toMatch(/^Niger 2023: .*\(niger-2023 /);
  });
});
