/**
 * @packageDocumentation
 * The Niger 2023 crisis scenario for crisis-sim, as it stood on 2023-08-08.
 * Model card: docs/models/niger-2023.md.
 */
export type { AfricanUnionAction } from './actors/african-union-action.js';
export type { AlgeriaAction } from './actors/algeria-action.js';
export type { BazoumAction } from './actors/bazoum-action.js';
export type { BeninBorderAction } from './actors/benin-border-action.js';
export { committedTroops, crisisSettled, nextSummitQuestion, talksBreakthrough } from './actors/ecowas.js';
export type { EcowasAction } from './actors/ecowas-action.js';
export { memberBallotProbability } from './actors/ecowas-members/ecowas-member.js';
export type { EcowasMemberAction } from './actors/ecowas-members/ecowas-member-action.js';
export type { NigeriaAction } from './actors/ecowas-members/nigeria-action.js';
export { europeanUnionAidDynamics } from './actors/european-union.js';
export type { EuropeanUnionAction } from './actors/european-union-action.js';
export type { FranceAction } from './actors/france-action.js';
export { withOrderChance } from './actors/french-notice.js';
export type { FrenchNoticeAction } from './actors/french-notice-action.js';
export type { GuineaAction } from './actors/guinea-action.js';
export type { JihadistAction } from './actors/jihadist-violence-action.js';
export type { JuntaAction } from './actors/junta-action.js';
export type { Law7008Action } from './actors/law-7008-action.js';
export type { PublicAction } from './actors/nigerien-public-action.js';
export type { Mediator, MediatorAction } from './actors/regional-mediators-action.js';
export type { RussiaAction } from './actors/russia-action.js';
export type { SahelAlly } from './actors/sahel-ally.js';
export type { SahelAllyAction } from './actors/sahel-ally-action.js';
export type { UnitedNationsAction } from './actors/united-nations-action.js';
export { determinationHazard } from './actors/united-states.js';
export type { UnitedStatesAction } from './actors/united-states-action.js';
export { clamp01, dailyHazard } from './hazard.js';
export { initialState } from './initial-state.js';
export { niger2023 } from './niger-2023.js';
export type { NigerAction } from './niger-action.js';
export type { DerivedMember, NigerDerived } from './niger-derived.js';
export { nigerDerived } from './niger-derived.js';
export type { NigerActor, NigerReducers, NigerRule, NigerStateView, NigerValues } from './niger-rule.js';
export { nigerObservedRecord } from './observed-record.js';
export type { NigerOutcome } from './outcomes.js';
export { classifyOutcome, nigerOutcomes } from './outcomes.js';
export type { NigerParameters } from './parameters.js';
export { nigerParameters } from './parameters.js';
export { sources } from './sources.js';
export type {
  AidStatus,
  AuForceStance,
  Ballot,
  BazoumStatus,
  GarrisonStatus,
  InterventionStatus,
  NigerState,
  RussiaStatus,
  SahelStance,
  SenateStatus,
  StandbyStatus,
  SummitQuestion,
} from './state.js';
export type { VotingMember } from './voting-members.js';
export { isVotingMember, NON_VOTING_MEMBERS, VOTING_MEMBERS } from './voting-members.js';
export type { VotingRule } from './voting-rule.js';
export { quorumMet, VOTING_RULES, votePasses } from './voting-rule.js';
