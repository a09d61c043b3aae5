import { niger2023 } from '@crisis-sim/niger-2023';
import { describe, expect, it } from 'vitest';
import { describeScenarioTable } from '../src/describe-scenario.js';

describe('describeScenarioTable', () => {
  it('fits any terminal width from 50 columns up and keeps every parameter', () => {
    for (const width of [50, 60, 80, 100, 160]) {
      const text = describeScenarioTable(niger2023, width);
      const lines = text.split('\n');
      expect(Math.max(...lines.map((line) => line.length)), `width ${width}`).toBeLessThanOrEqual(width);
      for (const key of Object.keys(niger2023.parameters)) expect(text).toContain(`  ${key} =`);
    }
  });
});
