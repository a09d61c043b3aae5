import { dailyHazardFromMedianDays } from '@crisis-sim/engine';
import { hazardFromRate, rateFromMedian } from './hazard.js';
import type { NigerParameters } from './parameters.js';
import { VOTING_MEMBERS } from './voting-members.js';

/** A voting member's own parameters, at its position in {@link VOTING_MEMBERS}. */
export interface DerivedMember {
  readonly willingness: number;
  readonly threatPerception: number;
  readonly troopPledge: number;
}

/**
 * The values the scenario computes from its parameters alone: the scenario's `derive`, which the
 * engine computes once per parameter set and hands to rules and dynamics as `context.derived`.
 * Hazards stated as median days are turned into daily rates here, so no rule divides by a
 * median on every simulated day; hazards whose rate changes only on events are stored as daily
 * chances (`...Chance`, from `hazardFromRate`), one per combination of those events: the
 * same number the rule would compute each day, without an exponential on every quiet day.
 * Parameters used as they are (weights, thresholds, lags) are read from `context.params`.
 */
export interface NigerDerived {
  /** Daily rates of the junta's competing steps (ln 2 / median days). */
  readonly collapseRate: number;
  readonly harmRate: number;
  readonly mediationRate: number;
  readonly timetableRate: number;
  readonly revisionRate: number;
  readonly expelRate: number;
  readonly inviteRussiaRate: number;
  readonly orderUsOutRate: number;
  readonly releaseRate: number;
  /** Daily rate at which the junta charges a detained Bazoum. */
  readonly chargeRate: number;

  /** Daily rate of protests at the French base, at full anti-French sentiment. */
  readonly protestRate: number;

  /** Daily rate of the US coup determination at full pressure. */
  readonly determinationRate: number;
  /** Daily chance of a US withdrawal announcement once one is called for. */
  readonly usWithdrawalChance: number;

  /** Daily chance of a French withdrawal announcement: neither event, ambassador expelled, base protest, both. */
  readonly franceWithdrawalChance: number;
  readonly franceWithdrawalChanceExpelled: number;
  readonly franceWithdrawalChanceProtest: number;
  readonly franceWithdrawalChanceBoth: number;

  /** Daily rates of Mali's and Burkina Faso's pacts at full perceived threat. */
  readonly maliPactRate: number;
  readonly burkinaFasoPactRate: number;
  /** Daily chance the three juntas announce their exit from ECOWAS while the full sanctions last. */
  readonly sahelExitChance: number;
  /** Daily chance of an Algerian mediation offer. */
  readonly algeriaMediationChance: number;
  /** Daily rate at which the junta orders French troops out once the notice has lapsed, at full hardline (v2.2). */
  readonly orderTroopsOutRate: number;
  /** Daily chance, from the order's own hazard, that France announces its withdrawal once its troops are ordered out (v2.2). */
  readonly franceOrderedOutChance: number;
  /** Daily chance of a Chadian mission, and of a Chadian or Togolese one (their sum: one draw decides the day; v2.2). */
  readonly chadMissionChance: number;
  readonly mediatorMissionChance: number;
  /** Daily chance the EU adopts its own sanctions framework while the full sanctions last (v2.2). */
  readonly euSanctionsChance: number;
  /** Daily step of economic pain the suspended EU aid adds: `economy.painAdjustRate` x `eu.aidPain` (v2.2). */
  readonly euAidPainStep: number;
  /** Daily chance of a major jihadist attack (v2.2). */
  readonly majorAttackChance: number;
  /** Daily rate of Benin reopening its border at full economic pain, the pipeline factor included (v2.2). */
  readonly beninReopenRate: number;
  /** Factor on the pace of talks while an Algerian plan is on the table (1 + the boost). */
  readonly algeriaTalksFactor: number;
  /** Daily chance the AU Peace and Security Council meets once its deadline has passed. */
  readonly auMeetingChance: number;

  /** Long-run economic pain of the 2023-07-30 package (trade plus the electricity cut), and tightened. */
  readonly severityFull: number;
  readonly severityTightened: number;

  /** Daily rates of an operation's success and stall at force parity. */
  readonly successRate: number;
  readonly stallRate: number;

  /** The voting members' own parameters, in {@link VOTING_MEMBERS} order. */
  readonly members: readonly DerivedMember[];
  /** Mean force willingness over the voting members. */
  readonly meanWillingness: number;
  /** 1 - deterrence x P(at least one Sahel ally enters a war): the launch-support multiplier. */
  readonly warDeterrenceFactor: number;
}

/**
 * Each voting member's parameter keys, built once: under `--uncertainty priors` every run
 * derives its own values, and building the 33 keys from templates took most of `derive`'s time.
 */
