import { describe, expect, it } from 'vitest';
import { type ObservedRecord, scoreForecast } from '../src/index.js';
import { planMonteCarlo } from '../src/plan-monte-carlo.js';
import { addRunToSummary, createSummary } from '../src/summary.js';
import { toyScenario } from './fixtures/toy-scenario.js';

/** Four runs: attack on days 5, 20 and never, never; sanctions never; high tension on day 40 in one run. */
function fourRuns() {
  const plan = planMonteCarlo(toyScenario, { runs: 4, seed: 1 });
  const summary = createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds);
  const days = [5, 20, null, null];
  days.forEach((day, runIndex) => {
    const indicators = { attack: day, sanctions: null, 'high-tension': runIndex === 3 ? 40 : null };
    addRunToSummary(summary, { runIndex, outcome: runIndex === 0 ? 'war' : 'standoff', indicators });
  });
  return summary;
}

const record: ObservedRecord = {
  startDate: '2024-01-01',
  asOf: '2024-03-01',
  selection: 'every indicator of the toy scenario, as of 2024-03-01',
  events: [
    { indicator: 'attack', happened: '2024-01-11', source: 'toy gazette, 2024-01-11' },
    { indicator: 'sanctions', happened: null, source: 'toy gazette, 2024-03-01: none imposed' },
    { indicator: 'high-tension', happened: '2024-02-10', source: 'toy monitor, 2024-02-10' },
  ],
  outcome: { id: 'standoff', source: 'toy gazette, 2024-03-01' },
};

describe('scoreForecast', () => {
  it('scores each event by the horizon and by checkpoint days, with timing against the observed day', () => {
    const report = scoreForecast(fourRuns(), record, { checkpoints: [10, 30] });
    expect(report.asOfDay).toBe(60);
    expect(report.selection).toMatch(/every indicator/);
    const attack = report.events[0];
    expect(attack?.observedDay).toBe(10);
    expect(attack?.byHorizon).toMatchObject({ day: 60, forecast: 0.5, happened: true, brier: 0.25 });
    expect(attack?.byHorizon.logLoss).toBeCloseTo(Math.log(2), 12);
    expect(attack?.byDay.map((check) => [check.day, check.forecast, check.happened])).toEqual([
      [10, 0.25, true],
      [30, 0.5, true],
    ]);
    expect(attack?.medianForecastDay).toBe(5);
    expect(attack?.timingPercentile).toBe(0.25);
    const sanctions = report.events[1];
    // A forecast of 0 for what did not happen: Brier 0, log loss of the probability kept half a run off 1.
    expect(sanctions?.byHorizon).toMatchObject({ forecast: 0, happened: false, brier: 0 });
    expect(sanctions?.byHorizon.logLoss).toBeCloseTo(-Math.log(1 - 1 / 8), 12);
    expect(report.outcomeBrier).toBeCloseTo(0.25 ** 2 + 0.25 ** 2 + 0, 12);
  });

  it('compares the model with the no-skill 0.5 forecast and a base-rate forecast', () => {
    const report = scoreForecast(fourRuns(), record, { checkpoints: [30] });
    expect(report.horizon.noSkill).toEqual({ brier: 0.25, logLoss: Math.log(2) });
    expect(report.pooledBaseRate).toBeCloseTo(2 / 3, 12);
    const modelBrier = (0.25 + 0 + (0.25 - 1) ** 2) / 3;
    expect(report.horizon.model.brier).toBeCloseTo(modelBrier, 12);
    expect(report.horizon.skillVsNoSkill).toBeCloseTo(1 - modelBrier / 0.25, 12);
    const given = scoreForecast(fourRuns(), record, { baseRates: { attack: 1, sanctions: 0, 'high-tension': 1 } });
    expect(given.horizon.baseRate.brier).toBe(0);
    expect(report.reliability.reduce((sum, bin) => sum + bin.count, 0)).toBe(3 + 3);
  });

  it('refuses events dated on or before the start or after the as-of date, unknown indicators and missing sources', () => {
    const bad: ObservedRecord = {
      ...record,
      events: [
        { indicator: 'attack', happened: '2024-01-01', source: 'x' },
        { indicator: 'sanctions', happened: '2024-04-01', source: 'x' },
        { indicator: 'siege', happened: null, source: 'x' },
        { indicator: 'high-tension', happened: null, source: ' ' },
      ],
    };
    try {
      scoreForecast(fourRuns(), bad);
      expect.unreachable();
    } catch (error) {
      const messages = (error as { issues: { message: string }[] }).issues.map((issue) => issue.message);
      expect(messages).toHaveLength(4);
      expect(messages[0]).toMatch(/must be after 2024-01-01 and no later than 2024-03-01, got 2024-01-01/);
      expect(messages.join('\n')).toMatch(/indicator siege is not in the summary/);
      expect(messages.join('\n')).toMatch(/needs a source/);
    }
  });
});
