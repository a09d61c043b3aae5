import { param } from '@crisis-sim/engine';
import { sources } from './sources.js';

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