const MEMBER_KEYS = VOTING_MEMBERS.map((member) => ({
  willingness: `ecowas.${member}.forceWillingness` as const,
  threatPerception: `ecowas.${member}.threatPerception` as const,
  troopPledge: `ecowas.${member}.troopPledge` as const,
}));

/** The Niger scenario's derived values of `params` (see {@link NigerDerived}). Pure. */
export function nigerDerived(params: NigerParameters): NigerDerived {
  // France's factors multiply the base rate in this order, as the rule used to do each day.
  const franceRate = rateFromMedian(params['france.withdrawalMedianDays']);
  const severityFull = params['economy.tradeSeverity'] + params['economy.powerWeight'] * params['economy.electricityImportShare'];
  const members = MEMBER_KEYS.map(
    (keys): DerivedMember => ({
      willingness: params[keys.willingness],
      threatPerception: params[keys.threatPerception],
      troopPledge: params[keys.troopPledge],
    }),
  );
  const warChance = 1 - (1 - params['mali.warCommitment']) * (1 - params['burkina-faso.warCommitment']);
  const chadMissionChance = dailyHazardFromMedianDays(params['chad.missionMedianDays']);
  return {
    collapseRate: rateFromMedian(params['junta.collapseMedianDays']),
    harmRate: rateFromMedian(params['junta.harmMedianDays']),
    mediationRate: rateFromMedian(params['junta.mediationMedianDays']),
    timetableRate: rateFromMedian(params['junta.timetableMedianDays']),
    revisionRate: rateFromMedian(params['junta.revisionMedianDays']),
    expelRate: rateFromMedian(params['junta.expelAmbassadorMedianDays']),
    inviteRussiaRate: rateFromMedian(params['junta.inviteRussiaMedianDays']),
    orderUsOutRate: rateFromMedian(params['junta.orderUsOutMedianDays']),
    releaseRate: rateFromMedian(params['junta.releaseMedianDays']),
    chargeRate: rateFromMedian(params['junta.chargeBazoumMedianDays']),
    protestRate: rateFromMedian(params['public.protestMedianDays']),
    determinationRate: rateFromMedian(params['us.determinationMedianDays']),
    usWithdrawalChance: dailyHazardFromMedianDays(params['us.withdrawalMedianDays']),
    franceWithdrawalChance: dailyHazardFromMedianDays(params['france.withdrawalMedianDays']),
    franceWithdrawalChanceExpelled: hazardFromRate(franceRate * params['france.ambassadorFactor']),
    franceWithdrawalChanceProtest: hazardFromRate(franceRate * params['france.protestFactor']),
    franceWithdrawalChanceBoth: hazardFromRate(franceRate * params['france.ambassadorFactor'] * params['france.protestFactor']),
    maliPactRate: rateFromMedian(params['mali.pactMedianDays']),
    burkinaFasoPactRate: rateFromMedian(params['burkina-faso.pactMedianDays']),
    sahelExitChance: dailyHazardFromMedianDays(params['sahel.ecowasExitMedianDays']),
    algeriaMediationChance: dailyHazardFromMedianDays(params['algeria.mediationMedianDays']),
    orderTroopsOutRate: rateFromMedian(params['junta.orderTroopsOutMedianDays']),
    franceOrderedOutChance: dailyHazardFromMedianDays(params['france.orderedOutMedianDays']),
    chadMissionChance,
    mediatorMissionChance: chadMissionChance + dailyHazardFromMedianDays(params['togo.missionMedianDays']),
    euSanctionsChance: dailyHazardFromMedianDays(params['eu.sanctionsMedianDays']),
    euAidPainStep: params['economy.painAdjustRate'] * params['eu.aidPain'],
    majorAttackChance: dailyHazardFromMedianDays(params['jihadist.majorAttackMedianDays']),
    beninReopenRate: rateFromMedian(params['benin.reopenMedianDays']) * params['benin.pipelineFactor'],
    algeriaTalksFactor: 1 + params['algeria.mediationBoost'],
    auMeetingChance: dailyHazardFromMedianDays(params['au.meetingMedianDays']),
    severityFull,
    severityTightened: severityFull + params['economy.tightenedExtra'],
    successRate: rateFromMedian(params['intervention.successMedianDays']),
    stallRate: rateFromMedian(params['intervention.stallMedianDays']),
    members,
    meanWillingness: members.reduce((sum, member) => sum + member.willingness, 0) / VOTING_MEMBERS.length,
    warDeterrenceFactor: 1 - params['ecowas.warDeterrence'] * warChance,
  };
}
