import { assertParameters, CrisisSimError, compareArms, runMonteCarlo, runScenario, sweepParameter } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { readSavedOutput, savedScenario } from '../src/saved-output.js';
import { analysisDocuments } from './fixtures/analysis-outputs.js';
import { scenario } from './fixtures/strait.js';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('readSavedOutput', () => {
  it('recognises each saved kind by its shape and names the scenario that made it', () => {
    const summary = runMonteCarlo(scenario, { runs: 50, seed: 1 });
    const comparison = compareArms(scenario, { seed: 1, runs: 50, alternative: { 'navy.escalation': 0.6 } });
    const sweep = sweepParameter(scenario, { key: 'talks.format', values: ['direct', 'shuttle'], runs: 20, seed: 1 });
    const {
      finalState: _final,
      trace: _trace,
      ...run
    } = runScenario(scenario, assertParameters(scenario.parameters) as never, {
      seed: 1,
      runIndex: 0,
      mode: 'batch',
      checkInvariants: true,
    });
    const kinds = [summary, comparison, sweep, { ...run, startDate: scenario.startDate }].map((value) => {
      const saved = readSavedOutput(roundTrip(value), 'file.json');
      expect(savedScenario(saved)).toEqual({ id: 'strait-standoff', version: '1.0.0' });
      return saved.kind;
    });
    expect(kinds).toEqual(['run', 'compare', 'sweep', 'trace']);
  });

  it('recognises each analysis output (ensemble, sensitivity, discover, backtest, several arms) and the scenario that made it', () => {
    const documents = analysisDocuments(scenario);
    const kinds = Object.entries(documents).map(([name, document]) => {
      const saved = readSavedOutput(roundTrip(document), `${name}.json`);
      expect(savedScenario(saved)).toEqual({ id: 'strait-standoff', version: '1.0.0' });
      return saved.kind;
    });
    expect(kinds).toEqual([
      'ensemble',
      'ensemble',
      'ensemble',
      'sensitivity',
      'sensitivity',
      'sensitivity',
      'discover',
      'backtest',
      'compare-arms',
    ]);
  });

  it('refuses an analysis output that does not name its scenario, or is damaged, naming the field', () => {
    const documents = analysisDocuments(scenario);
    const cases: [string, (document: Record<string, unknown>) => void, RegExp][] = [
      [
        'sensitivity-oat',
        (document) => delete document.scenarioId,
        /^s\.json is not a valid sensitivity output: scenarioId must be a string \(files saved before/,
      ],
      ['discover', (document) => (document.trajectory = [{ limits: 'x' }]), /^s\.json is not a valid discover output: box 0 has no limits/],
      [
        'backtest',
        (document) => (document.record = { events: [] }),
        /^s\.json is not a valid backtest output: the record has no startDate/,
      ],
      ['ensemble-2', (document) => (document.points = []), /^s\.json is not a valid ensemble output: the ensemble has no points/],
      ['compare-arms', (document) => (document.arms = [{ name: 3 }]), /^s\.json is not a valid compare-arms output: arm 0 has no name/],
      ['sensitivity-morris', (document) => (document.method = 'fast'), /^s\.json is not a valid sensitivity output: method must be oat/],
    ];
    for (const [name, damage, message] of cases) {
      const document = roundTrip(documents[name]) as Record<string, unknown>;
      damage(document);
      try {
        readSavedOutput(document, 's.json');
        expect.unreachable(name);
      } catch (error) {
        expect(error, name).toBeInstanceOf(CrisisSimError);
        expect((error as CrisisSimError).issues[0]?.message, name).toMatch(message);
      }
    }
  });

  it('refuses other JSON with one message naming the file and what a report reads', () => {
    for (const value of [{}, [], 3, null, { format: 'something-else' }]) {
      const error = (() => {
        try {
          readSavedOutput(value, 'notes.json');
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(CrisisSimError);
      const [issue] = (error as CrisisSimError).issues;
      expect(issue?.code).toBe('invalid_summary');
      expect(issue?.message).toMatch(/^notes\.json is not a saved crisis-sim output; a report reads the JSON of crisis-sim run/);
    }
  });

  it('refuses a damaged summary, saying what is wrong with it', () => {
    const summary = roundTrip(runMonteCarlo(scenario, { runs: 10, seed: 1 })) as { runs: number };
    summary.runs = -4;
    try {
      readSavedOutput(summary, 'run.json');
      expect.unreachable();
    } catch (error) {
      expect((error as CrisisSimError).issues[0]?.message).toMatch(/^run\.json is not a valid run output: runs: must be a whole number/);
    }
  });
});
