import { assertParameters, type RunResult, runScenario, simulate } from '@crisis-sim/engine';
import { assertBatchMatchesTrace, assertDeterministic, assertScenarioInvariants } from '@crisis-sim/engine/testing';
import { describe, expect, it } from 'vitest';
import { classifyOutcome, type NigerParameters, niger2023, nigerOutcomes, VOTING_MEMBERS } from '../src/index.js';

type Indicators = RunResult['indicators'];

/** Every "A happens no earlier than B" the indicators must respect. */
const CAUSAL_PAIRS: readonly (readonly [later: string, earlier: string])[] = [
  ['us-aid-cut', 'us-coup-determination'],
  ['intervention-launched', 'standby-force-activated'],
  ['intervention-succeeded', 'intervention-launched'],
  ['mali-at-war', 'intervention-launched'],
  ['burkina-faso-at-war', 'intervention-launched'],
  ['bazoum-harmed', 'intervention-launched'],
  ['french-withdrawal-completed', 'french-withdrawal-announced'],
  ['us-withdrawal-completed', 'us-withdrawal-announced'],
  ['transition-agreed', 'transition-timetable-announced'],
];

function causalProblem(indicators: Indicators): string | undefined {
  for (const [later, earlier] of CAUSAL_PAIRS) {
    const laterDay = indicators[later];
    const earlierDay = indicators[earlier];
    if (laterDay === undefined || earlierDay === undefined) return `indicator ${later} or ${earlier} is not declared`;
    if (laterDay !== null && !(earlierDay !== null && earlierDay <= laterDay))
      return `${later} on day ${laterDay} but ${earlier} on day ${earlierDay}`;
  }
  return undefined;
}

function runMany(count: number, overrides: Readonly<Record<string, unknown>>, seed = 'niger-model-check'): RunResult[] {
  const params: NigerParameters = assertParameters(niger2023.parameters, overrides);
  const results: RunResult[] = [];
  for (let runIndex = 0; runIndex < count; runIndex++)
    results.push(runScenario(niger2023, params, { seed, runIndex, mode: 'batch', checkInvariants: true }));
  return results;
}

const launched = (result: RunResult) => result.indicators['intervention-launched'] !== null;
const willingnessAll = (value: number) => Object.fromEntries(VOTING_MEMBERS.map((member) => [`ecowas.${member}.forceWillingness`, value]));

describe('niger2023 properties over seeds and the whole parameter space', () => {
  it('keeps its invariants, one outcome, and causally ordered indicators', () => {
    assertScenarioInvariants(niger2023, {
      numRuns: 300,
      check: (result) => {
        expect(result.outcome).toBe(classifyOutcome(result.finalState as never));
        const problem = causalProblem(result.indicators);
        if (problem !== undefined) throw new Error(problem);
        const state = result.finalState as { bazoum: string };
        expect(result.indicators['bazoum-reinstated'] !== null).toBe(state.bazoum === 'restored');
      },
    });
  });

  it('is deterministic', () => {
    assertDeterministic(niger2023, { numRuns: 60 });
  });

  it('gives the same result in batch and trace mode', () => {
    assertBatchMatchesTrace(niger2023, { numRuns: 40, fixed: { horizonDays: 120 } });
  });
});

