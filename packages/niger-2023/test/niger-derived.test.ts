import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyHazard, niger2023, nigerDerived, VOTING_MEMBERS } from '../src/index.js';
import { parametersWith } from './fixtures.js';

describe('nigerDerived', () => {
  it('is the scenario’s derive, and a pure function of the parameters', () => {
    expect(niger2023.derive).toBe(nigerDerived);
    expect(nigerDerived(parametersWith())).toEqual(nigerDerived(parametersWith()));
  });

  it('lists each voting member’s own parameters in VOTING_MEMBERS order', () => {
    const overrides = Object.fromEntries(
      VOTING_MEMBERS.flatMap((member, index) => [
        [`ecowas.${member}.forceWillingness`, index / 20],
        [`ecowas.${member}.threatPerception`, 1 - index / 20],
        [`ecowas.${member}.troopPledge`, 100 * index],
      ]),
    );
    const derived = nigerDerived(parametersWith(overrides));
    expect(derived.members).toEqual(
      VOTING_MEMBERS.map((_, index) => ({ willingness: index / 20, threatPerception: 1 - index / 20, troopPledge: 100 * index })),
    );
    expect(derived.meanWillingness).toBeCloseTo(VOTING_MEMBERS.reduce((sum, _, index) => sum + index / 20, 0) / VOTING_MEMBERS.length, 12);
  });

  it('turns medians into rates and daily chances that agree with the model’s daily hazard', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (median, ambassador, protest) => {
          const params = parametersWith({
            'junta.collapseMedianDays': median,
            'france.withdrawalMedianDays': median,
            'france.ambassadorFactor': ambassador,
            'france.protestFactor': protest,
          });
          const derived = nigerDerived(params);
          expect(derived.collapseRate * median).toBeCloseTo(Math.LN2, 12);
          expect(derived.franceWithdrawalChance).toBeCloseTo(dailyHazard(median, 1), 9);
          expect(derived.franceWithdrawalChanceExpelled).toBeCloseTo(dailyHazard(median, ambassador), 9);
          expect(derived.franceWithdrawalChanceProtest).toBeCloseTo(dailyHazard(median, protest), 9);
          expect(derived.franceWithdrawalChanceBoth).toBeCloseTo(dailyHazard(median, ambassador * protest), 9);
        },
      ),
    );
  });

  it('holds launches back by the deterrence of a war only when an ally may enter one', () => {
    const factor = (commitment: number, deterrence: number) =>
      nigerDerived(
        parametersWith({ 'mali.warCommitment': commitment, 'burkina-faso.warCommitment': commitment, 'ecowas.warDeterrence': deterrence }),
      ).warDeterrenceFactor;
    expect(factor(0, 0.8)).toBe(1);
    expect(factor(1, 0)).toBe(1);
    expect(factor(1, 0.8)).toBeCloseTo(0.2, 12);
    expect(factor(0.5, 0.8)).toBeCloseTo(1 - 0.8 * 0.75, 12);
  });

  it('derives the v2.2 actors’ constants from their parameters', () => {
    const params = parametersWith({
      'junta.orderTroopsOutMedianDays': 10,
      'france.orderedOutMedianDays': 20,
      'chad.missionMedianDays': 30,
      'togo.missionMedianDays': 60,
      'eu.sanctionsMedianDays': 400,
      'economy.painAdjustRate': 0.02,
      'eu.aidPain': 0.1,
      'jihadist.majorAttackMedianDays': 45,
      'benin.reopenMedianDays': 365,
      'benin.pipelineFactor': 2,
    });
    const derived = nigerDerived(params);
    expect(derived.orderTroopsOutRate * 10).toBeCloseTo(Math.LN2, 12);
    expect(derived.franceOrderedOutChance).toBeCloseTo(dailyHazard(20, 1), 12);
    expect(derived.chadMissionChance).toBeCloseTo(dailyHazard(30, 1), 12);
    expect(derived.mediatorMissionChance).toBeCloseTo(dailyHazard(30, 1) + dailyHazard(60, 1), 12);
    expect(derived.euSanctionsChance).toBeCloseTo(dailyHazard(400, 1), 12);
    expect(derived.euAidPainStep).toBeCloseTo(0.002, 12);
    expect(derived.majorAttackChance).toBeCloseTo(dailyHazard(45, 1), 12);
    expect(derived.beninReopenRate).toBeCloseTo((2 * Math.LN2) / 365, 12);
  });
});
