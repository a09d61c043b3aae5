import type { NigerReducers } from '../niger-rule.js';
import type { Ballot } from '../state.js';
import type { VotingMember } from '../voting-members.js';
import type { EcowasAction } from './ecowas-action.js';
import { restoreBazoum } from './restore-bazoum.js';

/**
 * Every member's ballot back to 'none' for a new summit. By literal key (a field store): a loop
 * over member ids is a megamorphic keyed store. Every voting member is listed; the member
 * tests check that the list matches VOTING_MEMBERS.
 */
function clearBallots(ballots: Record<VotingMember, Ballot>): void {
  ballots.nigeria = 'none';
  ballots.senegal = 'none';
  ballots['cote-divoire'] = 'none';
  ballots.benin = 'none';
  ballots.ghana = 'none';
  ballots.togo = 'none';
  ballots['guinea-bissau'] = 'none';
  ballots['cabo-verde'] = 'none';
  ballots.gambia = 'none';
  ballots.liberia = 'none';
  ballots['sierra-leone'] = 'none';
}

/** Reducers of the ECOWAS institution's actions. */
export const ecowasReducers: NigerReducers<EcowasAction> = {
  'ecowas/convene-summit': (draft, action, { day }) => {
    draft.summitOpen = true;
    draft.summitQuestion = action.question;
    draft.summitOpenedDay = day;
    clearBallots(draft.ballots);
  },
  'ecowas/close-summit': (draft, action, { day }) => {
    draft.summitOpen = false;
    draft.summitsHeld += 1;
    draft.lastSummitClosedDay = day;
    draft.lastSummitYes = action.yes;
    draft.lastSummitPresent = action.present;
    if (action.question === 'launch') draft.launchVotes += 1;
  },
  'ecowas/activate-standby-force': (draft, action, { day }) => {
    draft.standby = 'activated';
    draft.activationDay = day;
    draft.activationYes = action.yes;
    draft.activationPresent = action.present;
  },
  'ecowas/launch-intervention': (draft, action, { day }) => {
    draft.intervention = 'launched';
    draft.interventionDay = day;
    draft.launchYes = action.yes;
    draft.launchPresent = action.present;
    draft.interventionTroops = action.troops;
  },
  'ecowas/operation-succeeds': (draft, _action, { day }) => {
    draft.intervention = 'succeeded';
    draft.interventionEndedDay = day;
    draft.juntaFellDay = day;
  },
  'ecowas/operation-stalls': (draft, _action, { day }) => {
    draft.intervention = 'stalled';
    draft.interventionStalledDay = day;
  },
  'ecowas/reinstate-bazoum': (draft, _action, { day }) => restoreBazoum(draft, day),
  'ecowas/call-off-intervention': (draft, _action, { day }) => {
    draft.intervention = 'called-off';
    draft.interventionEndedDay = day;
    draft.standby = 'stood-down';
  },
  'ecowas/tighten-sanctions': (draft, _action, { day }) => {
    draft.sanctionsLevel = 3;
    draft.sanctionsTightenedDay = day;
  },
  'ecowas/ease-sanctions': (draft, _action, { day }) => {
    draft.sanctionsLevel = 1;
    if (draft.sanctionsEasedDay < 0) draft.sanctionsEasedDay = day;
  },
  'ecowas/lift-sanctions': (draft, _action, { day }) => {
    draft.sanctionsLevel = 0;
    if (draft.sanctionsEasedDay < 0) draft.sanctionsEasedDay = day;
  },
  'ecowas/agree-transition': (draft, action, { day }) => {
    draft.transitionAgreedDay = day;
    draft.transitionMonths = action.months;
    if (draft.sanctionsLevel > 1) {
      draft.sanctionsLevel = 1;
      if (draft.sanctionsEasedDay < 0) draft.sanctionsEasedDay = day;
    }
    if (draft.standby === 'activated' && draft.intervention === 'none') draft.standby = 'stood-down';
  },
  'ecowas/reject-transition': (draft, action) => {
    draft.rejectedTransitionMonths = action.months;
  },
};
