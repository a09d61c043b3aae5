import { describeSummary, runMonteCarlo } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { chartLabels, cumulativeRows } from '../src/run-charts.js';
// The runner's strait scenario, whose indicators stop rising before the horizon.
import { scenario as strait } from './fixtures/strait.js';

describe('cumulativeRows', () => {
  it('gives every indicator a point on day 0, at every step, and on the last day of the horizon', () => {
    const summary = runMonteCarlo(strait, { runs: 300, seed: 'rows' });
    const report = describeSummary(summary);
    const labels = chartLabels(strait);
    const horizon = summary.manifest.horizonDays;
    const rows = cumulativeRows(labels, report, horizon);
    const lastDate = new Date(Date.parse(`${strait.startDate}T00:00:00Z`) + (horizon - 1) * 86_400_000).toISOString().slice(0, 10);
    for (const estimate of report.indicators) {
      const label = labels.indicators.find((entry) => entry.id === estimate.id)?.label;
      const own = rows.filter((row) => row.indicator === label);
      expect(own[0]?.date).toBe(strait.startDate);
      expect(own.at(-1)).toEqual({ indicator: label, date: lastDate, probability: estimate.cumulative.at(-1) });
      // One point per step: as many as the distinct values, plus the ends.
      const steps = estimate.cumulative.filter((p, day) => day === 0 || p !== estimate.cumulative[day - 1]).length;
      expect(own.length).toBeLessThanOrEqual(steps + 1);
      expect(own.length).toBeGreaterThanOrEqual(steps);
    }
  });
});