describe('niger2023 model checks (fixed seeds, common random numbers)', () => {
  it('never launches, nor even activates, a force when no member is willing to use force', () => {
    const results = runMany(1500, willingnessAll(0));
    expect(results.filter(launched)).toHaveLength(0);
    expect(results.filter((r) => r.indicators['standby-force-activated'] !== null)).toHaveLength(0);
  });

  it('turns every forced intervention into a regional war when Mali and Burkina Faso are fully committed', () => {
    const forced = {
      ...willingnessAll(1),
      'ecowas.votingRule': 'simple-majority',
      'ecowas.attendanceProbability': 1,
      'ecowas.planningDays': 0,
      'ecowas.launchTroopThreshold': 0,
      'ecowas.talksDamping': 0,
      'ecowas.auOppositionDamping': 0,
      'nigeria.senateApprovalProbability': 1,
      'mali.warCommitment': 1,
      'burkina-faso.warCommitment': 1,
      // No counter-coup may end the crisis first, and no fear of war may stop the launch: the test is about the war.
      'junta.collapseMedianDays': 100000,
      'ecowas.warDeterrence': 0,
    };
    const results = runMany(800, forced);
    expect(results.filter(launched)).toHaveLength(results.length);
    for (const result of results) expect(result.outcome).toBe('regional-war');
  });

  it('does not launch fewer interventions when members are more willing to use force (paired seeds)', () => {
    const base = runMany(2000, {});
    const params = assertParameters(niger2023.parameters);
    const raised = Object.fromEntries(
      VOTING_MEMBERS.map((member) => {
        const key = `ecowas.${member}.forceWillingness` as const;
        return [key, Math.min(1, params[key] + 0.2)];
      }),
    );
    const hawkish = runMany(2000, raised);
    expect(hawkish.filter(launched).length).toBeGreaterThanOrEqual(base.filter(launched).length);
    // The check must be able to fail: the baseline is not already saturated.
    expect(base.filter(launched).length).toBeLessThan(base.length);
  });

  it('launches fewer interventions when Mali and Burkina Faso are committed to war (deterrence, paired seeds)', () => {
    const undeterred = runMany(2000, { 'mali.warCommitment': 0, 'burkina-faso.warCommitment': 0 }).filter(launched).length;
    const deterred = runMany(2000, { 'mali.warCommitment': 1, 'burkina-faso.warCommitment': 1 }).filter(launched).length;
    expect(deterred).toBeLessThan(undeterred);
    // Without deterrence the allies' commitment cannot change ECOWAS's decision.
    const blind = (commitment: number) =>
      runMany(500, { 'mali.warCommitment': commitment, 'burkina-faso.warCommitment': commitment, 'ecowas.warDeterrence': 0 }).filter(
        launched,
      ).length;
    expect(blind(1)).toBe(blind(0));
  });

  it('makes fewer US determinations when frequent jihadist attacks weigh on Washington (security argument, paired seeds)', () => {
    const attacks = { 'jihadist.majorAttackMedianDays': 5 };
    const determined = (damping: number) =>
      runMany(300, { ...attacks, 'us.securityDamping': damping }).filter((result) => result.indicators['us-coup-determination'] !== null)
        .length;
    const weighed = determined(0.9);
    const ignored = determined(0);
    expect(weighed).toBeLessThan(ignored);
    // The check must be able to fail: without the damping some runs do see a determination.
    expect(ignored).toBeGreaterThan(0);
  });

  it('launches no more under consensus than under a simple majority (paired seeds)', () => {
    const consensus = runMany(1500, { 'ecowas.votingRule': 'consensus' }).filter(launched).length;
    const majority = runMany(1500, { 'ecowas.votingRule': 'simple-majority' }).filter(launched).length;
    expect(consensus).toBeLessThanOrEqual(majority);
  });

  it('reaches every declared outcome somewhere in the parameter space', () => {
    const seen = new Set<string>();
    for (const result of runMany(400, {})) seen.add(result.outcome);
    for (const result of runMany(300, { 'ecowas.warDeterrence': 0, 'ecowas.votingRule': 'simple-majority' })) seen.add(result.outcome);
    for (const result of runMany(300, { 'junta.collapseRestoresProbability': 1, 'junta.collapseMedianDays': 30 })) seen.add(result.outcome);
    for (const result of runMany(300, { 'ecowas.dealTalksThreshold': 0.1, 'ecowas.longTransitionAcceptance': 1 })) seen.add(result.outcome);
    expect([...seen].sort()).toEqual(nigerOutcomes.map((outcome) => outcome.id).sort());
  });

  it('runs through simulate with validated parameters and rejects values out of range', () => {
    expect(simulate(niger2023, { seed: 1 }).horizon).toBe(180);
    expect(() => simulate(niger2023, { seed: 1, parameters: { 'mali.warCommitment': 1.5 } })).toThrow(/mali.warCommitment/);
  });
});
