import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';

const M = ['--scenario-module', fixture];

describe('crisis-sim trace', () => {
  it('tells one run with dated events, actions and reasons', async () => {
    const { code, stdout } = await runCli(['trace', ...M, '--seed', '42', '--run', '7']);
    expect(code).toBe(0);
    expect(stdout.replace(fixture, '<fixture>')).toMatchInlineSnapshot(`
      "Strait standoff (test fixture) (strait-standoff 1.0.0): run 7 of seed 42
      Day 0 is 2025-03-01; horizon 30 days.

      2025-03-01 (day 0)   Navy: navy/escalate - probing the coast guard
      2025-03-05 (day 4)   Navy: navy/escalate - probing the coast guard
      2025-03-06 (day 5)   Navy: navy/escalate - probing the coast guard
      2025-03-06 (day 5)   Mediator: mediator/talk (progress=0.12) - both sides will listen
      2025-03-07 (day 6)   Navy: navy/blockade - tension is high enough to blockade
      2025-03-08 (day 7)   Navy: navy/escalate - probing the coast guard
      2025-03-08 (day 7)   Mediator: mediator/talk (progress=0.12) - both sides will listen
      2025-03-09 (day 8)   Mediator: mediator/talk (progress=0.12) - both sides will listen
      2025-03-11 (day 10)  Navy: navy/escalate - probing the coast guard
      2025-03-13 (day 12)  Navy: navy/escalate - probing the coast guard
      2025-03-13 (day 12)  Mediator: mediator/talk (progress=0.12) - both sides will listen
      2025-03-14 (day 13)  Navy: navy/escalate - probing the coast guard
      2025-03-15 (day 14)  Mediator: mediator/talk (progress=0.12) - both sides will listen
      2025-03-16 (day 15)  Navy: navy/escalate - probing the coast guard
      2025-03-17 (day 16)  Mediator: mediator/talk (progress=0.12) - both sides will listen
      2025-03-19 (day 18)  Navy: navy/escalate - probing the coast guard
      2025-03-21 (day 20)  Navy: navy/escalate - probing the coast guard
      2025-03-24 (day 23)  Mediator: mediator/talk (progress=0.12) - both sides will listen
      2025-03-26 (day 25)  Mediator: mediator/talk (progress=0.12) - both sides will listen
      2025-03-28 (day 27)  Mediator: mediator/talk (progress=0.12) - both sides will listen

      Outcome: Agreement (agreement)
        Blockade: 2025-03-07 (day 6)
        Talks half way: 2025-03-15 (day 14)

      Replay: crisis-sim trace strait-standoff --scenario-module <fixture> --seed 42 --run 7
      "
    `);
  });

  it('gives snapshots and patches as JSON, and matches the same run of a batch under priors', async () => {
    const dir = tempDir();
    const [trace, batch] = await Promise.all([
      runCli(['trace', ...M, '--seed', '5', '--run', '123', '--uncertainty', 'priors', '--format', 'json']),
      runCli(
        ['run', ...M, '--runs', '200', '--seed', '5', '--uncertainty', 'priors', '--records', 'runs.ndjson', '--workers', '1', '--quiet'],
        dir,
      ),
    ]);
    expect([trace.code, batch.code]).toEqual([0, 0]);
    const run = JSON.parse(trace.stdout);
    expect(run.snapshots).toHaveLength(run.horizon + 1);
    expect(run.patches).toHaveLength(run.horizon);
    const record = JSON.parse(readFileSync(join(dir, 'runs.ndjson'), 'utf8').split('\n')[123] as string);
    expect(record.runIndex).toBe(123);
    expect(run.outcome).toBe(record.outcome);
    expect(run.indicators).toEqual(record.indicators);
    for (const [key, value] of Object.entries(record.parameters)) expect(run.parameters[key]).toBe(value);
  });
});
