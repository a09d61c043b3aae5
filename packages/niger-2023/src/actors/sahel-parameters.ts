import { param } from '@crisis-sim/engine';
import { sources } from '../sources.js';

/** Parameters of the three juntas' joint decisions (apart from each ally's own). */
export const sahelParameters = {
  'sahel.ecowasExitMedianDays': param.number({
    default: 365,
    min: 1,
    max: 36500,
    unit: 'days',
    description:
      'Median days until Niger, Mali and Burkina Faso announce they are leaving ECOWAS, once their defence pact has formed and the full sanctions are still in force (an intervention triggers the exit the next day).',
    source: {
      ...sources.sahelJuntas0731,
      assumedLevel:
        'Mali and Burkina Faso pledged on 2023-07-31 to leave ECOWAS if it intervened; short of that, no member had left ECOWAS since Mauritania (announced in December 1999, effective a year later), so a year under full sanctions is a guess with a wide prior.',
    },
  }),
};
