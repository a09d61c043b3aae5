import { type DerivedContext, type DynamicsContext, param } from '@crisis-sim/engine';
import { clamp01 } from './hazard.js';
import type { NigerDerived } from './niger-derived.js';
import type { NigerParameters } from './parameters.js';
import { sources } from './sources.js';
import type { NigerState } from './state.js';

/** Parameters of the slow variables and of the fortunes of an operation. */
export const dynamicsParameters = {
  'threat.initial': param.number({
    default: 0.6,
    min: 0,
    max: 1,
    unit: 'threat',
    description: 'Perceived external threat on the start date.',
    source: {
      ...sources.chods0804,
      note: 'The ultimatum had just lapsed (08-06) and the chiefs of staff had finalised a plan (08-04), but no force was assembled.',
    },
  }),
  'threat.baseline': param.number({
    default: 0.25,
    min: 0,
    max: 1,
    unit: 'threat',
    description: 'Level the threat decays to while ECOWAS has no force activated.',
    source: { assumption: 'Sanctions and rhetoric alone keep some threat alive.' },
  }),
  'threat.activated': param.number({
    default: 0.7,
    min: 0,
    max: 1,
    unit: 'threat',
    description: 'Level the threat moves to while the standby force is activated (1 during an operation).',
    source: { assumption: 'An activated force with a plan is a credible but not imminent threat.' },
  }),
  'threat.adjustRate': param.number({
    default: 0.1,
    min: 0.001,
    max: 1,
    unit: 'share per day',
    description: 'Share of the gap to the target threat closed each day.',
    source: { assumption: 'Perceptions react within a week.' },
  }),
  'economy.initialPain': param.number({
    default: 0.25,
    min: 0,
    max: 1,
    unit: 'economic pain',
    description: 'Economic pain on the start date.',
    source: { ...sources.powerCut, note: 'Nine days of border closure and frozen transactions, a week of blackouts.' },
  }),
  'economy.tradeSeverity': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'economic pain',
    description: 'Long-run pain of the 2023-07-30 package without the electricity cut.',
    source: {
      ...sources.ecowasSummit0730,
      assumedLevel: 'Landlocked Niger imports through Benin and Nigeria, both closed; level is an assumption.',
    },
  }),
  'economy.powerWeight': param.number({
    default: 0.3,
    min: 0,
    max: 1,
    unit: 'economic pain',
    description: "Pain if all of Niger's electricity were cut; scaled by the import share.",
    source: { assumption: 'Electricity drives water, health and business in Niamey.' },
  }),
  'economy.electricityImportShare': param.number({
    default: 0.7,
    min: 0,
    max: 1,
    unit: 'share',
    description: "Share of Niger's electricity imported from Nigeria and cut on 2023-08-01.",
    source: sources.powerCut,
  }),
  'economy.tightenedExtra': param.number({
    default: 0.15,
    min: 0,
    max: 1,
    unit: 'economic pain',
    description: 'Extra pain of a tightened package (level 3).',
    source: { assumption: 'Few levers remained after the 07-30 package; a modest increment.' },
  }),
  'economy.easedSeverity': param.number({
    default: 0.15,
    min: 0,
    max: 1,
    unit: 'economic pain',
    description: 'Long-run pain once sanctions are eased (borders reopen, power flows).',
    source: { assumption: 'Residual disruption and frozen aid remain after easing.' },
  }),
  'economy.initialLeak': param.number({
    default: 0.15,
    min: 0,
    max: 1,
    unit: 'share',
    description: "Share of the sanctions' bite lost to non-complying neighbours on the start date.",
    source: {
      ...sources.sahelJuntas0731,
      assumedLevel:
        'Mali and Burkina Faso refused the sanctions and keep routes open (Guinea too, statement of 2023-07-31); level is an assumption.',
    },
  }),
  'economy.painAdjustRate': param.number({
    default: 0.015,
    min: 0.001,
    max: 0.5,
    unit: 'share per day',
    description: 'Share of the gap to the long-run pain closed each day.',
    source: { assumption: 'Stocks and informal trade delay the full effect by one to two months (half-life about 46 days).' },
  }),
  'talks.rate': param.number({
    default: 0.03,
    min: 0,
    max: 0.5,
    unit: 'share per day',
    description:
      "Share of the gap between talks and what the junta's stance allows (1 - hardline) closed each day once mediation is accepted.",
    source: {
      ...sources.sahelTimetables,
      assumedLevel: 'Deals took four to six months of mediation in 2022; the rate is an assumption consistent with that.',
    },
  }),
  'talks.decay': param.number({
    default: 0.02,
    min: 0,
    max: 0.5,
    unit: 'share per day',
    description: 'Daily decay of talks while there is no mediation track or an operation is under way.',
    source: { assumption: 'Goodwill fades without meetings.' },
  }),
  'intervention.successMedianDays': param.number({
    default: 20,
    min: 1,
    max: 3650,
    unit: 'days',
    description: 'Median days until an operation takes Niamey and restores order, at force parity (pressure scales with the force ratio).',
    source: {
      ...sources.ecomig,
      assumedLevel:
        'Jammeh fell 2 days after ECOMIG crossed, but against a far weaker army and no resistance; weeks against Niger (assumption).',
    },
  }),
  'intervention.stallMedianDays': param.number({
    default: 30,
    min: 1,
    max: 3650,
    unit: 'days',
    description: "Median days until an operation bogs down, at force parity (pressure scales with the defenders' share).",
    source: {
      assumption:
        'ECOWAS interventions of the 1990s (Liberia, Sierra Leone) bogged down for years; an operation deep in the Sahel risks the same.',
    },
  }),
  'niger.effectiveDefenders': param.integer({
    default: 10_000,
    min: 0,
    max: 100_000,
    unit: 'troops',
    description: 'Nigerien forces that would resist an operation at full cohesion.',
    source: {
      assumption:
        "Open estimates give Niger's forces (army, gendarmerie, national guard) about 30,000, many tied down by insurgencies; about a third available near Niamey.",
    },
  }),
};

