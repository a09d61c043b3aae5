import { dailyHazardFromMedianDays, decide, param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { clamp01 } from '../hazard.js';
import { memoByParams } from '../memo-by-params.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import { chadMissions } from '../precedents/chad-missions.js';
import { regionalSources } from '../regional-sources.js';

/** A head of state the junta receives as a go-between: Chad's (not in ECOWAS) and Togo's. */
export type Mediator = 'chad' | 'togo';

/**
 * A mediator's mission to Niamey: before the junta has accepted a mediation track it may
 * accept one (`broker-mediation`); once talks are under way the mission adds a day's worth
 * of progress (`mission`, with the gain drawn up by the rule).
 */
export type MediatorAction =
  | { readonly type: 'mediators/broker-mediation'; readonly mediator: Mediator }
  | { readonly type: 'mediators/mission'; readonly mediator: Mediator; readonly talksGain: number };

/** Parameters of the two mediators. */
export const mediatorParameters = {
  'chad.missionMedianDays': parameterFromReferenceClass(chadMissions, {
    description: "Median days between missions of Chad's president (or envoy) to the junta in Niamey.",
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 3650,
  }),
  'togo.missionMedianDays': param.number({
    default: 45,
    min: 1,
    max: 3650,
    unit: 'days',
    description: "Median days between missions of Togo's president (or foreign minister) to the junta in Niamey.",
    source: {
      ...regionalSources.togoMaliMediation,
      assumedLevel:
        "Togo was the go-between Mali's junta preferred to ECOWAS (the Ivorian soldiers, July 2022 - January 2023), but no Togolese mission to Niamey was reported by 2023-08-08: half as often as Chad's, about every six weeks (assumption).",
    },
  }),
};

const missionChances = memoByParams((params: NigerParameters) => ({
  chad: dailyHazardFromMedianDays(params['chad.missionMedianDays']),
  togo: dailyHazardFromMedianDays(params['togo.missionMedianDays']),
}));

/**
 * A mediator's rule: while the junta holds power, no operation is under way and no transition
 * is agreed, a mission comes with a daily hazard. If the junta has not accepted mediation, it
 * accepts this mediator's track with probability 1 - hardline (the pressure the junta's own
 * acceptance hazard uses); otherwise the mission counts as one more day of talks (the gain
 * `talks.rate` x the gap to what the junta's stance allows).
 */
export function mediatorRule(mediator: Mediator): NigerRule {
  return (state, { params, rng }) => {
    if (state.juntaFellDay >= 0 || state.bazoum === 'restored' || state.transitionAgreedDay >= 0) return undefined;
    if (state.intervention === 'launched' || state.intervention === 'stalled' || state.intervention === 'succeeded') return undefined;
    if (!rng.bernoulli(missionChances(params)[mediator])) return undefined;
    const hardline = state.hardline;
    if (state.mediationAcceptedDay < 0) {
      return rng.bernoulli(clamp01(1 - hardline))
        ? decide(
            { type: 'mediators/broker-mediation', mediator },
            `a ${mediator === 'chad' ? 'Chadian' : 'Togolese'} mission: the junta agrees to talks`,
          )
        : decide(
            { type: 'mediators/mission', mediator, talksGain: 0 },
            `a ${mediator === 'chad' ? 'Chadian' : 'Togolese'} mission is received, without a mediation track`,
          );
    }
    const talksGain = params['talks.rate'] * Math.max(0, 1 - hardline - state.talks);
    return decide(
      { type: 'mediators/mission', mediator, talksGain },
      `a ${mediator === 'chad' ? 'Chadian' : 'Togolese'} mission carries the talks forward`,
    );
  };
}

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

/** Chad: Mahamat Idriss Deby met Gen. Tiani and Bazoum in Niamey on 2023-07-30. */
export const chadActor: NigerActor = {
  id: 'chad',
  name: 'Chad (mediator)',
  description: "Not in ECOWAS; its president is received by the junta and carries ECOWAS's messages.",
  rule: mediatorRule('chad'),
  sources: [regionalSources.debyNiamey0730],
};

/** Togo: the go-between the Sahel juntas preferred; uncommitted on force. */
export const togoMediatorActor: NigerActor = {
  id: 'togo-mediator',
  name: 'Togo (mediator)',
  description: "Togo's president as a go-between, apart from Togo's vote and pledge in ECOWAS.",
  rule: mediatorRule('togo'),
  sources: [regionalSources.togoMaliMediation],
};
