/**
 * A scenario author's property tests, built on @crisis-sim/engine/testing. Copy this file
 * next to your own scenario and change the import and the model-specific checks.
 */
import { simulate } from '@crisis-sim/engine';
import {
  assertActorOrderIndependent,
  assertBatchMatchesTrace,
  assertDeterministic,
  assertScenarioInvariants,
} from '@crisis-sim/engine/testing';
import { describe, expect, it } from 'vitest';
import { harbourStandoff } from './scenario.js';

describe('harbour-standoff: properties every scenario should have', () => {
  it('keeps its invariants for any seed and any parameters in range', () => {
    assertScenarioInvariants(harbourStandoff, { numRuns: 300 });
  });

  it('is deterministic', () => {
    assertDeterministic(harbourStandoff, { numRuns: 100 });
  });

  it('gives identical results in batch and trace modes', () => {
    assertBatchMatchesTrace(harbourStandoff, { numRuns: 100 });
  });

  it("keeps its invariants whatever the order of one day's decisions", () => {
    assertActorOrderIndependent(harbourStandoff, { numRuns: 100 });
  });
});

describe('harbour-standoff: what the model must do', () => {
  it('never sanctions when no member is willing to vote for them', () => {
    // With willingness 0 no member votes in favour, whatever the rule.
    assertScenarioInvariants(harbourStandoff, {
      numRuns: 100,
      fixed: { 'league.willingness': 0 },
      check: (result) => expect(result.indicators.sanctions).toBeNull(),
    });
  });

  it('imposes the embargo exactly the statutory delay after the blockade, when the blockade lasts', () => {
    assertScenarioInvariants(harbourStandoff, {
      numRuns: 200,
      check: (result) => {
        const { blockade, embargo } = result.indicators;
        if (embargo !== null && embargo !== undefined) {
          expect(blockade).not.toBeNull();
          expect(embargo - (blockade as number)).toBe(result.parameters['law.embargoAfterDays']);
        }
      },
    });
  });

  it('clashes no less often when Borvania escalates more (paired runs on common seeds)', () => {
    let calmClashes = 0;
    let hotClashes = 0;
    for (let runIndex = 0; runIndex < 300; runIndex++) {
      const calm = simulate(harbourStandoff, { seed: 'paired', runIndex, parameters: { 'borvania.escalation': 0.05 } });
      const hot = simulate(harbourStandoff, { seed: 'paired', runIndex, parameters: { 'borvania.escalation': 0.4 } });
      if (calm.outcome === 'armed-clash') calmClashes++;
      if (hot.outcome === 'armed-clash') hotClashes++;
    }
    expect(hotClashes).toBeGreaterThan(calmClashes);
  });
});
