import type { AnyScenario } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { sweepValues } from '../src/sweep-values.js';
import { fixture } from './run-cli.js';

// The fixture is plain JavaScript (workers load it too): import it untyped.
const strait = ((await import(fixture)) as { scenario: AnyScenario }).scenario;

describe('sweepValues', () => {
  it('spreads steps evenly over a number range, ends included', () => {
    expect(sweepValues(strait, 'navy.escalation', undefined, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('keeps whole numbers for an integer parameter, without duplicates', () => {
    const values = sweepValues(strait, 'mediator.delay', undefined, 50) as number[];
    for (const value of values) expect(Number.isInteger(value)).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });

  it('types listed values by the definition', () => {
    expect(sweepValues(strait, 'guard.restraint', 'true,false', undefined)).toEqual([true, false]);
    expect(sweepValues(strait, 'navy.escalation', '0.1, 0.2', undefined)).toEqual([0.1, 0.2]);
  });
});
