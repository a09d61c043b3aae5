import { describe, expect, it } from 'vitest';
import { CrisisSimError, describeSummary, runMonteCarlo } from '../src/index.js';
import { parseSummary } from '../src/parse-summary.js';
import { toyScenario } from './fixtures/toy-scenario.js';

const summary = runMonteCarlo(toyScenario, {
  runs: 300,
  seed: 2,
  parameters: { horizon: 15 },
  runRange: [100, 250],
});

describe('parseSummary', () => {
  it('round-trips through JSON, dropping a computed report', () => {
    const text = JSON.stringify({ ...summary, report: describeSummary(summary) });
    expect(parseSummary(JSON.parse(text))).toEqual(summary);
    expect(JSON.stringify(parseSummary(JSON.parse(text)))).toBe(JSON.stringify(summary));
  });

  const corruptions: [string, (s: Record<string, unknown>) => void][] = [
    ['a wrong format', (s) => (s.format = 'other')],
    ['a missing manifest', (s) => delete s.manifest],
    ['a count that does not add up', (s) => ((s.outcomes as Record<string, number>).war = 1e6)],
    ['runs that disagree with the ranges', (s) => (s.runs = 10)],
    [
      'overlapping ranges',
      (s) =>
        ((s.manifest as Record<string, unknown>).ranges = [
          [0, 100],
          [50, 150],
        ]),
    ],
    ['a fractional count', (s) => (((s.indicators as Record<string, { never: number }>).attack as { never: number }).never += 0.5)],
    ['a bad uncertainty', (s) => ((s.manifest as Record<string, unknown>).uncertainty = 'maybe')],
  ];
  it.each(corruptions)('refuses %s', (_, corrupt) => {
    const copy = JSON.parse(JSON.stringify(summary)) as Record<string, unknown>;
    corrupt(copy);
    expect(() => parseSummary(copy)).toThrow(CrisisSimError);
  });

  it('refuses a manifest whose parameters do not hash to its parametersHash (an edited file)', () => {
    const summary = runMonteCarlo(toyScenario, { runs: 20, seed: 3 });
    const json = JSON.parse(JSON.stringify(summary));
    json.manifest.parameters['hawk.aggression'] = 0.9;
    expect(() => parseSummary(json)).toThrow(
      /manifest\.parametersHash: parametersHash \w+ does not match the parameters \(they hash to \w+\): the file was edited/,
    );
  });

  it('refuses non-objects', () => {
    expect(() => parseSummary(null)).toThrow(/must be an object/);
    expect(() => parseSummary([1])).toThrow(CrisisSimError);
  });
});
