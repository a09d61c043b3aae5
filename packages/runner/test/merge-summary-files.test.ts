import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMonteCarlo } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { loadScenario, mergeSummaryFiles, scenarioModuleSource, summaryJson, writeSummaryFile } from '../src/index.js';

const scenario = await loadScenario(scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname));
const dir = mkdtempSync(join(tmpdir(), 'crisis-sim-merge-'));
const shard = async (name: string, shardText: string, seed = 3) => {
  const path = join(dir, name);
  await writeSummaryFile(path, runMonteCarlo(scenario, { runs: 900, seed, shard: shardText }));
  return path;
};

describe('mergeSummaryFiles', () => {
  it('merges shard files into the one-machine summary', async () => {
    const paths = [await shard('a.json', '1/3'), await shard('b.json', '2/3'), await shard('c.json', '3/3')];
    const { summary, missing } = await mergeSummaryFiles(paths);
    expect(missing).toEqual([]);
    expect(summaryJson(summary)).toBe(summaryJson(runMonteCarlo(scenario, { runs: 900, seed: 3 })));
  });

  it('reports missing runs', async () => {
    const { missing } = await mergeSummaryFiles([await shard('d.json', '1/3'), await shard('e.json', '3/3')]);
    expect(missing).toEqual([[300, 600]]);
  });

  it('names the file that is corrupt, unreadable or from another batch', async () => {
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"format": "crisis-sim-summary/1", "manif');
    await expect(mergeSummaryFiles([corrupt])).rejects.toThrow(/corrupt\.json is not valid JSON/);
    writeFileSync(corrupt, '{"hello": 1}');
    await expect(mergeSummaryFiles([corrupt])).rejects.toThrow(/corrupt\.json is not a crisis-sim summary/);
    await expect(mergeSummaryFiles([join(dir, 'none.json')])).rejects.toThrow(/cannot read .*none\.json: no such file/);
    const other = await shard('f.json', '2/3', 4);
    await expect(mergeSummaryFiles([await shard('g.json', '1/3'), other])).rejects.toThrow(/f\.json .*seed differs/);
  });
});
