import { decide, param, parameterFromReferenceClass, type Rng } from '@crisis-sim/engine';
import { hazardFromRate } from '../hazard.js';
import { constantsOf } from '../niger-constants.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import { counterCoupRestorations } from '../precedents/counter-coup-restorations.js';
import { deposedLeaderReleases } from '../precedents/deposed-leader-releases.js';
import { frenchAmbassadorExpulsions } from '../precedents/french-ambassador-expulsions.js';
import { juntaCollapses } from '../precedents/junta-collapses.js';
import { juntaElections } from '../precedents/junta-elections.js';
import { mediationAcceptances } from '../precedents/mediation-acceptances.js';
import { transitionTimetables } from '../precedents/transition-timetables.js';
import { wagnerDeployments } from '../precedents/wagner-deployments.js';
import { sources } from '../sources.js';
import type { NigerState } from '../state.js';

/** What the junta (CNSP) does. Draws are made in the rule; reducers only record them. */
export type JuntaAction =
  | { readonly type: 'junta/accept-mediation' }
  | { readonly type: 'junta/announce-timetable'; readonly months: number }
  | { readonly type: 'junta/expel-french-ambassador' }
  | { readonly type: 'junta/invite-russia' }
  | { readonly type: 'junta/order-us-out' }
  | { readonly type: 'junta/release-bazoum' }
  | { readonly type: 'junta/harm-bazoum' }
  | { readonly type: 'junta/collapse' }
  | { readonly type: 'junta/hand-power-to-bazoum' }
  | { readonly type: 'junta/counter-coup' }
  | { readonly type: 'junta/mobilise-public'; readonly boost: number }
  | { readonly type: 'junta/reopen-airspace' }
  | { readonly type: 'junta/close-airspace' }
  | { readonly type: 'junta/hold-elections'; readonly held: boolean };

