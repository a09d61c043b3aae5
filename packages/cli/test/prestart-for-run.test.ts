import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinScenarios, builtinSource } from '../src/builtin-scenarios.js';
import { prestartForRun, scenarioSourceOf, workersWanted } from '../src/prestart-for-run.js';
import { fixture, runCli } from './run-cli.js';

const niger = builtinSource(builtinScenarios[0] as (typeof builtinScenarios)[0]);
const probe = () => new Float64Array(8);

/** How many workers a prestart holds: take them all (each sent work it never gets to), then stop them. */
async function countWorkers(argv: readonly string[]): Promise<number | undefined> {
  const prestarted = prestartForRun(argv, '/tmp');
  if (prestarted === undefined) return undefined;
  const taken = [];
  try {
    for (let worker = prestarted.take({ kind: 'plans', source: niger, probe: probe() }); worker !== undefined; ) {
      taken.push(worker);
      worker = prestarted.take({ kind: 'plans', source: niger, probe: probe() });
    }
    return taken.length;
  } finally {
    await Promise.all(taken.map((worker) => worker.terminate()));
    await prestarted.release();
  }
}

describe('prestartForRun', () => {
  it('starts the workers --workers asks for, for run only, and none for --help, --version or a scenario it cannot name', async () => {
    expect(await countWorkers(['run', 'niger-2023', '--workers', '3'])).toBe(3);
    expect(await countWorkers(['run', '--runs', '10', '--workers=1'])).toBe(1);
    expect(await countWorkers(['describe', 'niger-2023'])).toBeUndefined();
    expect(await countWorkers(['run', 'niger-2023', '--help'])).toBeUndefined();
    expect(await countWorkers(['run', '--version'])).toBeUndefined();
    expect(await countWorkers(['run', 'no-such-scenario'])).toBeUndefined();
    expect(await countWorkers(['run', '--workers', 'lots'])).toBeUndefined();
  });

  it('names the scenario as the command will load it: a built-in by id (or the default), or --scenario-module', () => {
    expect(scenarioSourceOf(undefined, undefined, '/tmp')).toEqual(niger);
    expect(scenarioSourceOf('niger-2023', undefined, '/tmp')).toEqual(niger);
    expect(scenarioSourceOf('elsewhere', undefined, '/tmp')).toBeUndefined();
    expect(scenarioSourceOf('mine', './s.js', '/home/me')).toEqual({ module: pathToFileURL('/home/me/s.js').href, id: 'mine' });
  });

  it('reads --workers as the command does, 0 when it is malformed', () => {
    expect(workersWanted('2')).toBe(2);
    expect(workersWanted('0')).toBe(0);
    expect(workersWanted('2.5')).toBe(0);
    expect(workersWanted('100000')).toBe(0);
  });

  it('gives the same output when the early guess is wrong: the command sends each worker the scenario it really runs', async () => {
    // yargs also takes --scenarioModule, which the early read does not: it starts workers on niger-2023.
    const args = ['--runs', '300', '--seed', '5', '--workers', '2', '--format', 'json'];
    const early = await runCli(['run', '--scenarioModule', fixture, ...args]);
    const late = await runCli(['run', ...args, '--scenario-module', fixture]);
    expect(early.code).toBe(0);
    expect(late.stdout).toBe(early.stdout);
    expect(JSON.parse(early.stdout)).toMatchObject({ runs: 300, manifest: { scenarioId: 'strait-standoff' } });
  });
});
