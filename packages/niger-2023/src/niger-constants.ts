import { dailyHazardFromMedianDays } from '@crisis-sim/engine';
import { hazardFromRate, rateFromMedian } from './hazard.js';
import type { NigerParameters } from './parameters.js';
import { VOTING_MEMBERS } from './voting-members.js';
import type { VotingRule } from './voting-rule.js';

/**
 * The parameters read on every simulated day, copied into a fixed-shape object with hazard
 * medians turned into daily rates. Why: the engine hands rules a parameter record of some 140
 * keys, which V8 keeps in dictionary mode (about 5 ns per read); rules and dynamics read about a
 * hundred values a day, which alone would exceed the scenario's 100-microsecond budget. Values
 * read only at summits or once per run are still read from the parameters directly.
 *
 * Hazards whose rate changes only on events are stored as daily chances (`...Chance`, from
 * {@link hazardFromRate}), one per combination of those events: the same number the rule would
 * compute each day, without an exponential on every quiet day.
 */
export class NigerConstants {
  readonly reopenAirspaceThreat: number;
  readonly collapseRate: number;
  readonly collapseRestores: number;
  readonly harmRate: number;
  readonly mediationRate: number;
  readonly timetableRate: number;
  readonly revisionRate: number;
  readonly expelRate: number;
  readonly inviteRussiaRate: number;
  readonly sovereigntyConcern: number;
  readonly orderUsOutRate: number;
  readonly releaseRate: number;

  readonly protestRate: number;
  readonly rallyThreat: number;
  readonly rallyIntervalDays: number;

  readonly determinationRate: number;
  readonly longTransitionMonths: number;
  readonly longTransitionFactor: number;
  readonly shortTransitionFactor: number;
  /** Daily chance of a US withdrawal announcement once one is called for. */
  readonly usWithdrawalChance: number;
  readonly usWithdrawalLagDays: number;

  /** Daily chance of a French withdrawal announcement: neither event, ambassador expelled, base protest, both. */
  readonly franceWithdrawalChance: number;
  readonly franceWithdrawalChanceExpelled: number;
  readonly franceWithdrawalChanceProtest: number;
  readonly franceWithdrawalChanceBoth: number;
  readonly franceWithdrawalLagDays: number;

  readonly maliPactRate: number;
  /** Daily rate at which the junta charges a detained Bazoum. */
  readonly chargeRate: number;
  /** Daily chance the three juntas announce their exit from ECOWAS while the full sanctions last. */
  readonly sahelExitChance: number;
  readonly burkinaFasoPactRate: number;
  /** Daily chance of an Algerian mediation offer. */
  readonly algeriaMediationChance: number;
  readonly auDeadlineDay: number;
  /** Daily chance the AU Peace and Security Council meets once its deadline has passed. */
  readonly auMeetingChance: number;

  readonly minSummitGapDays: number;
  readonly reviewIntervalDays: number;
  readonly dealTalksThreshold: number;
  readonly planningDays: number;
  readonly breakthroughTalks: number;
  readonly humanitarianEasePain: number;
  readonly callOffDays: number;
  /** Read daily by the invariant that re-checks activation and launch votes. */
  readonly votingRule: VotingRule;

  readonly threatAdjustRate: number;
  readonly threatActivated: number;
  readonly threatBaseline: number;
  readonly painAdjustRate: number;
  readonly severityEased: number;
  readonly severityFull: number;
  readonly severityTightened: number;
  readonly publicAdjustRate: number;
  readonly publicBaseSupport: number;
  readonly publicThreatWeight: number;
  readonly publicPainWeight: number;
  readonly antiFrenchBase: number;
  readonly cohesionAdjustRate: number;
  readonly baseCohesion: number;
  readonly cohesionPainWeight: number;
  readonly baseHardline: number;
  readonly stanceThreatWeight: number;
  readonly stanceSupportWeight: number;
  readonly stanceCohesionWeight: number;
  readonly stancePainWeight: number;
  readonly stanceTalksWeight: number;
  readonly stanceAdjustRate: number;
  readonly talksRate: number;
  readonly talksDecay: number;
  readonly algeriaTalksFactor: number;
  readonly successRate: number;
  readonly stallRate: number;
  readonly effectiveDefenders: number;
  readonly maliTroops: number;
  readonly burkinaFasoTroops: number;
  readonly russiaTroops: number;
  readonly airspacePenalty: number;

