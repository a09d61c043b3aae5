import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrisisSimError } from '@crisis-sim/engine';
import { planMonteCarlo, runBatchRange } from '@crisis-sim/engine/internal';
import { describe, expect, it } from 'vitest';
import { loadScenario, parsePlansCheckpoint, readPlansCheckpoint, scenarioModuleSource, writePlansCheckpoint } from '../src/index.js';
import { restorePart } from '../src/plans-checkpoint.js';

const scenario = await loadScenario(scenarioModuleSource(new URL('./fixtures/strait-scenario.js', import.meta.url).pathname));
const plan = planMonteCarlo(scenario, { runs: 2000, seed: 6 });
const dir = mkdtempSync(join(tmpdir(), 'crisis-sim-plans-checkpoint-'));

describe('plans checkpoints', () => {
  it('save block summaries without the manifest and restore them equal from the plan', async () => {
    const summary = runBatchRange(scenario, plan, 1000, 2000);
    const path = join(dir, 'one.ckpt');
    await writePlansCheckpoint(path, {
      fingerprint: 'f',
      blocks: 2,
      complete: false,
      parts: [{ plan: 0, start: 1000, end: 2000, summary }],
    });
    const saved = await readPlansCheckpoint(path);
    expect(saved).toMatchObject({ fingerprint: 'f', blocks: 2, complete: false });
    expect(saved.parts[0]?.summary).not.toHaveProperty('manifest');
    expect(restorePart(saved.parts[0] as never, plan, path).summary).toEqual(summary);
    // A block that does not fit its plan (here: runs counted over a range of another size) is refused.
    expect(() => restorePart({ ...(saved.parts[0] as NonNullable<(typeof saved.parts)[number]>), end: 1500 }, plan, path)).toThrow(
      /damaged block/,
    );
  });

  it('refuse, naming the file, what is not JSON, not a plans checkpoint, or damaged', async () => {
    const cut = join(dir, 'cut.ckpt');
    writeFileSync(cut, '{"kind":"crisis-sim-plans-check');
    await expect(readPlansCheckpoint(cut)).rejects.toThrow(/cut\.ckpt is not valid JSON; delete it to start over/);
    expect(() => parsePlansCheckpoint({ format: 'crisis-sim-summary/1' }, 'a.json', 'shard file')).toThrow(
      /shard file a\.json is not an analysis checkpoint or shard file/,
    );
    const damaged = { kind: 'crisis-sim-plans-checkpoint', fingerprint: 'f', blocks: 1, parts: [{ plan: 0, start: 'x' }] };
    expect(() => parsePlansCheckpoint(damaged, 'b.ckpt')).toThrow(CrisisSimError);
    expect(() => parsePlansCheckpoint(damaged, 'b.ckpt')).toThrow(/b\.ckpt has a damaged block \(entry 0\)/);
  });
});
