import { describe, expect, it } from 'vitest';
import { defineScenario, scenarioFingerprint } from '../src/index.js';
import { planMonteCarlo } from '../src/plan-monte-carlo.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('scenarioFingerprint', () => {
  it('is 14 hex digits, the same for an equal definition built again, and in every plan', () => {
    const fingerprint = scenarioFingerprint(toyScenario);
    expect(fingerprint).toMatch(/^[0-9a-f]{14}$/);
    expect(scenarioFingerprint(defineScenario({ ...toyScenario }))).toBe(fingerprint);
    expect(planMonteCarlo(toyScenario, { runs: 1, seed: 1 }).manifest.scenarioFingerprint).toBe(fingerprint);
  });

  it("changes when a rule's code changes, even by one character, under the same id and version", () => {
    const fingerprint = scenarioFingerprint(toyScenario);
    const rules = [() => undefined, () => void 0];
    const prints = rules.map((rule) =>
      scenarioFingerprint(
        defineScenario({
          ...toyScenario,
          actors: toyScenario.actors.map((actor) => (actor.id === 'dove' ? { ...actor, rule } : actor)),
        }),
      ),
    );
    expect(new Set([fingerprint, ...prints]).size).toBe(3);
  });

  it('changes with the data of the definition (an outcome label, a parameter default)', () => {
    const fingerprint = scenarioFingerprint(toyScenario);
    const relabelled = defineScenario({
      ...toyScenario,
      outcomes: toyScenario.outcomes.map((outcome) => (outcome.id === 'war' ? { ...outcome, label: 'Open war' } : outcome)),
    });
    expect(scenarioFingerprint(relabelled)).not.toBe(fingerprint);
    const reinvariant = defineScenario({ ...toyScenario, invariants: toyScenario.invariants?.slice(1) ?? [] });
    expect(scenarioFingerprint(reinvariant)).not.toBe(fingerprint);
  });
});
