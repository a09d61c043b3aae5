import { param } from '@crisis-sim/engine';
import { sources } from '../sources.js';

/** Parameters of Burkina Faso's commitment to Niger's junta. */
export const burkinaFasoParameters = {
  'burkina-faso.warCommitment': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance Burkina Faso enters the war once an ECOWAS operation is launched in Niger.',
    source: {
      ...sources.sahelJuntas0731,
      assumedLevel:
        'A public, joint and repeated pledge, but made by a junta whose army is stretched by insurgency at home: even odds that it is honoured (assumption on the level).',
    },
    prior: { kind: 'beta', alpha: 3, beta: 3 },
  }),
  'burkina-faso.pactMedianDays': param.number({
    default: 60,
    min: 1,
    max: 3650,
    unit: 'days',
    description: 'Median days until Burkina Faso signs a defence pact with Niger, at full perceived threat.',
    source: {
      ...sources.sahelJuntas0731,
      assumedLevel:
        'The 07-31 communique announced "self-defence measures"; a formal pact was the obvious next step, though treaties take weeks to draft. Timing is an assumption.',
    },
  }),
  'burkina-faso.expeditionaryTroops': param.integer({
    default: 990,
    min: 0,
    max: 20_000,
    unit: 'troops',
    description: "Troops Burkina Faso would send to fight for Niger's junta.",
    source: {
      citation:
        'AFP (GlobalPost), 29 June 2013: breakdown of the African contributions to AFISMA: Burkina Faso about 660 men in the Timbuktu area, its quota "will eventually reach 990 military and police"',
      date: '2013-06-29',
      url: 'http://www.globalpost.com/dispatch/news/afp/130629/african-troops-passing-baton-un-peacekeepers',
      note: "The largest contingent Burkina Faso committed abroad in the decade before the start, taken as its expeditionary force (v2.2 guessed 1,000). An upper bound in 2023, when JNIM and IS Sahel held much of its territory, which the prior's spread allows for.",
    },
  }),
};
