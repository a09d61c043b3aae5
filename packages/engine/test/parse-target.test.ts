import { describe, expect, it } from 'vitest';
import { parseTarget } from '../src/parse-target.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('parseTarget', () => {
  it('reads outcome:ID and indicator:ID and passes objects through', () => {
    expect(parseTarget(toyScenario, 'outcome:war')).toEqual({ outcome: 'war' });
    expect(parseTarget(toyScenario, 'indicator:high-tension')).toEqual({ indicator: 'high-tension' });
    expect(parseTarget(toyScenario, { indicator: 'attack' })).toEqual({ indicator: 'attack' });
  });

  it('names the known ids for an unknown one and the shape for a malformed one', () => {
    expect(() => parseTarget(toyScenario, 'outcome:peace')).toThrow(/unknown outcome peace; known: war, deal, standoff/);
    expect(() => parseTarget(toyScenario, 'war')).toThrow(/outcome:ID or indicator:ID/);
  });
});
