import { param } from '@crisis-sim/engine';
import { sources } from '../sources.js';

/** Parameters of public support and anti-French sentiment. */
export const publicParameters = {
  'public.initialSupport': param.number({
    default: 0.6,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Support for the junta on the start date.',
    source: {
      ...sources.airspace0806,
      assumedLevel:
        'Stadium rally of 2023-08-06, night checkpoints from 2023-08-03; no poll exists, so the level is an assumption above one half.',
    },
    prior: { kind: 'triangular', min: 0.35, mode: 0.6, max: 0.8 },
  }),
  'public.baseSupport': param.number({
    default: 0.45,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Support the junta would have with no threat and no economic pain.',
    source: { assumption: 'Slightly below the start level, which is lifted by the ultimatum (rally round the flag).' },
  }),
  'public.threatWeight': param.number({
    default: 0.4,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'Rally-round-the-flag effect of external threat on support.',
    source: {
      assumption:
        'Direction from the rallies that followed the ECOWAS ultimatum (AP and Reuters reports, 2023-08-03 to 08-06); size is a guess.',
    },
  }),
  'public.painWeight': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'Erosion of support by economic pain.',
    source: { ...sources.powerCut, assumedLevel: 'Blackouts and border closure hit Niamey within days; size is an assumption.' },
  }),
  'public.adjustRate': param.number({
    default: 0.05,
    min: 0.001,
    max: 0.5,
    unit: 'share per day',
    description: 'Share of the gap to target support closed each day.',
    source: { assumption: 'Opinion follows events within a few weeks.' },
  }),
  'public.rallyThreat': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'threat',
    description: 'Threat above which rallies may be called.',
    source: { assumption: 'Rallies followed the ultimatum (threat high) in 2023-07-30 to 08-06.' },
  }),
  'public.rallyIntervalDays': param.integer({
    default: 7,
    min: 1,
    max: 60,
    unit: 'days',
    description: 'Minimum days between two large rallies.',
    source: { ...sources.airspace0806, note: 'Large rallies on 2023-07-30, 08-03 and 08-06: roughly weekly.' },
  }),
  'public.rallyBoost': param.number({
    default: 0.05,
    min: 0,
    max: 0.3,
    unit: 'share',
    description: 'Rise in support (and anti-French sentiment) from one rally or mobilisation call.',
    source: { assumption: 'Small step; repeated rallies add up.' },
  }),
  'public.initialAntiFrench': param.number({
    default: 0.7,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Anti-French sentiment on the start date.',
    source: {
      ...sources.juntaAccords0803,
      note: 'The French embassy was attacked on 2023-07-30 and the accords denounced on 08-03: high.',
    },
  }),
  'public.antiFrenchBase': param.number({
    default: 0.6,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Level anti-French sentiment returns to without rallies.',
    source: { assumption: 'Resentment of France predates the coup in the Sahel; it stays high.' },
  }),
  'public.protestMedianDays': param.number({
    default: 20,
    min: 1,
    max: 3650,
    unit: 'days',
    description: 'Median days until protests at the French base once the ambassador is expelled, at full anti-French sentiment.',
    source: { assumption: 'Protests followed each escalation with France in July-August 2023.' },
  }),
};
