import { decide, idle } from '@crisis-sim/engine';
import { hazardFromRate } from '../hazard.js';
import type { NigerActor, NigerReducers, NigerRule, NigerValues } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import { sources } from '../sources.js';
import type { NigerState } from '../state.js';
import { attackIsRecent } from './jihadist-violence.js';
import type { UnitedStatesAction } from './united-states-action.js';

function determinationPressure(state: NigerState, params: NigerParameters, day: number): number {
  let pressure = state.hardline * (1 - state.talks);
  // A recent major attack strengthens the case for keeping the counter-terrorism partnership.
  if (attackIsRecent(state, day, params)) pressure *= 1 - params['us.securityDamping'];
  if (state.transitionMonths > 0)
    pressure *=
      state.transitionMonths > params['us.longTransitionMonths'] ? params['us.longTransitionFactor'] : params['us.shortTransitionFactor'];
  return pressure;
}

/**
 * Daily probability that the executive makes the section 7008 determination: zero once an
 * elected government is back, certain once Bazoum is harmed, otherwise a hazard that grows as
 * diplomacy fails (hardline junta, no talks) and with a long transition timetable, and that
 * weakens while a major jihadist attack is recent (`us.securityDamping`).
 */
export function determinationHazard(state: NigerState, { params, derived, day }: NigerValues): number {
  if (state.usDeterminationDay >= 0 || state.electedGovernmentDay >= 0) return 0;
  if (state.bazoum === 'harmed') return 1;
  return hazardFromRate(derived.determinationRate * determinationPressure(state, params, day));
}

/** The US executive's rule: the determination, resuming paused aid, and its troops. */
const unitedStatesRule: NigerRule = (state, context) => {
  const { day, params, rng, derived } = context;
  if (state.usAid === 'paused' && state.usDeterminationDay < 0 && state.electedGovernmentDay >= 0) {
    return decide({ type: 'us/resume-paused-aid' }, 'Bazoum is back in office: the pause ends');
  }
  // With Bazoum back the junta's order to leave is void: a withdrawal under way stops, none starts.
  if (state.usTroops === 'withdrawal-announced' && state.bazoum === 'restored') {
    return decide({ type: 'us/halt-withdrawal' }, 'Bazoum is back in office: the US troops stay');
  }
  if (state.usTroops === 'withdrawal-announced' && day - state.usWithdrawalAnnouncedDay >= params['us.withdrawalLagDays']) {
    return decide({ type: 'us/complete-withdrawal' }, 'the last US troops leave Niger');
  }
  const hazard = determinationHazard(state, context);
  if (hazard > 0 && rng.bernoulli(hazard)) {
    return decide({ type: 'us/make-coup-determination' }, 'diplomacy has failed: the State Department determines a coup took place');
  }
  if (state.usTroops === 'present' && state.bazoum !== 'restored') {
    const atWar = state.mali === 'at-war' || state.burkinaFaso === 'at-war';
    if (state.usOrderedOutDay >= 0 || atWar) {
      return rng.bernoulli(derived.usWithdrawalChance)
        ? decide(
            { type: 'us/announce-withdrawal' },
            atWar ? 'a regional war makes the bases untenable' : 'the junta has ended the basing arrangement',
          )
        : undefined;
    }
  }
  // Nothing was drawn today. Once the determination is made (or an elected government is in
  // office) and no withdrawal is counting days, only a reducer can change this answer.
  return (state.usDeterminationDay >= 0 || state.electedGovernmentDay >= 0) && state.usTroops !== 'withdrawal-announced' ? idle : undefined;
};

/** Reducers of the US executive's actions. */
export const unitedStatesReducers: NigerReducers<UnitedStatesAction> = {
  'us/make-coup-determination': (draft, _action, { day }) => {
    draft.usDeterminationDay = day;
  },
  'us/resume-paused-aid': (draft, _action, { day }) => {
    draft.usAid = 'flowing';
    draft.usAidResumedDay = day;
  },
  'us/announce-withdrawal': (draft, _action, { day }) => {
    draft.usTroops = 'withdrawal-announced';
    draft.usWithdrawalAnnouncedDay = day;
  },
  'us/halt-withdrawal': (draft) => {
    draft.usTroops = 'present';
  },
  'us/complete-withdrawal': (draft, _action, { day }) => {
    // Decided on the start-of-day state: if Bazoum was restored earlier the same day, the troops stay.
    if (draft.bazoum === 'restored') return;
    draft.usTroops = 'withdrawn';
    draft.usWithdrawalCompletedDay = day;
  },
};

/** Where the US stance and rule come from. */
const unitedStatesSources = [sources.usPause0805, sources.nuland0807, sources.section7008, sources.burkinaDetermination];

/** United States (executive). */
export const unitedStatesActor: NigerActor = {
  id: 'united-states',
  name: 'United States (executive)',
  description: 'Aid paused on 2023-08-05; decides when to call it a coup; about 1,100 troops.',
  rule: unitedStatesRule,
  sources: unitedStatesSources,
};
