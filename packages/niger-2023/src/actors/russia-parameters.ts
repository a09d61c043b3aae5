import { param } from '@crisis-sim/engine';
import { sources } from '../sources.js';

/** Parameters of Russia / Wagner. */
export const russiaParameters = {
  'russia.acceptProbability': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance Russia / Wagner accepts a formal invitation from the junta.',
    source: {
      ...sources.kremlin,
      assumedLevel:
        "The Kremlin publicly called for constitutional order, and Wagner's command was in flux after the June 2023 mutiny (Wagner mutiny, 23-24 June 2023); against that, Wagner had answered Mali's call. Even odds (assumption).",
    },
    prior: { kind: 'beta', alpha: 2, beta: 2 },
  }),
  'russia.deploymentLagMinDays': param.integer({
    default: 14,
    min: 0,
    max: 365,
    unit: 'days',
    description: 'Shortest delay between acceptance and the first deployment.',
    source: { assumption: 'Wagner already operated next door in Mali, so a first contingent could move within weeks.' },
  }),
  'russia.deploymentLagMaxDays': param.integer({
    default: 60,
    min: 0,
    max: 730,
    unit: 'days',
    description: 'Longest delay between acceptance and the first deployment.',
    source: {
      ...sources.wagnerMali,
      note: "Mali's deal was reported in September 2021 and deployments in December 2021 (about 3 months); 60 days allows for proximity.",
    },
  }),
  'russia.troops': param.integer({
    default: 1000,
    min: 0,
    max: 10_000,
    unit: 'troops',
    description: "Russian / Wagner personnel that would reinforce the junta's defence.",
    source: { ...sources.wagnerMali, note: 'About 1,000-1,500 in Mali by 2022 (Western government estimates).' },
  }),
};