function threatTarget(state: NigerState, params: NigerParameters): number {
  if (state.intervention === 'launched' || state.intervention === 'stalled') return 1;
  return state.standby === 'activated' ? params['threat.activated'] : params['threat.baseline'];
}

function painTarget(state: NigerState, params: NigerParameters, derived: NigerDerived): number {
  const level = state.sanctionsLevel;
  const severity =
    level === 0 ? 0 : level === 1 ? params['economy.easedSeverity'] : level === 2 ? derived.severityFull : derived.severityTightened;
  return clamp01(severity) * (1 - clamp01(state.sanctionsLeak));
}

/**
 * End-of-day dynamics. Every slow variable moves a fixed share of the way toward a target set by
 * the day's statuses (a first-order lag, so each stays in [0, 1] by construction). Deterministic:
 * every random event is some actor's decision, drawn from that actor's stream.
 */
export function nigerDynamics(
  draft: NigerState,
  { params, derived }: DynamicsContext<NigerParameters> & DerivedContext<NigerDerived>,
): void {
  draft.threat += params['threat.adjustRate'] * (threatTarget(draft, params) - draft.threat);
  draft.economicPain += params['economy.painAdjustRate'] * (painTarget(draft, params, derived) - draft.economicPain);

  const supportTarget = clamp01(
    params['public.baseSupport'] + params['public.threatWeight'] * draft.threat - params['public.painWeight'] * draft.economicPain,
  );
  const publicAdjustRate = params['public.adjustRate'];
  draft.publicSupport += publicAdjustRate * (supportTarget - draft.publicSupport);
  draft.antiFrench += publicAdjustRate * (params['public.antiFrenchBase'] - draft.antiFrench);

  const cohesionTarget = clamp01(params['junta.initialCohesion'] - params['junta.cohesionPainWeight'] * draft.economicPain);
  draft.cohesion += params['junta.cohesionAdjustRate'] * (cohesionTarget - draft.cohesion);

  // Drivers are centred on 0.5 so that a middling driver leaves the junta at its base stance.
  const hardlineTarget = clamp01(
    params['junta.baseHardline'] +
      params['junta.stanceThreatWeight'] * (draft.threat - 0.5) +
      params['junta.stanceSupportWeight'] * (draft.publicSupport - 0.5) +
      params['junta.stanceCohesionWeight'] * (draft.cohesion - 0.5) -
      params['junta.stancePainWeight'] * draft.economicPain -
      params['junta.stanceTalksWeight'] * draft.talks,
  );
  draft.hardline += params['junta.stanceAdjustRate'] * (hardlineTarget - draft.hardline);

  const operation = draft.intervention === 'launched' || draft.intervention === 'stalled';
  if (draft.mediationAcceptedDay >= 0 && !operation && draft.juntaFellDay < 0) {
    const pace = params['talks.rate'] * (draft.algeriaMediationDay >= 0 ? derived.algeriaTalksFactor : 1);
    // Talks converge on what the junta's stance allows: a hardline junta talks without conceding.
    draft.talks = clamp01(draft.talks + Math.min(1, pace) * (1 - draft.hardline - draft.talks));
  } else {
    draft.talks -= params['talks.decay'] * draft.talks;
  }
}
