import { decide, idle, type Rng } from '@crisis-sim/engine';
import { hazardFromRate } from '../hazard.js';
import type { NigerActor, NigerRule } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import { sources } from '../sources.js';

/** Length in months of the junta's first timetable: triangular over the configured range (ends taken in order). */
function firstOffer(params: NigerParameters, rng: Rng): number {
  const low = Math.min(params['junta.timetableMonthsMin'], params['junta.timetableMonthsMax']);
  const high = Math.max(params['junta.timetableMonthsMin'], params['junta.timetableMonthsMax']);
  const mode = Math.min(Math.max(params['junta.timetableMonthsMode'], low), high);
  return Math.round(rng.triangular(low, mode, high));
}

/** True when the junta still holds power and Bazoum has not been restored. */
function juntaInPower(state: { readonly juntaFellDay: number; readonly intervention: string }): boolean {
  return state.juntaFellDay < 0 && state.intervention !== 'succeeded';
}

/**
 * The junta's rule. Deterministic reactions first (mobilise when ECOWAS activates its force,
 * open or close the airspace with the threat, hold or skip elections at the end of an agreed
 * transition); then competing daily hazards resolved with a single uniform draw, so that at
 * most one discretionary step is taken per day and a quiet day costs one draw.
 */
export const juntaRule: NigerRule = (state, { day, params, rng, derived }) => {
  if (!juntaInPower(state)) return idle;
  const underAttack = state.intervention === 'launched' || state.intervention === 'stalled';
  if (state.standby === 'activated' && state.publicMobilisedDay < 0) {
    return decide(
      { type: 'junta/mobilise-public', boost: params['public.rallyBoost'] },
      'ECOWAS activated its standby force: the junta calls for volunteers and rallies',
    );
  }
  const reopenBelow = params['junta.reopenAirspaceThreat'];
  if (state.airspaceClosed && state.threat < reopenBelow && !underAttack) {
    return decide({ type: 'junta/reopen-airspace' }, 'the threat of intervention has receded');
  }
  if (!state.airspaceClosed && state.threat > 2 * reopenBelow) {
    return decide({ type: 'junta/close-airspace' }, 'the threat of intervention is back');
  }
  if (state.transitionAgreedDay >= 0 && state.electionsDecidedDay < 0 && state.electedGovernmentDay < 0) {
    const due = state.transitionAgreedDay + Math.round(state.transitionMonths * 30.44);
    if (day >= due) {
      const held = rng.bernoulli(params['junta.keepsTimetableProbability']);
      return decide(
        { type: 'junta/hold-elections', held },
        held ? 'the agreed transition ends with elections' : 'the junta postpones the elections',
      );
    }
  }

  // Competing risks: each step has a daily rate; one draw decides whether any happens today
  // (probability 1 - e^-total) and, if so, which one, in proportion to its rate.
  const hardline = state.hardline;
  // A constant hazard: counter-coups in the reference class did not follow sanctions or pain.
  const collapse = derived.collapseRate;
  const harm = underAttack && state.bazoum === 'detained' ? derived.harmRate : 0;
  // An Algerian plan on the table makes mediation half as likely again to be accepted.
  const mediation =
    state.mediationAcceptedDay < 0 ? derived.mediationRate * (1 - hardline) * (state.algeriaMediationDay >= 0 ? 1.5 : 1) : 0;
  let timetable = 0;
  if (state.transitionAgreedDay < 0) {
    if (state.transitionMonths === 0) timetable = derived.timetableRate;
    else if (state.rejectedTransitionMonths === state.transitionMonths && state.transitionMonths > 1)
      timetable = derived.revisionRate * (0.5 + state.economicPain);
  }
  const expel = state.frenchAmbassadorExpelledDay < 0 ? derived.expelRate * state.antiFrench * hardline : 0;
  const invite =
    state.russia === 'none' ? derived.inviteRussiaRate * state.threat * hardline * (1 - params['junta.sovereigntyConcern']) : 0;
  // Without Russians on the ground the US is the junta's only counter-terrorism partner: a fifth of the pressure.
  const orderUsOut =
    state.usOrderedOutDay < 0 && state.usTroops === 'present'
      ? derived.orderUsOutRate * hardline * (state.russia === 'deployed' ? 1 : 0.2)
      : 0;
  // A constant hazard from the class: charges followed coups whatever the pressure (Myanmar in two days, Guinea in eight months).
  const charge = state.bazoum === 'detained' && state.bazoumChargedDay < 0 ? derived.chargeRate : 0;
  const release =
    state.bazoum === 'detained' && state.mediationAcceptedDay >= 0 && !underAttack ? derived.releaseRate * state.talks * (1 - hardline) : 0;

  const total = collapse + harm + mediation + timetable + expel + invite + orderUsOut + charge + release;
  if (!(total > 0)) return undefined;
  const u = rng.next();
  // The chance 1 - e^-total never exceeds the rate itself (nor does hazardFromRate's rounding),
  // so a draw at or above the rate is a quiet day: most days end here, without an exponential.
  if (u >= total) return undefined;
  const chance = hazardFromRate(total);
  if (u >= chance) return undefined;
  const pick = (u / chance) * total;
  let edge = collapse;
  if (pick < edge) {
    // Within this branch pick / collapse is uniform on [0, 1): it decides who takes over
    // without a further draw.
    if (state.bazoum !== 'harmed' && pick / collapse < params['junta.collapseRestoresProbability']) {
      return [
        decide({ type: 'junta/collapse' }, 'officers topple the junta'),
        decide({ type: 'junta/hand-power-to-bazoum' }, 'the officers hand power back to Bazoum'),
      ];
    }
    return decide({ type: 'junta/counter-coup' }, 'officers topple the junta and form a new one: Bazoum is not restored');
  }
  edge += harm;
  if (pick < edge) return decide({ type: 'junta/harm-bazoum' }, 'Bazoum is harmed during the assault on Niamey');
  edge += mediation;
  if (pick < edge) return decide({ type: 'junta/accept-mediation' }, 'the junta agrees to receive mediators');
  edge += timetable;
  if (pick < edge) {
    const months =
      state.transitionMonths === 0 ? firstOffer(params, rng) : Math.max(1, state.transitionMonths - params['junta.revisionStepMonths']);
    return decide(
      { type: 'junta/announce-timetable', months },
      state.transitionMonths === 0 ? 'the junta announces a transition timetable' : 'the junta shortens its rejected timetable',
    );
  }
  edge += expel;
  if (pick < edge)
    return decide({ type: 'junta/expel-french-ambassador' }, "anti-French mobilisation: the junta orders France's ambassador to leave");
  edge += invite;
  if (pick < edge)
    return decide({ type: 'junta/invite-russia' }, 'facing the threat of intervention, the junta asks Russia/Wagner for help');
  edge += orderUsOut;
  if (pick < edge) return decide({ type: 'junta/order-us-out' }, 'the junta ends the US basing arrangement');
  edge += charge;
  if (pick < edge) return decide({ type: 'junta/charge-bazoum' }, 'the junta says it will prosecute Bazoum (high treason, state security)');
  // Rounding can leave a sliver past the last rate; it must not release a Bazoum who is not detained.
  return release > 0 ? decide({ type: 'junta/release-bazoum' }, 'talks have progressed: Bazoum is released') : undefined;
};

/** Where the junta's stance and rule come from. */
const juntaSources = [
  sources.coup,
  sources.armyEndorsement,
  sources.juntaAccords0803,
  sources.airspace0806,
  sources.nuland0807,
  sources.wagner0805,
  sources.sahelTimetables,
];

/** Junta (CNSP). */
export const juntaActor: NigerActor = {
  id: 'junta',
  name: 'Junta (CNSP)',
  description:
    'The National Council for the Safeguard of the Homeland under Gen. Tiani: stance, mediation, timetable, foreign partners, the fate of Bazoum.',
  rule: juntaRule,
  sources: juntaSources,
};