/** Parameters of the junta's stance and hazards. */
export const juntaParameters = {
  'junta.initialHardline': param.number({
    default: 0.85,
    min: 0,
    max: 1,
    unit: 'stance (0 accommodating, 1 hardline)',
    description: 'Hardline stance on the start date.',
    source: {
      ...sources.airspace0806,
      note: 'Airspace closed, co-belligerence threat, mediators and Nuland refused access to Tiani (2023-08-06/07): near the top of the scale, short of 1 because the junta still received envoys.',
    },
    prior: { kind: 'beta', alpha: 8, beta: 2 },
  }),
  'junta.baseHardline': param.number({
    default: 0.65,
    min: 0,
    max: 1,
    unit: 'stance (0 accommodating, 1 hardline)',
    description: 'Stance the junta settles at when threat, support, cohesion are middling and there is no pain and no talks.',
    source: {
      assumption:
        'The junta justified the coup by sovereignty and security failures (statements of 2023-07-28 to 08-06); defiance is part of its legitimacy, so its resting stance leans hardline. Sahel juntas of 2020-2022 stayed defiant for months under sanctions.',
    },
    prior: { kind: 'triangular', min: 0.4, mode: 0.65, max: 0.85 },
  }),
  'junta.stanceAdjustRate': param.number({
    default: 0.05,
    min: 0.005,
    max: 0.3,
    unit: 'share per day',
    description: 'Share of the gap to its target stance the junta closes each day.',
    source: {
      assumption:
        'No source measures how fast a junta changes course; 0.05 gives a half-life of about two weeks, the pace of the July-August 2023 moves.',
    },
    prior: { kind: 'triangular', min: 0.01, mode: 0.05, max: 0.15 },
  }),
  'junta.stanceThreatWeight': param.number({
    default: 0.4,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'How much external threat hardens the junta (siege mentality).',
    source: {
      assumption:
        "Direction from the junta's reaction to the ultimatum (airspace closure, co-belligerence warning, 2023-08-06); size chosen equal to the other drivers for lack of data.",
    },
  }),
  'junta.stanceSupportWeight': param.number({
    default: 0.4,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'How much public support hardens the junta.',
    source: { assumption: 'Direction from the junta courting rallies (stadium rally 2023-08-06); equal weighting for lack of data.' },
  }),
  'junta.stanceCohesionWeight': param.number({
    default: 0.4,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'How much army cohesion hardens the junta.',
    source: { assumption: 'A junta sure of its army can afford defiance; equal weighting for lack of data.' },
  }),
  'junta.stancePainWeight': param.number({
    default: 0.4,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'How much economic pain softens the junta.',
    source: {
      assumption:
        "Sanctions moved Mali's junta from a 5-year to a 24-month timetable within six months of January 2022 (ECOWAS communiques on Mali, Guinea and Burkina Faso, 2020-2022); weighted like the hardening drivers.",
    },
  }),
  'junta.stanceTalksWeight': param.number({
    default: 0.3,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'How much progress in talks softens the junta.',
    source: {
      assumption:
        'Engagement with mediators preceded every timetable deal in 2020-2022 (ECOWAS communiques on Mali, Guinea and Burkina Faso, 2020-2022); weighted below pain because talks also let a junta buy time.',
    },
  }),
  'junta.initialCohesion': param.number({
    default: 0.8,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Cohesion of the armed forces behind the junta on the start date, and its level without economic pain.',
    source: {
      ...sources.armyEndorsement,
      note: 'The army command endorsed the coup a day after it; no split reported by 2023-08-08. Not 1: the endorsement was framed as avoiding bloodshed.',
    },
    prior: { kind: 'triangular', min: 0.6, mode: 0.8, max: 0.95 },
  }),
  'junta.cohesionPainWeight': param.number({
    default: 0.3,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'How much economic pain erodes army cohesion.',
    source: {
      assumption:
        'Unpaid salaries and shortages strain armies under sanctions; small weight because no Sahel junta of 2020-2023 split under sanctions.',
    },
  }),
  'junta.cohesionAdjustRate': param.number({
    default: 0.02,
    min: 0.001,
    max: 0.2,
    unit: 'share per day',
    description: 'Share of the gap to its target cohesion closed each day.',
    source: { assumption: 'Cohesion moves slowly: a half-life of about a month.' },
  }),
  'junta.collapseRestoresProbability': parameterFromReferenceClass(counterCoupRestorations, {
    description:
      'Chance that, when the junta is toppled by its own army, the officers hand power back to Bazoum rather than form a new junta.',
    unit: 'probability',
    scale: 'probability',
  }),
  'junta.collapseMedianDays': parameterFromReferenceClass(juntaCollapses, {
    description:
      'Median days until the junta is toppled by a counter-coup. Constant: sanctions do not drive it, since no Sahel junta split under ECOWAS sanctions (Mali 2022, Guinea 2022).',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'junta.mediationMedianDays': parameterFromReferenceClass(mediationAcceptances, {
    description:
      'Median days until the junta accepts a mediation track when fully accommodating (the rule scales the rate by 1 - hardline, and by 1.5 once Algeria offers a plan).',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 3650,
  }),
  'junta.timetableMedianDays': parameterFromReferenceClass(transitionTimetables, {
    description: 'Median days until the junta announces the length of its transition.',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 3650,
  }),
  'junta.timetableMonthsMin': param.integer({
    default: 12,
    min: 6,
    max: 60,
    unit: 'months',
    description: 'Shortest first offer of a transition length.',
    source: {
      ...sources.sahelTimetables,
      note: 'First offers ran from 18 (Mali 2020) to 60 months (Mali, December 2021); 12 leaves room below the shortest.',
    },
  }),
  'junta.timetableMonthsMode': param.integer({
    default: 36,
    min: 6,
    max: 72,
    unit: 'months',
    description: 'Most likely first offer of a transition length.',
    source: { ...sources.sahelTimetables, note: 'Burkina Faso 36, Guinea 39 months: the typical first offer.' },
  }),
  'junta.timetableMonthsMax': param.integer({
    default: 60,
    min: 6,
    max: 84,
    unit: 'months',
    description: 'Longest first offer of a transition length.',
    source: { ...sources.sahelTimetables, note: "Mali's 5-year proposal of December 2021." },
  }),
  'junta.revisionMedianDays': param.number({
    default: 90,
    min: 1,
    max: 3650,
    unit: 'days',
    description: 'Median days until the junta shortens an offer ECOWAS voted down, at average pressure.',
    source: {
      ...sources.sahelTimetables,
      note: 'Burkina Faso took about 4 months, Guinea about 5 and Mali about 6 to come down to 24 months.',
    },
  }),
  'junta.revisionStepMonths': param.integer({
    default: 12,
    min: 1,
    max: 36,
    unit: 'months',
    description: 'Months cut from a rejected offer at each revision.',
    source: { ...sources.sahelTimetables, note: '36 to 24 (Burkina Faso), 39 to 24 (Guinea), 60 to 24 (Mali, in steps).' },
  }),
  'junta.expelAmbassadorMedianDays': parameterFromReferenceClass(frenchAmbassadorExpulsions, {
    description:
      "Median days until the junta expels France's ambassador, at full pressure (the rule scales the rate by anti-French sentiment x hardline).",
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'junta.inviteRussiaMedianDays': parameterFromReferenceClass(wagnerDeployments, {
    description:
      'Median days until the junta formally invites Russian/Wagner forces, at full pressure (threat x hardline x (1 - sovereignty concern)).',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'junta.sovereigntyConcern': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'How much the junta fears ceding sovereignty to a foreign force; scales the invitation hazard by (1 - concern).',
    source: {
      assumption:
        "The junta's case rests on sovereignty (its 2023-08-03 and 08-06 statements); hosting Wagner would undercut it. Mid-scale for lack of evidence either way.",
    },
    prior: { kind: 'uniform', min: 0.2, max: 0.8 },
  }),
  'junta.orderUsOutMedianDays': param.number({
    default: 180,
    min: 1,
    max: 3650,
    unit: 'days',
    description:
      'Median days until the junta ends the US basing arrangement, when fully hardline and Russia has deployed (one fifth of that pressure otherwise).',
    source: {
      assumption:
        'The junta kept US channels open (Nuland received by the army chief, 2023-08-07) while breaking with France; Mali ended French, not US, cooperation after Wagner arrived.',
    },
  }),
  'junta.releaseMedianDays': parameterFromReferenceClass(deposedLeaderReleases, {
    description: 'Median days until the junta releases Bazoum, at full pressure (talks x (1 - hardline), once mediation is accepted).',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'junta.harmMedianDays': param.number({
    default: 120,
    min: 1,
    max: 36500,
    unit: 'days',
    description: 'Median days until Bazoum is harmed while an ECOWAS operation is under way (zero hazard otherwise).',
    source: {
      assumption:
        'Bazoum was held by the presidential guard that staged the coup (Nuland, 2023-08-07: "virtual house arrest"); an assault on Niamey puts him at risk. Nothing public quantified it by 2023-08-08.',
    },
  }),
  'junta.reopenAirspaceThreat': param.number({
    default: 0.35,
    min: 0,
    max: 1,
    unit: 'threat',
    description: 'Perceived threat below which the junta reopens the airspace (it closes it again above twice this level).',
    source: {
      ...sources.airspace0806,
      assumedLevel: 'The airspace was closed as a defence against intervention; the reopening level is an assumption.',
    },
  }),
  'junta.keepsTimetableProbability': parameterFromReferenceClass(juntaElections, {
    description: 'Chance the junta holds elections when an agreed transition ends within the horizon.',
    unit: 'probability',
    scale: 'probability',
  }),
};

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
export const juntaRule: NigerRule = (state, { day, params, rng }) => {
  if (!juntaInPower(state)) return undefined;
  const k = constantsOf(params);
  const underAttack = state.intervention === 'launched' || state.intervention === 'stalled';
  if (state.standby === 'activated' && state.publicMobilisedDay < 0) {
    return decide(
      { type: 'junta/mobilise-public', boost: params['public.rallyBoost'] },
      'ECOWAS activated its standby force: the junta calls for volunteers and rallies',
    );
  }
  const reopenBelow = k.reopenAirspaceThreat;
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
  const collapse = k.collapseRate;
  const harm = underAttack && state.bazoum === 'detained' ? k.harmRate : 0;
  // An Algerian plan on the table makes mediation half as likely again to be accepted.
  const mediation = state.mediationAcceptedDay < 0 ? k.mediationRate * (1 - hardline) * (state.algeriaMediationDay >= 0 ? 1.5 : 1) : 0;
  let timetable = 0;
  if (state.transitionAgreedDay < 0) {
    if (state.transitionMonths === 0) timetable = k.timetableRate;
    else if (state.rejectedTransitionMonths === state.transitionMonths && state.transitionMonths > 1)
      timetable = k.revisionRate * (0.5 + state.economicPain);
  }
  const expel = state.frenchAmbassadorExpelledDay < 0 ? k.expelRate * state.antiFrench * hardline : 0;
  const invite = state.russia === 'none' ? k.inviteRussiaRate * state.threat * hardline * (1 - k.sovereigntyConcern) : 0;
  // Without Russians on the ground the US is the junta's only counter-terrorism partner: a fifth of the pressure.
  const orderUsOut =
    state.usOrderedOutDay < 0 && state.usTroops === 'present' ? k.orderUsOutRate * hardline * (state.russia === 'deployed' ? 1 : 0.2) : 0;
  const release =
    state.bazoum === 'detained' && state.mediationAcceptedDay >= 0 && !underAttack ? k.releaseRate * state.talks * (1 - hardline) : 0;

  const total = collapse + harm + mediation + timetable + expel + invite + orderUsOut + release;
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
    if (state.bazoum !== 'harmed' && pick / collapse < k.collapseRestores) {
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
  // Rounding can leave a sliver past the last rate; it must not release a Bazoum who is not detained.
  return release > 0 ? decide({ type: 'junta/release-bazoum' }, 'talks have progressed: Bazoum is released') : undefined;
};

/** Puts Bazoum back in office unless he was harmed; shared by the junta's fall and a successful operation. */
export function restoreBazoum(draft: NigerState, day: number): void {
  if (draft.bazoum === 'harmed' || draft.bazoum === 'restored') return;
  draft.bazoum = 'restored';
  draft.bazoumRestoredDay = day;
  draft.electedGovernmentDay = day;
}

/** Reducers of the junta's actions. */
export const juntaReducers: NigerReducers<JuntaAction> = {
  'junta/accept-mediation': (draft, _action, { day }) => {
    draft.mediationAcceptedDay = day;
  },
  'junta/announce-timetable': (draft, action, { day }) => {
    draft.transitionMonths = action.months;
    draft.transitionAnnouncedDay = day;
  },
  'junta/expel-french-ambassador': (draft, _action, { day }) => {
    draft.frenchAmbassadorExpelledDay = day;
  },
  'junta/invite-russia': (draft, _action, { day }) => {
    draft.russia = 'invited';
    draft.russiaInvitedDay = day;
  },
  'junta/order-us-out': (draft, _action, { day }) => {
    draft.usOrderedOutDay = day;
  },
  'junta/release-bazoum': (draft, _action, { day }) => {
    if (draft.bazoum !== 'detained') return;
    draft.bazoum = 'released';
    draft.bazoumReleasedDay = day;
  },
  'junta/harm-bazoum': (draft, _action, { day }) => {
    if (draft.bazoum !== 'detained') return;
    draft.bazoum = 'harmed';
    draft.bazoumHarmedDay = day;
  },
  'junta/collapse': (draft, _action, { day }) => {
    draft.juntaFellDay = day;
  },
  'junta/hand-power-to-bazoum': (draft, _action, { day }) => restoreBazoum(draft, day),
  'junta/counter-coup': (draft, _action, { day }) => {
    // A new junta takes over the same stance toward ECOWAS (Burkina Faso, September 2022).
    if (draft.counterCoupDay < 0) draft.counterCoupDay = day;
  },
  'junta/mobilise-public': (draft, action, { day }) => {
    draft.publicMobilisedDay = day;
    draft.publicSupport = Math.min(1, draft.publicSupport + action.boost);
  },
  'junta/reopen-airspace': (draft) => {
    draft.airspaceClosed = false;
  },
  'junta/close-airspace': (draft) => {
    draft.airspaceClosed = true;
  },
  'junta/hold-elections': (draft, action, { day }) => {
    draft.electionsDecidedDay = day;
    draft.electionsHeld = action.held;
    if (action.held) draft.electedGovernmentDay = day;
  },
};

/** Where the junta's stance and rule come from. */
export const juntaSources = [
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