  /** Per voting member, in {@link VOTING_MEMBERS} order. */
  readonly willingness: readonly number[];
  readonly threatPerception: readonly number[];
  readonly troopPledge: readonly number[];
  readonly meanWillingness: number;
  readonly attendance: number;
  readonly threatPerceptionWeight: number;
  readonly activationBoost: number;
  readonly deference: number;
  readonly talksDamping: number;
  readonly auOppositionDamping: number;
  readonly harmBoost: number;
  /** 1 - deterrence x P(at least one Sahel ally enters a war): the launch-support multiplier. */
  readonly warDeterrenceFactor: number;
  readonly dealHawkResistance: number;
  readonly acceptableTransitionMonths: number;
  readonly longTransitionAcceptance: number;

  constructor(p: NigerParameters) {
    this.reopenAirspaceThreat = p['junta.reopenAirspaceThreat'];
    this.collapseRate = rateFromMedian(p['junta.collapseMedianDays']);
    this.collapseRestores = p['junta.collapseRestoresProbability'];
    this.harmRate = rateFromMedian(p['junta.harmMedianDays']);
    this.mediationRate = rateFromMedian(p['junta.mediationMedianDays']);
    this.timetableRate = rateFromMedian(p['junta.timetableMedianDays']);
    this.revisionRate = rateFromMedian(p['junta.revisionMedianDays']);
    this.expelRate = rateFromMedian(p['junta.expelAmbassadorMedianDays']);
    this.inviteRussiaRate = rateFromMedian(p['junta.inviteRussiaMedianDays']);
    this.sovereigntyConcern = p['junta.sovereigntyConcern'];
    this.orderUsOutRate = rateFromMedian(p['junta.orderUsOutMedianDays']);
    this.releaseRate = rateFromMedian(p['junta.releaseMedianDays']);

    this.protestRate = rateFromMedian(p['public.protestMedianDays']);
    this.rallyThreat = p['public.rallyThreat'];
    this.rallyIntervalDays = p['public.rallyIntervalDays'];

    this.determinationRate = rateFromMedian(p['us.determinationMedianDays']);
    this.longTransitionMonths = p['us.longTransitionMonths'];
    this.longTransitionFactor = p['us.longTransitionFactor'];
    this.shortTransitionFactor = p['us.shortTransitionFactor'];
    this.usWithdrawalChance = dailyHazardFromMedianDays(p['us.withdrawalMedianDays']);
    this.usWithdrawalLagDays = p['us.withdrawalLagDays'];

    // The factors multiply the base rate in this order, as the rule used to do each day.
    const franceRate = rateFromMedian(p['france.withdrawalMedianDays']);
    this.franceWithdrawalChance = dailyHazardFromMedianDays(p['france.withdrawalMedianDays']);
    this.franceWithdrawalChanceExpelled = hazardFromRate(franceRate * p['france.ambassadorFactor']);
    this.franceWithdrawalChanceProtest = hazardFromRate(franceRate * p['france.protestFactor']);
    this.franceWithdrawalChanceBoth = hazardFromRate(franceRate * p['france.ambassadorFactor'] * p['france.protestFactor']);
    this.franceWithdrawalLagDays = p['france.withdrawalLagDays'];

    this.maliPactRate = rateFromMedian(p['mali.pactMedianDays']);
    this.chargeRate = rateFromMedian(p['junta.chargeBazoumMedianDays']);
    this.sahelExitChance = dailyHazardFromMedianDays(p['sahel.ecowasExitMedianDays']);
    this.burkinaFasoPactRate = rateFromMedian(p['burkina-faso.pactMedianDays']);
    this.algeriaMediationChance = dailyHazardFromMedianDays(p['algeria.mediationMedianDays']);
    this.auDeadlineDay = p['au.deadlineDay'];
    this.auMeetingChance = dailyHazardFromMedianDays(p['au.meetingMedianDays']);

    this.minSummitGapDays = p['ecowas.minSummitGapDays'];
    this.reviewIntervalDays = p['ecowas.reviewIntervalDays'];
    this.dealTalksThreshold = p['ecowas.dealTalksThreshold'];
    this.planningDays = p['ecowas.planningDays'];
    this.breakthroughTalks = p['ecowas.breakthroughTalks'];
    this.humanitarianEasePain = p['ecowas.humanitarianEasePain'];
    this.callOffDays = p['ecowas.callOffDays'];
    this.votingRule = p['ecowas.votingRule'];

    this.threatAdjustRate = p['threat.adjustRate'];
    this.threatActivated = p['threat.activated'];
    this.threatBaseline = p['threat.baseline'];
    this.painAdjustRate = p['economy.painAdjustRate'];
    this.severityEased = p['economy.easedSeverity'];
    this.severityFull = p['economy.tradeSeverity'] + p['economy.powerWeight'] * p['economy.electricityImportShare'];
    this.severityTightened = this.severityFull + p['economy.tightenedExtra'];
    this.publicAdjustRate = p['public.adjustRate'];
    this.publicBaseSupport = p['public.baseSupport'];
    this.publicThreatWeight = p['public.threatWeight'];
    this.publicPainWeight = p['public.painWeight'];
    this.antiFrenchBase = p['public.antiFrenchBase'];
    this.cohesionAdjustRate = p['junta.cohesionAdjustRate'];
    this.baseCohesion = p['junta.initialCohesion'];
    this.cohesionPainWeight = p['junta.cohesionPainWeight'];
    this.baseHardline = p['junta.baseHardline'];
    this.stanceThreatWeight = p['junta.stanceThreatWeight'];
    this.stanceSupportWeight = p['junta.stanceSupportWeight'];
    this.stanceCohesionWeight = p['junta.stanceCohesionWeight'];
    this.stancePainWeight = p['junta.stancePainWeight'];
    this.stanceTalksWeight = p['junta.stanceTalksWeight'];
    this.stanceAdjustRate = p['junta.stanceAdjustRate'];
    this.talksRate = p['talks.rate'];
    this.talksDecay = p['talks.decay'];
    this.algeriaTalksFactor = 1 + p['algeria.mediationBoost'];
    this.successRate = rateFromMedian(p['intervention.successMedianDays']);
    this.stallRate = rateFromMedian(p['intervention.stallMedianDays']);
    this.effectiveDefenders = p['niger.effectiveDefenders'];
    this.maliTroops = p['mali.expeditionaryTroops'];
    this.burkinaFasoTroops = p['burkina-faso.expeditionaryTroops'];
    this.russiaTroops = p['russia.troops'];
    this.airspacePenalty = p['algeria.airspacePenalty'];

    this.willingness = VOTING_MEMBERS.map((member) => p[`ecowas.${member}.forceWillingness`]);
    this.threatPerception = VOTING_MEMBERS.map((member) => p[`ecowas.${member}.threatPerception`]);
    this.troopPledge = VOTING_MEMBERS.map((member) => p[`ecowas.${member}.troopPledge`]);
    this.meanWillingness = this.willingness.reduce((sum, value) => sum + value, 0) / VOTING_MEMBERS.length;
    this.attendance = p['ecowas.attendanceProbability'];
    this.threatPerceptionWeight = p['ecowas.threatPerceptionWeight'];
    this.activationBoost = p['ecowas.activationBoost'];
    this.deference = p['ecowas.deference'];
    this.talksDamping = p['ecowas.talksDamping'];
    this.auOppositionDamping = p['ecowas.auOppositionDamping'];
    this.harmBoost = p['ecowas.harmBoost'];
    const warChance = 1 - (1 - p['mali.warCommitment']) * (1 - p['burkina-faso.warCommitment']);
    this.warDeterrenceFactor = 1 - p['ecowas.warDeterrence'] * warChance;
    this.dealHawkResistance = p['ecowas.dealHawkResistance'];
    this.acceptableTransitionMonths = p['ecowas.acceptableTransitionMonths'];
    this.longTransitionAcceptance = p['ecowas.longTransitionAcceptance'];
  }
}

// A one-entry memo: a run reuses one parameter object for all its days, and a batch of runs
// usually shares it too. The constants are a pure function of the parameters, so caching them
// cannot change a result.
let memoParams: NigerParameters | undefined;
let memo: NigerConstants | undefined;

/** The hot-path constants of `params`, computed once per parameter object. */
export function constantsOf(params: NigerParameters): NigerConstants {
  if (params !== memoParams || memo === undefined) {
    memo = new NigerConstants(params);
    memoParams = params;
  }
  return memo;
}
