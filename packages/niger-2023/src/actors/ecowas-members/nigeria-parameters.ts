import { param } from '@crisis-sim/engine';
import { sources } from '../../sources.js';
import { memberParameters } from './member-parameters.js';

/** Nigeria's stance, and the Senate that must approve a deployment abroad. */
export const nigeriaParameters = {
  ...memberParameters('nigeria', 'Nigeria', {
    forceWillingness: {
      default: 0.8,
      source: {
        ...sources.nigeriaSenate0805,
        note: 'As ECOWAS chair, Tinubu led the push and told the Senate of a "military build-up" (letter of 2023-08-04); the Senate\'s reluctance is modelled separately.',
      },
    },
    threatPerception: {
      default: 0.8,
      source: {
        assumption: 'About 1,500 km of border with Niger, shared Hausa communities and the electricity link: the most exposed member.',
      },
    },
    troopPledge: {
      default: 3000,
      source: {
        assumption:
          "The region's largest army, but heavily committed at home (North-East, North-West); no figure was public by 2023-08-08. Nigeria sent about 200 troops to The Gambia in 2017, where Senegal led.",
      },
    },
  }),
  'nigeria.senateApprovalProbability': param.number({
    default: 0.35,
    min: 0,
    max: 1,
    unit: 'probability',
    description:
      'Chance the Senate approves a combat deployment when asked once the standby force is ready, before any progress in talks (scaled by 1 - talks).',
    source: {
      ...sources.nigeriaSenate0805,
      assumedLevel:
        'The Senate urged "political and diplomatic options" and northern senators rejected force, but it also pledged support to ECOWAS and the ruling party holds a majority (assumption on the level). Legal basis: Constitution of Nigeria 1999, s. 5(4)(b).',
    },
    prior: { kind: 'beta', alpha: 3.5, beta: 6.5 },
  }),
  'nigeria.senateApprovalIfHarmed': param.number({
    default: 0.7,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance the Senate approves when asked again after Bazoum has been harmed.',
    source: { assumption: 'Harm to an elected president would shift the debate in the Senate toward action.' },
  }),
};
