import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { counterCoupRestorations } from '../precedents/counter-coup-restorations.js';
import { deposedLeaderCharges } from '../precedents/deposed-leader-charges.js';
import { deposedLeaderReleases } from '../precedents/deposed-leader-releases.js';
import { frenchAmbassadorExpulsions } from '../precedents/french-ambassador-expulsions.js';
import { juntaCollapses } from '../precedents/junta-collapses.js';
import { juntaElections } from '../precedents/junta-elections.js';
import { mediationAcceptances } from '../precedents/mediation-acceptances.js';
import { transitionTimetables } from '../precedents/transition-timetables.js';
import { wagnerDeployments } from '../precedents/wagner-deployments.js';
import { sources } from '../sources.js';

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
  'junta.chargeBazoumMedianDays': parameterFromReferenceClass(deposedLeaderCharges, {
    description:
      'Median days until the junta charges Bazoum or orders his prosecution, while he is detained (a constant hazard; the charges change no other rule).',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
    note: 'Charges were announced on 2023-08-13, after the start date: they enter the model only as this possibility, never as a scheduled event.',
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
