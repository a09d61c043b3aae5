/**
 * Every example program runs, with small run counts, and prints what it promises. They run
 * as a researcher runs them (tsx, in a separate process), against the TypeScript sources.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = resolve(here, '../node_modules/.bin/tsx');

function runExample(file: string, args: readonly string[], cwd: string = here): string {
  return execFileSync(tsx, ['--conditions=@crisis-sim/source', join(here, file), ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('examples', () => {
  it('monte-carlo.ts prints every outcome with an interval, and the seed', () => {
    const output = runExample('niger-2023/monte-carlo.ts', ['300', 'ci']);
    expect(output).toContain('seed ci');
    for (const outcome of ['regional-war', 'ecowas-intervention', 'bazoum-restored', 'negotiated-transition', 'junta-consolidated']) {
      expect(output).toMatch(new RegExp(`${outcome}\\s+[\\d.]+%\\s+\\[[\\d.]+%, [\\d.]+%\\]`));
    }
  });

  it('records-to-csv.ts writes one RFC 4180 row per run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-sim-example-'));
    const output = runExample('niger-2023/records-to-csv.ts', ['200', 'runs.csv'], dir);
    expect(output).toContain('wrote runs.csv: 200 runs');
    const lines = readFileSync(join(dir, 'runs.csv'), 'utf8')
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines).toHaveLength(201);
    const header = (lines[0] as string).split(',');
    expect(header.slice(0, 3)).toEqual(['run_index', 'run_seed', 'outcome']);
    expect(header).toContain('day.intervention-launched');
    for (const line of lines.slice(1)) expect(line.split(',')).toHaveLength(header.length);
  });

  it('what-if-senate.ts compares two arms with paired intervals', () => {
    const output = runExample('niger-2023/what-if-senate.ts', ['300']);
    expect(output).toContain('Senate approval 0.35 vs 0.9, 300 paired runs');
    expect(output).toMatch(/intervention-launched .* difference -?[\d.]+% \[-?[\d.]+%, -?[\d.]+%\]/);
  });

  it('sensitivity.ts ranks parameters by their effect', () => {
    const output = runExample('niger-2023/sensitivity.ts', ['60', '5']);
    const effects = [...output.matchAll(/effect (-?[\d.]+)/g)].map((match) => Math.abs(Number(match[1])));
    expect(effects).toHaveLength(5);
    for (let i = 1; i < effects.length; i++) expect(effects[i - 1]).toBeGreaterThanOrEqual(effects[i] as number);
  });

  it('backtest.ts scores the forecast against what happened', () => {
    const output = runExample('niger-2023/backtest.ts', ['300']);
    expect(output).toMatch(/sahel-defence-pact\s+forecast [\d.]+\s+happened true/);
    expect(output).toMatch(/intervention-launched\s+forecast [\d.]+\s+happened false/);
    expect(output).toMatch(/mean Brier [\d.]+/);
    expect(output).toMatch(
      /on the 27 indicators of v2\.1 \(comparable; the 4 added in v2\.2 were chosen after the fact\): mean Brier [\d.]+/,
    );
    expect(output).toMatch(/^events: Every indicator of the scenario/m);
    expect(output).toMatch(/under priors/);
    // Which version was scored: a backtest is reported per model version in the model card.
    expect(output).toMatch(/^forecast of 2023-08-08 by niger-2023 \d+\.\d+\.\d+ under defaults/m);
    expect(output).toMatch(/no-skill 0\.5: 0\.250/);
    expect(output).toMatch(/reliability: forecast bin/);
  });

  it('harbour-standoff/narrate.ts tells one run, dated, with reasons', () => {
    const output = runExample('harbour-standoff/narrate.ts', ['tutorial', '0']);
    expect(output).toMatch(/^2025-\d\d-\d\d {2}aldoria {4}aldoria\/declare-blockade/m);
    expect(output).toMatch(/outcome: (armed-clash|settled|standing-blockade|no-blockade)/);
  });
});
