import {
  assertParameters,
  CrisisSimError,
  compareArms,
  defineScenario,
  runMonteCarlo,
  runScenario,
  sweepParameter,
} from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/render-report.js';
import { readSavedOutput, type SavedOutput } from '../src/saved-output.js';
import { analysisDocuments } from './fixtures/analysis-outputs.js';
import hostile from './fixtures/hostile-scenario.js';
import { scenario } from './fixtures/strait.js';

const generator = 'test';
const hostileScenario = defineScenario(hostile as never);

function savedOutputs(of: typeof scenario): SavedOutput[] {
  const {
    finalState: _final,
    trace: _trace,
    ...run
  } = runScenario(of, assertParameters(of.parameters) as never, { seed: 1, runIndex: 2, mode: 'batch', checkInvariants: true });
  const defaults = Object.fromEntries(
    Object.entries(of.parameters).map(([key, definition]) => [key, (definition as { default: unknown }).default]),
  );
  return [
    { kind: 'run', summary: runMonteCarlo(of, { runs: 120, seed: 3 }) },
    { kind: 'compare', comparison: compareArms(of, { seed: 1, runs: 80, alternative: { 'navy.escalation': 0.7 } }) },
    { kind: 'sweep', sweep: sweepParameter(of, { key: 'navy.escalation', values: [0.1, 0.5], runs: 40, seed: 2 }) },
    { kind: 'sweep', sweep: sweepParameter(of, { key: 'talks.format', values: ['direct', 'shuttle'], runs: 40, seed: 2 }) },
    { kind: 'trace', trace: { ...run, parameters: defaults as never } },
    // The analyses, read back from their JSON as `crisis-sim report` reads a saved file.
    ...Object.entries(analysisDocuments(of)).map(([name, document]) => readSavedOutput(JSON.parse(JSON.stringify(document)), name)),
  ];
}

describe('renderReport', () => {
  it('renders every kind as one page with inline SVG charts, a details table per chart, and no external reference', async () => {
    for (const saved of savedOutputs(scenario)) {
      const html = await renderReport(saved, { scenario, generator });
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain(`data-report-kind="${saved.kind}"`);
      expect(html).toContain("default-src 'none'");
      const charts = html.match(/<figure class="chart"/g)?.length ?? 0;
      expect(charts).toBeGreaterThan(0);
      expect(html.match(/<svg /g)?.length).toBe(charts);
      expect(html.match(/<details><summary>The numbers/g)?.length).toBe(charts);
      // Nothing to fetch: no src or href attribute, no url() but to a fragment of the page, no @import.
      expect(html).not.toMatch(/\s(src|href)=|url\((?!#)|@import/);
      expect(await renderReport(saved, { scenario, generator })).toBe(html);
    }
  });

  it("escapes a scenario's markup everywhere it shows it", async () => {
    for (const saved of savedOutputs(hostileScenario as never)) {
      const html = await renderReport(saved, { scenario: hostileScenario, generator });
      expect(html).not.toContain('<script>window.__pwned');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;script&gt;window.__pwned = true&lt;/script&gt;');
    }
  });

  it('refuses a scenario other than the one that made the output', async () => {
    const saved: SavedOutput = { kind: 'run', summary: runMonteCarlo(scenario, { runs: 10, seed: 1 }) };
    const other = { ...scenario, version: '2.0.0' };
    await expect(renderReport(saved, { scenario: other, generator })).rejects.toThrow(CrisisSimError);
    await expect(renderReport(saved, { scenario: other, generator })).rejects.toThrow(
      /made with strait-standoff 1\.0\.0 but the scenario loaded is strait-standoff 2\.0\.0/,
    );
  });

  it('gives a run report a script only when it has an explorer', async () => {
    const saved: SavedOutput = { kind: 'run', summary: runMonteCarlo(scenario, { runs: 10, seed: 1 }) };
    const plain = await renderReport(saved, { scenario, generator });
    expect(plain).toContain("script-src 'none'");
    expect(plain).not.toContain('<script');
    const withExplorer = await renderReport(saved, { scenario, generator, explorer: { page: 'var a = "</script>";', worker: 'x' } });
    expect(withExplorer).toContain('<script>var a = "<\\/script>";</script>');
    expect(withExplorer).toContain('<script type="application/json" id="explorer-worker">"x"</script>');
  });
});
