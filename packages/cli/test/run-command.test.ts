import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, startCli, tempDir, waitFor } from './run-cli.js';

const M = ['--scenario-module', fixture];
const quick = ['run', 'strait-standoff', ...M, '--runs', '2000', '--seed', '42', '--workers', '1', '--quiet'];

describe('crisis-sim run', () => {
  it('prints the table: outcomes with intervals, indicators with median dates, seed and replay command', async () => {
    const { code, stdout, stderr } = await runCli(quick);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.replace(fixture, '<fixture>')).toMatchInlineSnapshot(`
      "Strait standoff (test fixture) (strait-standoff 1.0.0)
      2,000 runs, seed 42, uncertainty none, parameters hash 0cce5c12d20274
      Day 0 is 2025-03-01; horizon 30 days (to 2025-03-30)

      Outcome      Probability  95% interval    Runs
      Armed clash        45.5%  43.3% - 47.6%    909
      Agreement          52.7%  50.5% - 54.9%  1,054
      Stalemate           1.8%  1.3% - 2.5%       37

      Indicator       By the horizon  95% interval   Median day  Median date  10%-90% days
      Blockade                 90.3%  88.9% - 91.5%           8  2025-03-09   5-17
      Talks half way           79.6%  77.8% - 81.3%          13  2025-03-14   10-18
      Median day and dates: among the runs in which the indicator happened.

      Replay: crisis-sim run strait-standoff --scenario-module <fixture> --runs 2000 --seed 42
      "
    `);
  });

  it('prints JSON: the mergeable summary and a report computed from it', async () => {
    const { code, stdout } = await runCli([...quick, '--format', 'json']);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.manifest).toMatchInlineSnapshot(`
      {
        "drawnParameters": [],
        "engineVersion": "0.1.0",
        "horizonDays": 30,
        "parameters": {
          "guard.restraint": true,
          "mediator.delay": 5,
          "navy.escalation": 0.3,
          "talks.format": "direct",
        },
        "parametersHash": "0cce5c12d20274",
        "ranges": [
          [
            0,
            2000,
          ],
        ],
        "runs": 2000,
        "scenarioFingerprint": "0ca4322809a62a",
        "scenarioId": "strait-standoff",
        "scenarioVersion": "1.0.0",
        "seed": "42",
        "uncertainty": "none",
      }
    `);
    expect({ outcomes: document.outcomes, indicators: document.indicators }).toMatchInlineSnapshot(`
      {
        "indicators": {
          "blockade": {
            "days": [
              0,
              0,
              0,
              50,
              109,
              164,
              216,
              204,
              172,
              184,
              179,
              0,
              31,
              65,
              70,
              62,
              67,
              64,
              55,
              42,
              35,
              0,
              8,
              9,
              8,
              3,
              3,
              3,
              2,
              1,
            ],
            "never": 194,
          },
          "talks-half-way": {
            "days": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              52,
              130,
              240,
              242,
              213,
              204,
              148,
              106,
              90,
              60,
              40,
              29,
              14,
              7,
              9,
              4,
              2,
              2,
            ],
            "never": 408,
          },
        },
        "outcomes": {
          "agreement": 1054,
          "clash": 909,
          "stalemate": 37,
        },
      }
    `);
    expect(document.report.outcomes).toMatchInlineSnapshot(`
      [
        {
          "count": 909,
          "id": "clash",
          "interval": {
            "high": 0.4763886169255589,
            "low": 0.4327858343770351,
          },
          "probability": 0.4545,
        },
        {
          "count": 1054,
          "id": "agreement",
          "interval": {
            "high": 0.5488084083405838,
            "low": 0.5050880711062287,
          },
          "probability": 0.527,
        },
        {
          "count": 37,
          "id": "stalemate",
          "interval": {
            "high": 0.025394766717736703,
            "low": 0.013451349814109871,
          },
          "probability": 0.0185,
        },
      ]
    `);
    const { cumulative, ...indicator } = document.report.indicators[0];
    expect(indicator).toMatchInlineSnapshot(`
      {
        "count": 1806,
        "firstDay": {
          "median": 8,
          "p10": 5,
          "p90": 17,
        },
        "id": "blockade",
        "interval": {
          "high": 0.9152086838489225,
          "low": 0.8892461760423876,
        },
        "probability": 0.903,
      }
    `);
    expect(cumulative).toHaveLength(document.manifest.horizonDays);
  });

  it('prints CSV that follows RFC 4180, after comment lines naming the seed, the manifest and the replay command', async () => {
    const { stdout, code } = await runCli([
      'run',
      'strait-standoff',
      ...M,
      '--runs',
      '500',
      '--seed',
      '42',
      '--workers',
      '1',
      '--quiet',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expect(lines[0]).toMatch(/^# crisis-sim summary: strait-standoff \S+, engine \S+, seed 42, 500 runs, uncertainty none$/);
    expect(lines[1]?.startsWith('# manifest: ')).toBe(true);
    expect(JSON.parse(lines[1]?.slice('# manifest: '.length) ?? '')).toMatchObject({
      scenarioId: 'strait-standoff',
      seed: '42',
      runs: 500,
    });
    expect(lines[2]).toMatch(/^# replay: crisis-sim run strait-standoff --scenario-module \S+ --runs 500 --seed 42$/);
    expect(lines[3]).toBe('kind,id,label,count,runs,probability,ci_low,ci_high,p10_day,median_day,p90_day,median_date');
    expect(lines.slice(4, -1).every((line) => /^(outcome|indicator),/.test(line))).toBe(true);
    expect(lines.at(-1)).toBe('');
  });

  it('gives byte-identical output for any number of workers and for shards merged in separate processes', async () => {
    const dir = tempDir();
    const base = ['run', ...M, '--runs', '6000', '--seed', 'shards', '--uncertainty', 'priors', '--quiet'];
    const [one, two] = await Promise.all([
      runCli([...base, '--workers', '1', '--out', 'one.json', '--records', 'one.csv'], dir),
      runCli([...base, '--workers', '2', '--out', 'two.json', '--records', 'two.csv'], dir),
    ]);
    expect([one.code, two.code]).toEqual([0, 0]);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    expect(read('two.json')).toBe(read('one.json'));
    expect(read('two.csv')).toBe(read('one.csv'));
    expect(read('one.csv').split('\r\n')[0]).toBe(
      'run_index,run_seed,outcome,navy.escalation,mediator.delay,guard.restraint,talks.format,day.blockade,day.talks-half-way',
    );
    const shards = await Promise.all(
      [1, 2, 3].map((k) => runCli([...base, '--workers', '1', '--shard', `${k}/3`, '--out', `shard-${k}.json`], dir)),
    );
    expect(shards.map((shard) => shard.code)).toEqual([0, 0, 0]);
    const merged = await runCli(['merge', 'shard-3.json', 'shard-1.json', 'shard-2.json', '--out', 'merged.json', '--quiet'], dir);
    expect(merged.code).toBe(0);
    expect(read('merged.json')).toBe(read('one.json'));
  });

  it('resumes from its checkpoint after SIGINT and ends with the identical summary', async () => {
    const dir = tempDir();
    const args = ['run', ...M, '--runs', '100000', '--seed', '3', '--workers', '1', '--format', 'json', '--quiet'];
    const reference = startCli([...args, '--out', 'reference.json'], dir);
    const child = startCli([...args, '--checkpoint', 'run.ckpt', '--checkpoint-every', '0', '--out', 'resumed.json'], dir);
    try {
      // Ready once a checkpoint with finished runs is on disk (written atomically, so complete when seen).
      await waitFor(() => JSON.parse(readFileSync(join(dir, 'run.ckpt'), 'utf8')).runs > 0, child);
      child.child.kill('SIGINT');
      const interrupted = await child.done;
      expect(interrupted.code).toBe(130);
      expect(interrupted.stderr).toMatch(/^crisis-sim: interrupted; with --checkpoint, rerun the same command to resume\n$/);
      expect(existsSync(join(dir, 'run.ckpt'))).toBe(true);
      expect(existsSync(join(dir, 'run.ckpt.lock'))).toBe(false);
      expect(existsSync(join(dir, 'resumed.json'))).toBe(false);
      const saved = JSON.parse(readFileSync(join(dir, 'run.ckpt'), 'utf8'));
      expect(saved.runs).toBeGreaterThan(0);
      expect(saved.runs).toBeLessThan(100_000);
      const resumed = await runCli([...args, '--checkpoint', 'run.ckpt', '--out', 'resumed.json'], dir);
      expect(resumed.code).toBe(0);
      expect((await reference.done).code).toBe(0);
      expect(readFileSync(join(dir, 'resumed.json'), 'utf8')).toBe(readFileSync(join(dir, 'reference.json'), 'utf8'));
      expect(existsSync(join(dir, 'run.ckpt'))).toBe(false);
    } finally {
      child.stop();
      reference.stop();
    }
  });

  it('stops by --until-ci at a multiple of 1,000 runs, whatever the workers', async () => {
    const args = ['run', ...M, '--until-ci', '0.015', '--seed', '8', '--format', 'json', '--quiet'];
    const [one, three] = await Promise.all([runCli([...args, '--workers', '1']), runCli([...args, '--workers', '3'])]);
    expect(three.stdout).toBe(one.stdout);
    const document = JSON.parse(one.stdout);
    expect(document.runs % 1000).toBe(0);
    expect(
      Math.max(...document.report.outcomes.map((o: { interval: { low: number; high: number } }) => o.interval.high - o.interval.low)),
    ).toBeLessThan(0.03);
  });
});
