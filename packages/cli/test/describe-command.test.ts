import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

describe('crisis-sim describe', () => {
  it('gives each parameter as key, default, min/max or values, unit, description and source', async () => {
    const { code, stdout } = await runCli(['describe', '--scenario-module', fixture, '--format', 'json']);
    expect(code).toBe(0);
    const described = JSON.parse(stdout);
    expect(described.id).toBe('strait-standoff');
    expect(described.parameters[0]).toMatchObject({ key: 'navy.escalation', default: 0.3, min: 0, max: 1, unit: 'probability per day' });
    expect(described.parameters.find((p: { key: string }) => p.key === 'talks.format').values).toEqual(['direct', 'shuttle']);
    for (const parameter of described.parameters) {
      expect(Object.keys(parameter)).toEqual(expect.arrayContaining(['key', 'default', 'unit', 'description', 'source']));
    }
    expect(described.outcomes.map((o: { id: string }) => o.id)).toEqual(['clash', 'agreement', 'stalemate']);
  });

  it("classifies each parameter's evidence and reports the scenario's evidence totals", async () => {
    const { stdout } = await runCli(['describe', '--scenario-module', fixture, '--format', 'json']);
    const described = JSON.parse(stdout);
    const kinds = ['reference-class', 'dated-citation', 'citation', 'assumption'];
    for (const parameter of described.parameters) expect(kinds).toContain(parameter.evidence.kind);
    const traced = described.parameters.filter((p: { evidence: { traced: boolean } }) => p.evidence.traced).length;
    expect(described.evidence).toMatchObject({ parameters: described.parameters.length, traced });
    const table = (await runCli(['describe', '--scenario-module', fixture])).stdout;
    expect(table).toContain(`Evidence: ${traced} of ${described.parameters.length} parameters`);
  });

  it('prints a table naming actors, parameters, outcomes and indicators', async () => {
    const { stdout } = await runCli(['describe', '--scenario-module', fixture]);
    for (const text of [
      'Actors',
      'mediator',
      'Parameters',
      'a whole number from 0 to 30',
      'Outcomes',
      'Armed clash',
      'Indicators',
      'talks-half-way',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it('shows the reference class behind each derived parameter of niger-2023', async () => {
    const described = JSON.parse((await runCli(['describe', 'niger-2023', '--format', 'json'])).stdout);
    const derived = described.parameters.filter((p: { evidence: { kind: string } }) => p.evidence.kind === 'reference-class');
    expect(derived.length).toBeGreaterThan(0);
    for (const parameter of derived) {
      expect(parameter.evidence.referenceClass.cases).toBe(parameter.evidence.referenceClass.observations.length);
      expect(parameter.evidence.prior.centred).toBe(true);
    }
    const table = (await runCli(['describe', 'niger-2023'])).stdout;
    expect(table).toContain('Reference classes');
  });
});

describe('crisis-sim describe niger-2023', () => {
  it('fits 100 columns when not a terminal and shows each source with its date, URL and note', async () => {
    const { code, stdout } = await runCli(['describe']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Niger 2023/);
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(stdout).toMatch(/\n {4}Source: /);
    expect(stdout).toMatch(/ \(20\d\d-\d\d-\d\d\)/);
    expect(stdout).toMatch(/\n {4}Note: /);
    expect(stdout).toContain('https://');
    // The note of a parameter follows its own block, not a table cell cut away.
    expect(stdout).toMatch(
      / {2}au\.meetingMedianDays = 7 \(days\)[^\n]*\n[^\n]*\n {4}evidence: dated citation; prior 90% [^\n]*\n {4}Source: [^\n]*(\n {6}[^\n]*)*\n {4}Note: The PSC acted 1 to 7 days/,
    );
  });

  it("gives actors' sources in --format json", async () => {
    const { stdout } = await runCli(['describe', 'niger-2023', '--format', 'json']);
    const described = JSON.parse(stdout) as { actors: { id: string; sources: { citation?: string; date?: string }[] }[] };
    const junta = described.actors.find((actor) => actor.id === 'junta');
    expect(junta?.sources.length).toBeGreaterThan(0);
    expect(junta?.sources[0]?.date).toMatch(/^\d{4}-\d\d-\d\d$/);
  });
});
