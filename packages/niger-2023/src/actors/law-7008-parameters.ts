import { param } from '@crisis-sim/engine';
import { sources } from '../sources.js';

/** Parameters of the 7008 rule. */
export const law7008Parameters = {
  'law7008.restorationCountsAsElected': param.boolean({
    default: true,
    unit: 'switch',
    description:
      'Whether Bazoum returning to office counts as "a democratically elected government has taken office", letting the Secretary certify and aid resume.',
    source: {
      ...sources.section7008,
      assumedLevel:
        'The statute asks for a democratically elected government after the termination; Bazoum was elected in 2021. Reading it to cover his restoration is an interpretation (assumption).',
    },
  }),
};
