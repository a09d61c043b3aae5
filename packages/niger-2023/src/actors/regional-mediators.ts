import { type Decision, decide, idle, reusableDecision } from '@crisis-sim/engine';
import { clamp01 } from '../hazard.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { regionalSources } from '../regional-sources.js';
import type { Mediator, MediatorAction } from './regional-mediators-action.js';

// Decisions and reasons made once: a run may see a dozen missions. A brokered track carries
// only the mediator, so it is a constant; a mission's gain changes, so this rule (its only user)
// refills one reusable decision.
const BROKERED: Readonly<Record<Mediator, Decision<MediatorAction>>> = {
  chad: decide({ type: 'mediators/broker-mediation', mediator: 'chad' }, 'a Chadian mission: the junta agrees to talks'),
  togo: decide({ type: 'mediators/broker-mediation', mediator: 'togo' }, 'a Togolese mission: the junta agrees to talks'),
};
const ADVANCED: Readonly<Record<Mediator, string>> = {
  chad: 'a Chadian mission carries the talks forward',
  togo: 'a Togolese mission carries the talks forward',
};
const mission = reusableDecision<'mediators/mission', Extract<MediatorAction, { type: 'mediators/mission' }>>(
  { type: 'mediators/mission', mediator: 'chad', talksGain: 0 },
  ADVANCED.chad,
);

/**
 * The mediators' rule: while the junta holds power, no operation is under way and no transition
 * is agreed, Chad and Togo each make missions with a constant daily hazard. One uniform draw
 * decides the day: below Chad's chance, a Chadian mission; below the sum, a Togolese one (the
 * two on the same day, a chance of about 1 in 1,000, count as Chad's). If the junta has not
 * accepted mediation, it accepts the mediator's track with probability 1 - hardline (the pressure
 * the junta's own acceptance hazard uses); otherwise the mission counts as one more day of talks
 * (the gain `talks.rate` x the gap to what the junta's stance allows). Missions that change
 * nothing (refused, or talks already at what the stance allows) are not recorded. One actor for
 * both, so a quiet day costs one draw.
 */
export const mediatorsRule: NigerRule = (state, { params, rng, derived }) => {
  if (state.juntaFellDay >= 0 || state.transitionAgreedDay >= 0 || state.bazoum === 'restored') return idle;
  const operation = state.intervention;
  if (operation === 'launched' || operation === 'stalled' || operation === 'succeeded') return idle;
  const u = rng.next();
  if (u >= derived.mediatorMissionChance) return undefined;
  const mediator: Mediator = u < derived.chadMissionChance ? 'chad' : 'togo';
  const hardline = state.hardline;
  if (state.mediationAcceptedDay < 0) {
    // A mission the junta receives without agreeing to talks changes nothing: no decision.
    return rng.bernoulli(clamp01(1 - hardline)) ? BROKERED[mediator] : undefined;
  }
  const talksGain = params['talks.rate'] * Math.max(0, 1 - hardline - state.talks);
  if (!(talksGain > 0)) return undefined;
  mission.action.mediator = mediator;
  mission.action.talksGain = talksGain;
  mission.reason = ADVANCED[mediator];
  return mission;
};

/** Reducers of the mediators' actions. */
export const mediatorReducers: NigerReducers<MediatorAction> = {
  'mediators/broker-mediation': (draft, _action, { day }) => {
    draft.mediatorMissions += 1;
    draft.lastMediatorMissionDay = day;
    // The junta's own acceptance may have been applied earlier the same day.
    if (draft.mediationAcceptedDay < 0) draft.mediationAcceptedDay = day;
  },
  'mediators/mission': (draft, action, { day }) => {
    draft.mediatorMissions += 1;
    draft.lastMediatorMissionDay = day;
    draft.talks = clamp01(draft.talks + action.talksGain);
  },
};

/**
 * Chad and Togo as mediators. Chad: Mahamat Idriss Deby met Gen. Tiani and Bazoum in Niamey on
 * 2023-07-30. Togo: the go-between the Sahel juntas preferred; its vote and pledge in ECOWAS
 * are in the member table.
 */
export const mediatorsActor: NigerActor = {
  id: 'mediators',
  name: 'Chad and Togo (mediators)',
  description: "Heads of state the junta receives as go-betweens: Chad's (not in ECOWAS) and Togo's.",
  rule: mediatorsRule,
  sources: [regionalSources.debyNiamey0730, regionalSources.togoMaliMediation],
};
