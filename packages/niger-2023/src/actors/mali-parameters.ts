import { param } from '@crisis-sim/engine';
import { sources } from '../sources.js';

/** Parameters of Mali's commitment to Niger's junta. */
export const maliParameters = {
  'mali.warCommitment': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance Mali enters the war once an ECOWAS operation is launched in Niger.',
    source: {
      ...sources.sahelJuntas0731,
      assumedLevel:
        'A public, joint and repeated pledge, but made by a junta whose army is stretched by insurgency at home: even odds that it is honoured (assumption on the level).',
    },
    prior: { kind: 'beta', alpha: 3, beta: 3 },
  }),
  'mali.pactMedianDays': param.number({
    default: 60,
    min: 1,
    max: 3650,
    unit: 'days',
    description: 'Median days until Mali signs a defence pact with Niger, at full perceived threat.',
    source: {
      ...sources.sahelJuntas0731,
      assumedLevel:
        'The 07-31 communique announced "self-defence measures"; a formal pact was the obvious next step, though treaties take weeks to draft. Timing is an assumption.',
    },
  }),
  'mali.expeditionaryTroops': param.integer({
    default: 2000,
    min: 0,
    max: 20_000,
    unit: 'troops',
    description: "Troops Mali would send to fight for Niger's junta.",
    source: {
      assumption:
        "Mali's army had Wagner support (about 1,000-1,500 contractors reported by 2022) but was fighting insurgencies in the north and centre; a small expeditionary force at most.",
    },
  }),
};
