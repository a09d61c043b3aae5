import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { CrisisSimError, runMonteCarlo } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import type { ExplorerReply } from '../src/browser/explorer-worker.js';
import { bundleExplorer } from '../src/bundle-explorer.js';
import { scenario } from './fixtures/strait.js';

describe('bundleExplorer', () => {
  it("bundles a worker that, run outside Node's module system, counts exactly what the engine counts", async () => {
    const scripts = await bundleExplorer({
      module: new URL('../../runner/test/fixtures/strait-scenario.js', import.meta.url).href,
      id: 'strait-standoff',
    });
    // A bare context: no require, no process, no import; only what a worker offers.
    const replies: ExplorerReply[] = [];
    const context: { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (reply: ExplorerReply) => void } = {
      onmessage: null,
      postMessage: (reply) => replies.push(reply),
    };
    runInNewContext(scripts.worker, context);
    const request = { seed: 'w', runs: 1500, parameters: { 'talks.format': 'shuttle' }, uncertainty: 'priors' as const };
    context.onmessage?.({ data: request });
    const done = replies.find((reply) => reply.type === 'done');
    expect(done?.type).toBe('done');
    const expected = runMonteCarlo(scenario, request);
    // The bundle runs esbuild's rewrite of the scenario's code, whose text (and so whose code
    // fingerprint) differs from the source's; every count must still be the same.
    const withoutFingerprint = (summary: unknown) => {
      const copy = JSON.parse(JSON.stringify(summary)) as { manifest: { scenarioFingerprint?: string } };
      expect(copy.manifest.scenarioFingerprint).toMatch(/^[0-9a-f]+$/);
      delete copy.manifest.scenarioFingerprint;
      return copy;
    };
    expect(done?.type === 'done' ? withoutFingerprint(done.summary) : undefined).toEqual(withoutFingerprint(expected));
    expect(replies.filter((reply) => reply.type === 'progress').length).toBeGreaterThan(0);
    expect(scripts.page.length).toBeGreaterThan(0);
  });

  it('reports a bad request as an error message instead of dying', async () => {
    const scripts = await bundleExplorer({
      module: new URL('../../runner/test/fixtures/strait-scenario.js', import.meta.url).href,
      id: 'strait-standoff',
    });
    const replies: ExplorerReply[] = [];
    const context = {
      onmessage: null as ((event: { data: unknown }) => void) | null,
      postMessage: (reply: ExplorerReply) => replies.push(reply),
    };
    runInNewContext(scripts.worker, context);
    context.onmessage?.({ data: { seed: '1', runs: 10, parameters: { 'navy.escalation': 7 }, uncertainty: 'none' } });
    expect(replies).toEqual([{ type: 'error', message: expect.stringContaining('navy.escalation') }]);
  });

  it('refuses a module that cannot run in a browser with one line naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-sim-bundle-'));
    try {
      const module = join(dir, 'needs-node.js');
      writeFileSync(module, "import { nothing } from 'no-such-package-here';\nexport default nothing;\n");
      await expect(bundleExplorer({ module, id: 'x' })).rejects.toThrow(CrisisSimError);
      await expect(bundleExplorer({ module, id: 'x' })).rejects.toThrow(
        /cannot bundle .*needs-node\.js for the explorer \(Could not resolve "no-such-package-here"\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
